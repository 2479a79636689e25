package org.estatedesk.security;

/** Who an e-mail goes to: a user's name and address, read without loading the user (notification recipients). */
public record Recipient(String username, String email) {
}
