package org.estatedesk.organisation;

/** A parameter as a company sees it: its default, the company's value, and whether that value overrides. */
public record ParameterView(ParameterKey key, String defaultValue, String value, boolean overridden) {
}
