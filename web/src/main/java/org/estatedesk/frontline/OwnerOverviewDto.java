package org.estatedesk.frontline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.estatedesk.billing.Bill;
import org.estatedesk.billing.BillState;
import org.estatedesk.billing.Payment;
import org.estatedesk.billing.PaymentMethod;
import org.estatedesk.keys.EstateKey;
import org.estatedesk.keys.KeyCategory;
import org.estatedesk.keys.KeyState;
import org.estatedesk.owners.OwnerDto;
import org.estatedesk.owners.OwnershipRelation;
import org.estatedesk.servicedesk.Channel;
import org.estatedesk.servicedesk.ReceptionState;
import org.estatedesk.servicedesk.Task;
import org.estatedesk.servicedesk.TaskKind;
import org.estatedesk.servicedesk.TaskState;
import org.estatedesk.shared.Messages;

/**
 * The owner's whole story in the API (issue 20): the owner (identity number masked; {@code mayUnmask} says whether
 * {@code GET /owners/{id}/id-number} would show it whole), his units, the latest calls, tasks, bills and receipts, the
 * balance, the keys and the forms. States come as codes and as names in the reader's language.
 */
public record OwnerOverviewDto(OwnerDto owner, boolean mayUnmask, List<UnitDto> units, List<CallDto> calls,
        List<TaskDto> tasks,
        List<BillDto> bills, List<ReceiptDto> receipts, OwnerOverview.Balance balance, List<KeyDto> keys,
        List<FormDto> forms) {

    public record UnitDto(long id, String code, long estateId, String estateName, OwnershipRelation relation,
            String relationName, LocalDate since) {
    }

    public record CallDto(long id, String number, Channel channel, String channelName, String callerName,
            String description, ReceptionState state, String stateName, String unitCode, OffsetDateTime receivedAt) {
    }

    public record TaskDto(long id, String number, TaskKind kind, String kindName, TaskState state, String stateName,
            String unitCode, OffsetDateTime createdAt, OffsetDateTime dueAt, String url) {
    }

    public record BillDto(long id, long unitId, String period, String description, LocalDate dueOn,
            BigDecimal total, BigDecimal paid, BillState state, String stateName) {
    }

    public record ReceiptDto(long id, String receiptNumber, long unitId, BigDecimal amount, PaymentMethod method,
            OffsetDateTime paidAt, boolean reversed) {
    }

    public record KeyDto(long id, String tag, String unitCode, KeyCategory category, String categoryName,
            KeyState state, String stateName) {
    }

    public record FormDto(FormKind kind, String kindName, long id, String number, String state, String stateName,
            String unitCode, OffsetDateTime at, String url) {
    }

    public static OwnerOverviewDto of(OwnerOverview o, Locale locale) {
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        o.units().forEach(h -> codes.put(h.unit().getId(), h.unit().getCode()));
        return new OwnerOverviewDto(OwnerDto.of(o.owner()), o.mayUnmask(),
                o.units().stream().map(h -> new UnitDto(h.unit().getId(), h.unit().getCode(), h.unit().getEstateId(),
                        h.estateName(), h.relation(), name(locale, "ownership.relation." + h.relation()), h.since()))
                        .toList(),
                o.calls().stream().map(r -> new CallDto(r.getId(), r.getNumber(), r.getChannel(),
                        name(locale, "reception.channel." + r.getChannel()), r.getCallerName(), r.getDescription(),
                        r.getState(), name(locale, "reception.state." + r.getState()), codes.get(r.getUnitId()),
                        r.getReceivedAt())).toList(),
                o.tasks().stream().map(t -> task(t, codes.get(t.getUnitId()), locale)).toList(),
                o.bills().stream().map(b -> bill(b, locale)).toList(),
                o.receipts().stream().map(OwnerOverviewDto::receipt).toList(), o.balance(),
                o.keys().stream().map(k -> new KeyDto(k.getId(), k.getTag(), k.getUnitCode(), k.getCategory(),
                        name(locale, "key.category." + k.getCategory()), k.getState(),
                        name(locale, "key.state." + k.getState()))).toList(),
                o.forms().stream().map(f -> form(f, locale)).toList());
    }

    static TaskDto task(Task t, String unitCode, Locale locale) {
        return new TaskDto(t.getId(), t.getNumber(), t.getKind(), name(locale, "task.kind." + t.getKind()),
                t.getState(), name(locale, "task.state." + t.getState()), unitCode, t.getCreatedAt(), t.getDueAt(),
                "/servicedesk/task.xhtml?id=" + t.getId());
    }

    static BillDto bill(Bill b, Locale locale) {
        return new BillDto(b.getId(), b.getUnitId(), String.valueOf(b.getPeriod()), b.getDescription(), b.getDueOn(), b.getTotal(),
                b.getPaid(), b.getState(), name(locale, "bill.state." + b.getState()));
    }

    static ReceiptDto receipt(Payment p) {
        return new ReceiptDto(p.getId(), p.getReceiptNumber(), p.getUnitId(), p.getAmount(), p.getMethod(),
                p.getPaidAt(), p.isReversed());
    }

    static FormDto form(FormRow f, Locale locale) {
        return new FormDto(f.kind(), name(locale, "search.form." + f.kind()), f.id(), f.number(), f.state(),
                name(locale, f.stateKey()), f.unitCode(), f.at(), SearchHitDto.formUrl(f.kind(), f.id(), f.estateId()));
    }

    private static String name(Locale locale, String key) {
        return Messages.format(locale, key);
    }
}
