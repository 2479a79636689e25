package org.estatedesk.shared;

public enum Outcome {
    SUCCESS, FAILURE
}
