package org.estatedesk.billing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A finance statement (R4.7) as a table, the one shape both of its downloads use — the Excel sheet
 * ({@link org.estatedesk.shared.Spreadsheet}) and the PDF ({@link StatementPdf}): the file's stem, the bundle keys of
 * its title and column headers, the rows, which columns are amounts (right-aligned) and the period it covers.
 */
public record StatementTable(String fileStem, String titleKey, String period, List<String> headerKeys,
        List<Object[]> rows, int... numeric) {

    /** The month's income per estate and payment method (reversals negative). */
    public static StatementTable income(String period, List<StatementService.Income> income) {
        return new StatementTable("income-" + period, "statement.income", period, List.of("tasks.estate",
                "payment.method.CASH", "payment.method.CARD", "payment.method.TRANSFER", "payment.method.ONLINE",
                "payment.method.DEPOSIT", "cashier.count", "cashier.closingTotal"), income.stream()
                .map(i -> new Object[] {i.estate().getName(), i.byMethod().get(PaymentMethod.CASH),
                    i.byMethod().get(PaymentMethod.CARD), i.byMethod().get(PaymentMethod.TRANSFER),
                    i.byMethod().get(PaymentMethod.ONLINE), i.byMethod().get(PaymentMethod.DEPOSIT), i.payments(),
                    i.total()}).toList(), 1, 2, 3, 4, 5, 6, 7);
    }

    /** The arrears ageing per estate on a day. */
    public static StatementTable ageing(String asOf, List<StatementService.Ageing> ageing) {
        return new StatementTable("ageing-" + asOf, "statement.ageing", asOf, List.of("tasks.estate",
                "statement.notDue", "statement.days0to30", "statement.days31to90", "statement.days91to180",
                "statement.over180", "statement.total", "balance.lateFees"), ageing.stream().map(a -> new Object[] {
                    a.estate().getName(), a.notDue(), a.upTo30(), a.upTo90(), a.upTo180(), a.over180(), a.total(),
                    a.lateFees()}).toList(), 1, 2, 3, 4, 5, 6, 7);
    }

    /** The collection rate per estate and billing month. */
    public static StatementTable collection(String from, String to, List<StatementService.Collection> collection) {
        return new StatementTable("collection-" + from + "-" + to, "statement.collection", from + " – " + to,
                List.of("tasks.estate", "billing.period", "billing.bills", "statement.billed", "statement.collected",
                        "statement.rate"), collection.stream().map(c -> new Object[] {c.estate().getName(),
                            c.period().toString(), c.bills(), c.billed(), c.collected(), c.rate()}).toList(),
                2, 3, 4, 5);
    }

    /** A cell as the PDF prints it: amounts with their two decimals, nothing for none. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
