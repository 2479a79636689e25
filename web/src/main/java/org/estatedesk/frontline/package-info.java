/**
 * The front line's pages and API (issue 20): the search box of every page and its results page
 * ({@code frontline/search.xhtml}), and the owner's whole story ({@code frontline/owner.xhtml}).
 * <p>
 * REST resources (under {@code /api/v1}): {@link SearchResource} ({@code /search}), {@link OwnerOverviewResource}
 * ({@code /owners/{id}/overview}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.6</td><td>global search within the caller's scope, each hit a link to its page</td><td>{@link SearchBacking}, {@link SearchResource}, {@link SearchHitDto}</td></tr>
 * <tr><td>R0.4</td><td>the owner's whole story; identity number masked, unmasking logged</td><td>{@link OwnerOverviewBacking}, {@link OwnerOverviewResource}</td></tr>
 * </table>
 */
package org.estatedesk.frontline;
