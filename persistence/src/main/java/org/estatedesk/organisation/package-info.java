/**
 * Organisation (C0): the tree group → region → company → department, business parameters per company with their
 * defaults, announcements, shared acceptance between companies, the company's working-day calendar and clearing a
 * company's data.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.1</td><td>organisation tree; only a leaf is deleted</td><td>{@link OrgUnit}, {@link OrgUnitKind}</td></tr>
 * <tr><td>R0.7</td><td>shared acceptance</td><td>{@link SharedAcceptance}</td></tr>
 * <tr><td>R0.9</td><td>business parameters per company with defaults</td><td>{@link ParameterKey}, {@link BusinessParameter}</td></tr>
 * <tr><td>R0.10</td><td>announcements</td><td>{@link Announcement}</td></tr>
 * <tr><td>R0.11</td><td>clearing a company's data</td><td>{@link CompanyDataRepository}, {@link JpaCompanyDataRepository}</td></tr>
 * <tr><td>R1.5</td><td>due times in working days</td><td>{@link WorkingDays#between}</td></tr>
 * <tr><td>R3.1</td><td>"decided within 3 working days": holidays and working days</td><td>{@link Holiday}, {@link WorkingDays}</td></tr>
 * <tr><td>R4.4</td><td>threshold of a large collection</td><td>{@link ParameterKey#LARGE_COLLECTION_THRESHOLD}</td></tr>
 * </table>
 */
package org.estatedesk.organisation;
