/**
 * The JSON API under {@code /api/v1}: thin resources over the EJB services, HTTP Basic authentication, errors as
 * RFC 9457 {@code application/problem+json} from one mapper.
 */
package org.estatedesk.api;
