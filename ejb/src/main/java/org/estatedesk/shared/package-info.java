/**
 * Application-wide plumbing of the service layer: the schema migration at start-up, the caller's identity and data
 * scope, validation, and time: the one {@link java.time.Clock} ({@link TimeSource#clock}) and a company's zone
 * ({@link CompanyZones#zone}), injected wherever time is read or written for a person (with {@link TimeFormat});
 * the operation log every capability writes
 * ({@link OperationLog}, R0.8).
 *
 * <p>The shared kernel depends on no capability (issue 19, {@code CapabilityTest}). What it needs to know of them it
 * asks through ports the capabilities answer: {@link CallerDirectory} (security: the caller's id, company, reach)
 * and {@link EstateVisibility} (estates: the estates a scope lets see).
 *
 * <p>Capabilities are layered; an arrow points only down this list (a capability may use any one above it, never
 * one below it), and a lower capability reaches a higher one only through a CDI event or a port (an interface in
 * the lower one, implemented by the higher):
 * <ol>
 * <li>{@code shared} — the kernel</li>
 * <li>{@code organisation}, {@code jobs}, {@code notification} — companies, departments, parameters; job runs and
 * schedules; the outbox</li>
 * <li>{@code estates} — estates, buildings, units (answers organisation's {@code EstateCompanies})</li>
 * <li>{@code security} — users, their scopes, logins (answers {@link CallerDirectory} and jobs'
 * {@code RunAsAccounts})</li>
 * <li>{@code owners}, {@code approvals}, {@code worklog}</li>
 * <li>{@code servicedesk}, {@code keys}, {@code surveys} (the service desk reacts to organisation's
 * {@code CompanyClearing} event)</li>
 * <li>{@code billing}, {@code statistics} (billing observes the service desk's {@code TaskCompleted} and answers its
 * {@code UnitBalances})</li>
 * <li>{@code archives}, {@code decoration}, {@code hotwater} (hot water answers billing's {@code SealedMeters})</li>
 * <li>{@code passes}, {@code relocation}, {@code handover} (inspection batches and defects, issue 21)</li>
 * <li>{@code audit} (reads the others: log search, change history), {@code workbench}, {@code frontline} (the global
 * search and the owner's whole story, issue 20), {@code demo} — nobody depends on them; {@code api}, the web application's REST plumbing, used by web classes only</li>
 * </ol>
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.6</td><td>the caller's companies and estates</td><td>{@link CallerContext#visible}, {@link VisibleEstateCache}</td></tr>
 * <tr><td>R0.7</td><td>estates accepted on behalf of another company</td><td>{@link VisibleEstateCache}</td></tr>
 * </table>
 */
package org.estatedesk.shared;
