/**
 * Application-wide plumbing of the service layer: the schema migration at start-up, the caller's identity and data
 * scope, validation, and time: the one {@link java.time.Clock} ({@link TimeSource#clock}) and a company's zone
 * ({@link CompanyZones#zone}), injected wherever time is read.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.6</td><td>the caller's companies and estates</td><td>{@link CallerContext#visible}, {@link VisibleEstateCache}</td></tr>
 * <tr><td>R0.7</td><td>estates accepted on behalf of another company</td><td>{@link VisibleEstateCache}</td></tr>
 * </table>
 */
package org.estatedesk.shared;
