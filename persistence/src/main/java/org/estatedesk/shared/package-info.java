/**
 * Shared kernel used by every capability: business exceptions mapped to problem responses, paging, the caller's
 * data scope bound into queries, optimistic versions, small value types and the companies' time zone
 * ({@link Zones#DEFAULT_ZONE}, the one place a zone is written).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.6</td><td>data scope in SQL; another company's record answers "not found"</td><td>{@link DataScope}, {@link VisibleEstates}, {@link NotFoundException}</td></tr>
 * <tr><td>R0.7</td><td>shared acceptance widens the scope</td><td>{@link DataScope#bind}</td></tr>
 * <tr><td>R3.9</td><td>two managers cannot both decide: the version as read</td><td>{@link Versioned#checkVersion}</td></tr>
 * </table>
 */
package org.estatedesk.shared;
