/**
 * Estates (项目/小区) and their physical structure (R0.2): buildings, entrances, units with type and area, and
 * unit generation from a numbering pattern (R0.3).
 */
package org.estatedesk.estates;
