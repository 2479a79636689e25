/**
 * Organisation services (C0): the organisation tree, business parameters and the working-day calendar,
 * announcements, shared acceptance and clearing a company's data. Organisation is the lowest capability above the
 * kernel: it asks an estate's company through the port {@link EstateCompanies} (answered by estates) and tells the
 * others of a company's clearing by the event {@link CompanyClearing}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.1</td><td>organisation tree; only a leaf unit is deleted</td><td>{@link OrganisationService#addUnit}, {@link OrganisationService#delete}</td></tr>
 * <tr><td>R0.6</td><td>companies within the caller's scope</td><td>{@link OrganisationService#companies}</td></tr>
 * <tr><td>R0.7</td><td>shared acceptance</td><td>{@link SharedAcceptanceService#share}</td></tr>
 * <tr><td>R0.9</td><td>business parameters per company</td><td>{@link ParameterService#set}, {@link ParameterCache}</td></tr>
 * <tr><td>R0.10</td><td>announcements</td><td>{@link AnnouncementService#publish}</td></tr>
 * <tr><td>R0.11</td><td>clearing a company's data with typed confirmation and log entry</td><td>{@link CompanyDataClearing#clear}</td></tr>
 * </table>
 */
package org.estatedesk.organisation;
