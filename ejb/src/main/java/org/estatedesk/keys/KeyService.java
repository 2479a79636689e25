package org.estatedesk.keys;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.estatedesk.approvals.ApprovalService;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.owners.OwnershipRelation;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.TimeFormat;
import org.estatedesk.shared.Validation;

/**
 * The key register (R5.1). The customer-service desk and the archive keeper keep the keys; security, engineering
 * and auditors read the register. A loan to anyone but the unit's owner waits for a CS manager's approval in the
 * approval inbox (form type {@code KEY_LOAN}) before the key is handed out.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
    Roles.ARCHIVE_KEEPER, Roles.SECURITY_MANAGER, Roles.ENGINEERING_MANAGER, Roles.AUDITOR})
public class KeyService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    KeyRepository keys;

    @Inject
    EstateRepository estates;

    @Inject
    UnitRepository units;

    @Inject
    OwnerRepository owners;

    @EJB
    ApprovalService approvals;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER})
    public EstateKey register(NewKey k) {
        if (k.estateId() == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        DataScope scope = caller.scope();
        Estate estate = estates.find(k.estateId(), scope).orElseThrow(() -> new NotFoundException("estate",
                k.estateId()));
        Unit unit = unit(estate, k.unitId(), k.unitCode(), scope);
        EstateKey key = new EstateKey(estate.getCompanyId(), estate.getId(), k.category(), k.tag(),
                unit == null ? null : unit.getId(), unit == null ? null : unit.getCode(), k.buildingCode(),
                k.floor(), k.equipment(), k.location(), k.quantity() == null ? 1 : k.quantity(), k.spare(),
                caller.username(), now());
        validation.check(key);
        if (keys.tagExists(estate.getId(), key.getTag())) {
            throw new ConflictException("error.key.tagTaken", key.getTag());
        }
        keys.store(key);
        log.record("KEY_REGISTER", "estate_key", key.getId(), key.getCategory() + " " + key.getTag()
                + (key.isSpare() ? " (spare)" : ""), key.getCompanyId());
        return key;
    }

    private Unit unit(Estate estate, Long unitId, String unitCode, DataScope scope) {
        if (unitId != null) {
            Unit u = units.find(unitId, scope).orElseThrow(() -> new NotFoundException("unit", unitId));
            if (!u.getEstateId().equals(estate.getId())) {
                throw new RuleViolationException("error.key.unitOfOtherEstate", "unit");
            }
            return u;
        }
        if (unitCode != null && !unitCode.isBlank()) {
            return units.byCodes(estate.getId(), List.of(unitCode.trim())).stream().findFirst()
                    .orElseThrow(() -> new RuleViolationException("error.key.unknownUnit", "unit", unitCode.trim()));
        }
        return null;
    }

    /**
     * Lends a key (R5.1): the owner takes it at once against his signature — if the borrower ticked as the owner is
     * one of the unit's current owners or occupants (R0.4); anyone else's request, a borrower ticked as the owner who
     * is none of them included, waits for the manager's approval in the inbox. A key lent or reserved already is a 409.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER})
    public KeyLoan lend(long keyId, String borrower, BorrowerKind kind, String purpose, OffsetDateTime dueAt,
            String signedName, boolean signatureConfirmed) {
        EstateKey key = key(keyId);
        List<String> residents = key.getUnitId() == null ? List.of()
                : owners.currentNames(key.getUnitId(), EnumSet.of(OwnershipRelation.OWNER, OwnershipRelation.OCCUPANT));
        KeyLoan loan = key.lend(borrower, kind, residents, purpose, dueAt, signedName, signatureConfirmed,
                caller.username(), now());
        keys.store(loan);
        key.loanStored(loan);
        if (loan.getState() == LoanState.REQUESTED) {
            approvals.start(KeyLoan.FORM_TYPE, loan.getId(), 1, key.getCompanyId(), key.getEstateId(),
                    List.of(KeyLoan.APPROVAL), null);
        }
        log.record(loan.getState() == LoanState.OUT ? "KEY_LEND" : "KEY_LOAN_REQUEST", "key_loan", loan.getId(),
                key.getTag() + " → " + loan.getBorrower() + " (" + loan.getBorrowerKind() + "), due "
                        + TimeFormat.MINUTE.format(loan.getDueAt(), zones.zone(key.getCompanyId())),
                key.getCompanyId());
        return loan;
    }

    /** An approved loan handed out: who gave the key and the borrower's signature. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER})
    public KeyLoan handOut(long loanId, String signedName, boolean signatureConfirmed, Integer version) {
        KeyLoan loan = loan(loanId);
        loan.checkVersion(version);
        EstateKey key = keys.byId(loan.getKeyId()).orElseThrow();
        key.handOut(loan, signedName, signatureConfirmed, caller.username(), now());
        log.record("KEY_LEND", "key_loan", loanId, key.getTag() + " → " + loan.getBorrower() + " signed "
                + loan.getSignedName(), key.getCompanyId());
        return loan;
    }

    /** The key came back: the loan is cleared. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER})
    public KeyLoan returnKey(long loanId, String comment, Integer version) {
        KeyLoan loan = loan(loanId);
        loan.checkVersion(version);
        EstateKey key = keys.byId(loan.getKeyId()).orElseThrow();
        key.returned(loan, caller.username(), comment, now());
        log.record("KEY_RETURN", "key_loan", loanId, key.getTag() + " ← " + loan.getBorrower(), key.getCompanyId());
        return loan;
    }

    /** A request or an approved loan that will not be collected: the key is free again, the approval withdrawn. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER})
    public KeyLoan cancel(long loanId, String comment, Integer version) {
        KeyLoan loan = loan(loanId);
        loan.checkVersion(version);
        EstateKey key = keys.byId(loan.getKeyId()).orElseThrow();
        boolean pending = loan.getState() == LoanState.REQUESTED;
        key.cancel(loan, caller.username(), comment, now());
        if (pending) {
            approvals.withdraw(KeyLoan.FORM_TYPE, loanId);
        }
        log.record("KEY_LOAN_CANCEL", "key_loan", loanId, key.getTag(), key.getCompanyId());
        return loan;
    }

    /** An owner's key kept after handover for rectification, until the owner collects it. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER})
    public EstateKey holdForRectification(long keyId, Integer version) {
        EstateKey key = key(keyId);
        key.checkVersion(version);
        key.holdForRectification();
        log.record("KEY_RECTIFICATION", "estate_key", keyId, key.getTag(), key.getCompanyId());
        return key;
    }

    /** The owner collected his key. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER})
    public EstateKey collect(long keyId, String collectedBy, Integer version) {
        EstateKey key = key(keyId);
        key.checkVersion(version);
        key.collect(collectedBy, now());
        log.record("KEY_COLLECTED", "estate_key", keyId, key.getTag() + " → " + key.getCollectedBy(),
                key.getCompanyId());
        return key;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER, Roles.SECURITY_MANAGER, Roles.ENGINEERING_MANAGER, Roles.AUDITOR})
    public EstateKey key(long id) {
        return keys.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("key", id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER, Roles.SECURITY_MANAGER, Roles.ENGINEERING_MANAGER, Roles.AUDITOR})
    public KeyLoan loan(long id) {
        return keys.loan(id, caller.scope()).orElseThrow(() -> new NotFoundException("keyLoan", id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER, Roles.SECURITY_MANAGER, Roles.ENGINEERING_MANAGER, Roles.AUDITOR})
    public KeyDetail detail(long id) {
        EstateKey key = key(id);
        return new KeyDetail(key, estates.byId(key.getEstateId()).map(Estate::getName).orElse(""),
                keys.loansOf(id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER, Roles.SECURITY_MANAGER, Roles.ENGINEERING_MANAGER, Roles.AUDITOR})
    public Page<KeyRepository.Row> keys(KeyRepository.Filter filter, PageRequest page) {
        return keys.page(filter, now(), caller.scope(), page);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER, Roles.SECURITY_MANAGER, Roles.ENGINEERING_MANAGER, Roles.AUDITOR})
    public Page<KeyRepository.LoanRow> loans(Long estateId, LoanState state, boolean overdue, PageRequest page) {
        return keys.loans(estateId, state, overdue, now(), caller.scope(), page);
    }

    /** The categories of each estate that have keys but no emergency spare set (R5.1). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER, Roles.SECURITY_MANAGER, Roles.ENGINEERING_MANAGER, Roles.AUDITOR})
    public List<KeyRepository.MissingSpare> missingSpares(Long estateId) {
        return keys.missingSpares(estateId, caller.scope());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
        Roles.ARCHIVE_KEEPER, Roles.SECURITY_MANAGER, Roles.ENGINEERING_MANAGER, Roles.AUDITOR})
    public long countOverdue() {
        return keys.countOverdue(now(), caller.scope());
    }
}
