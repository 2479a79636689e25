package org.estatedesk.keys;

import java.util.List;

/** A key with its estate's name and every loan, newest first. */
public record KeyDetail(EstateKey key, String estateName, List<KeyLoan> loans) {
}
