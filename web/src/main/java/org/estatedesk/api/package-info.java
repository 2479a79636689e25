/**
 * The JSON API under {@code /api/v1} as a whole: the JAX-RS application ({@link ApiApplication}), errors as RFC 9457
 * {@code application/problem+json} from one mapper ({@link ProblemMapper}, {@link Problem}, strict JSON bodies,
 * logged failures), and what every resource shares to read a request and page an answer ({@link JsonFields},
 * {@link Params}, {@link PageDto}, {@link CleanParameters}, timestamps written with the company's offset
 * ({@link ApiTimes}: {@code 2026-12-07T11:08:00+08:00}, never {@code Z}), request bodies as records: {@link RequestBodies},
 * {@link VersionRequest}, {@link VersionTags}), and the OpenAPI document's problem answers and record schemas
 * ({@link ProblemAnswers}). The resources themselves are thin over the EJB services,
 * authenticated by HTTP Basic, and live with their capability beside its backing beans
 * ({@code org.estatedesk.billing.BillResource}, {@code org.estatedesk.servicedesk.TaskResource} …), where the
 * package-infos name the DOMAIN.md rules they serve. It holds no DOMAIN.md rule of its own.
 */
package org.estatedesk.api;
