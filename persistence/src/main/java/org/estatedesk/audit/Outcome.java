package org.estatedesk.audit;

public enum Outcome {
    SUCCESS, FAILURE
}
