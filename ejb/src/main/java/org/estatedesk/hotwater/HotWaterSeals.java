package org.estatedesk.hotwater;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.estatedesk.billing.MeterKind;
import org.estatedesk.billing.SealedMeters;

/** Hot water's answer to billing's {@link SealedMeters}: the sealings that keep a meter sealed (R3.8). */
@ApplicationScoped
public class HotWaterSeals implements SealedMeters {
    @Inject
    HotWaterRepository sealings;

    @Override
    public Optional<Seal> ofUnit(long unitId) {
        return sealings.sealing(unitId).map(SealOf::new);
    }

    @Override
    public List<Seal> ofEstate(long estateId) {
        return sealings.sealings(estateId).stream().<Seal>map(SealOf::new).toList();
    }

    /** A sealing seen as billing's seal. */
    private record SealOf(HotWaterSealing sealing) implements Seal {
        @Override
        public Long unitId() {
            return sealing.getUnitId();
        }

        @Override
        public String unitCode() {
            return sealing.getUnitCode();
        }

        @Override
        public String label() {
            return sealing.getSealNumber() == null ? sealing.getAgreementNumber() : sealing.getSealNumber();
        }

        @Override
        public void refuseReading(MeterKind meter) {
            sealing.refuseReading(meter);
        }
    }
}
