/**
 * Organisation pages ({@code organisation/}, {@code admin/}): the organisation tree, shared acceptance, clearing a
 * company's data, business parameters, the holiday calendar and announcements.
 * <p>
 * REST resources (under {@code /api/v1}): {@link CompanyResource} ({@code /companies}), {@link HolidayResource}
 * ({@code /companies/{companyId}/holidays}), {@link ParameterResource} ({@code /companies/{companyId}/parameters}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.1</td><td>organisation tree</td><td>{@link OrganisationBacking}</td></tr>
 * <tr><td>R0.9</td><td>business parameters</td><td>{@link ParametersBacking}</td></tr>
 * <tr><td>R0.10</td><td>announcements</td><td>{@link AnnouncementsBacking}</td></tr>
 * <tr><td>R0.11</td><td>clearing a company's data with typed confirmation</td><td>{@link OrganisationBacking}</td></tr>
 * <tr><td>R3.1</td><td>the working-day calendar of "decided within 3 working days"</td><td>{@link HolidaysBacking}</td></tr>
 * <tr><td>R0.1</td><td>API: organisation tree</td><td>{@link CompanyResource}</td></tr>
 * <tr><td>R0.9</td><td>API: business parameters and holidays</td><td>{@link ParameterResource}, {@link HolidayResource}</td></tr>
 * <tr><td>R0.11</td><td>API: clearing a company's data</td><td>{@link CompanyResource}</td></tr>
 * </table>
 */
package org.estatedesk.organisation;
