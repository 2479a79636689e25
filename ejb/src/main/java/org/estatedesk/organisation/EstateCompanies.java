package org.estatedesk.organisation;

import java.util.Optional;

/**
 * A port of organisation: the company that owns an estate, for shared acceptance (R0.7). Estates are built on
 * organisation (an estate belongs to a company), so organisation asks through this port, which the estates
 * capability answers ({@code estates.EstateCompaniesOfEstates}).
 */
public interface EstateCompanies {

    /** The id of the company owning the estate; empty when there is no such estate. */
    Optional<Long> companyOf(long estateId);
}
