/**
 * Shared kernel used by every capability: business exceptions mapped to problem responses, paging, the caller's
 * data scope bound into queries, optimistic versions, small value types and the companies' time zone
 * ({@link Zones#DEFAULT_ZONE}, the one place a zone is written) with the one way a time is written for a person
 * ({@link TimeFormat}: day, minute, second, short, in a zone given), the roles of every {@code @RolesAllowed}
 * ({@link Roles}), amounts ({@link Money}) and the operation log's entry ({@link OperationLogEntry}, {@link Outcome}).
 * It depends on no capability.
 *
 * <h2>The form kernel</h2>
 * The forms that a manager decides or that belong to a unit share their plumbing here, each mapped onto the form's
 * own table and columns (no schema of their own; {@code @AttributeOverride} where a form's columns are named
 * otherwise):
 * <ul>
 * <li>{@link UnitRef} (company, estate, unit, unit code) behind {@link UnitForm}: decoration application and
 * violation, pass, relocation, hot-water sealing; {@link EstateRef} (company, estate) for the forms of an estate.</li>
 * <li>{@link FormDecision} (who, when, comment; once; not by the requester with
 * {@link FormDecision#decideOther}) behind {@link DecidedUnitForm} (relocation, hot-water sealing) and
 * {@link DecidedEstateForm} (key loan, archive borrow, compensation); a violation's stop decision embeds it with
 * overridden columns.</li>
 * <li>{@link FormAttachment}: the one attachment mapping ({@link StoredFile}) of decoration, archive and pass
 * documents.</li>
 * <li>{@link HistoryEntry}: who, when and a comment of every history line (task, decoration, archive events).</li>
 * </ul>
 * Queries reach the embedded parts by path: {@code x.unit.estateId}, {@code x.estate.companyId}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.6</td><td>data scope in SQL; another company's record answers "not found"</td><td>{@link DataScope}, {@link VisibleEstates}, {@link NotFoundException}</td></tr>
 * <tr><td>R0.7</td><td>shared acceptance widens the scope</td><td>{@link DataScope#bind}</td></tr>
 * <tr><td>R3.9</td><td>two managers cannot both decide: the version as read</td><td>{@link Versioned#checkVersion}</td></tr>
 * <tr><td>R1.13, R3.4, R3.7, R3.8, R5.1, R5.2</td><td>a form's decision: who, when, comment; not the requester's own</td><td>{@link FormDecision#decide}, {@link FormDecision#decideOther}</td></tr>
 * </table>
 */
package org.estatedesk.shared;
