package org.estatedesk.servicedesk;

/** An administrator's input for a category of the issue standard library (R1.11). */
public record CategoryData(String parentCode, String code, String nameZh, String nameEn, TaskKind defaultKind,
        SlaTier defaultTier, LocationKind location, Department department, Integer warrantyMonths, Boolean active) {
}
