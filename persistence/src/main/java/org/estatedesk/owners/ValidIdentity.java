package org.estatedesk.owners;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.estatedesk.shared.Zones;

/**
 * The owner's identity number fits its document type; reported on the {@code idNumber} field. An identity card's
 * birth day may not lie after the company's today, read from Bean Validation's clock provider.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidIdentity.Validator.class)
public @interface ValidIdentity {
    String message() default "{validation.idNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidIdentity, Owner> {
        @Override
        public boolean isValid(Owner owner, ConstraintValidatorContext ctx) {
            if (owner.getIdType() == null || owner.getIdNumber() == null) {
                return true;
            }
            boolean ok = switch (owner.getIdType()) {
                case ID_CARD -> ChineseIdNumber.isValid(owner.getIdNumber(),
                        LocalDate.now(ctx.getClockProvider().getClock().withZone(Zones.DEFAULT_ZONE)));
                case BUSINESS_LICENCE -> owner.getIdNumber().matches("[0-9A-HJ-NPQRTUWXY]{18}");
                case PASSPORT, TRAVEL_PERMIT -> owner.getIdNumber().matches("[A-Za-z0-9]{5,20}");
            };
            if (!ok) {
                ctx.disableDefaultConstraintViolation();
                ctx.buildConstraintViolationWithTemplate(ctx.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("idNumber").addConstraintViolation();
            }
            return ok;
        }
    }
}
