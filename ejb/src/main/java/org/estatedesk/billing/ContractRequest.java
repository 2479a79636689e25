package org.estatedesk.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract as a person enters it (R4.1): the estate, then either a unit of it or a space (parking space,
 * advertising space, stall) by its code and location, the kind, the party, the fee item, the monthly amount, the
 * dates, the deposit; a draft is not billed until activated. A new space unit gets {@code spaceArea} m² (1 m² when
 * not given). On an update the estate, unit and space stay.
 */
public record ContractRequest(Long estateId, Long unitId, String spaceCode, BigDecimal spaceArea, String code, ContractKind kind,
        Contract.Business business, String location, String partyName, String partyPhone, Long ownerId,
        Long feeItemId, BigDecimal monthlyAmount, BigDecimal deposit, LocalDate startDate, LocalDate endDate,
        boolean draft) {
    Contract.Terms terms() {
        return new Contract.Terms(kind, business, location, partyName, partyPhone, ownerId,
                feeItemId == null ? 0 : feeItemId, monthlyAmount, deposit, startDate, endDate);
    }
}
