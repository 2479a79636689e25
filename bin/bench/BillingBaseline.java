import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The practical limit of the billing benchmark (issue 4): a plain JDBC loop that reads the same units as the billing
 * job (an estate's units by keyset, leaving out units billed for the period) and writes the same rows (one bill and
 * its lines per unit, batched inserts, one commit per chunk), with the rates in force read the same way.
 *
 *   java -cp <jdbc driver jar> bin/bench/BillingBaseline.java URL USER PASSWORD ESTATE_CODE PERIOD CHUNK [RUNS]
 *   java -cp <jdbc driver jar> bin/bench/BillingBaseline.java URL USER PASSWORD ESTATE_CODE PERIOD delete
 *
 * Bills the period RUNS + 1 times in one JVM (the first run warms it up), deleting the period after each run, and
 * prints "units seconds units/s" per measured run. Ids come from far above the sequences' values. "delete" removes
 * a period's bills, the billing job's too.
 */
public class BillingBaseline {
    record Rate(String code, String name, String basis, BigDecimal price, String from) {
    }

    public static void main(String[] args) throws SQLException {
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            long estate;
            try (PreparedStatement s = c.prepareStatement("select id from estate where code = ?")) {
                s.setString(1, args[3]);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    estate = r.getLong(1);
                }
            }
            String period = args[4];
            if (args[5].equals("delete")) {
                delete(c, estate, period);
                return;
            }
            int runs = args.length > 6 ? Integer.parseInt(args[6]) : 1;
            for (int i = 0; i <= runs; i++) {
                String result = bill(c, estate, YearMonth.parse(period), Integer.parseInt(args[5]));
                delete(c, estate, period);
                if (i > 0) {
                    System.out.println(result);
                }
            }
        }
    }

    static void delete(Connection c, long estate, String period) throws SQLException {
        try (PreparedStatement l = c.prepareStatement("delete from bill_line where bill_id in"
                + " (select id from bill where estate_id = ? and period = ?)");
                PreparedStatement b = c.prepareStatement("delete from bill where estate_id = ? and period = ?")) {
            l.setLong(1, estate);
            l.setString(2, period);
            l.executeUpdate();
            b.setLong(1, estate);
            b.setString(2, period);
            b.executeUpdate();
            c.commit();
        }
    }

    static String bill(Connection c, long estate, YearMonth period, int chunk) throws SQLException {
        Map<String, List<Rate>> byType = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select r.unit_type, i.code, i.name, i.basis, r.unit_price,"
                + " r.valid_from from fee_rate r join fee_item i on i.id = r.fee_item_id where i.active = true"
                + " and r.estate_id = ? and r.valid_from <= ? order by i.code, r.valid_from")) {
            s.setLong(1, estate);
            s.setString(2, period.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<Rate> rates = byType.computeIfAbsent(r.getString(1), k -> new ArrayList<>());
                    Rate rate = new Rate(r.getString(2), r.getString(3), r.getString(4), r.getBigDecimal(5),
                            r.getString(6));
                    rates.removeIf(x -> x.code().equals(rate.code()));
                    rates.add(rate);
                }
            }
        }
        long billId;
        long lineId;
        try (PreparedStatement s = c.prepareStatement("select (select coalesce(max(id), 0) from bill),"
                + " (select coalesce(max(id), 0) from bill_line)"); ResultSet r = s.executeQuery()) {
            r.next();
            billId = r.getLong(1) + 1_000_000_000L;
            lineId = r.getLong(2) + 1_000_000_000L;
        }
        LocalDate today = LocalDate.now();
        LocalDate due = period.atEndOfMonth();
        long units = 0;
        long start = System.nanoTime();
        // a fresh period: the next page of the estate's units by keyset, nothing to skip (the job also probes the
        // unique key for each page, so that a restart never bills a unit twice)
        try (PreparedStatement read = c.prepareStatement("select u.id, u.company_id, u.type, u.area from unit u"
                + " where u.estate_id = ? and u.id > ? order by u.estate_id, u.id limit ?");
                PreparedStatement b = c.prepareStatement("insert into bill (id, company_id, estate_id, unit_id,"
                        + " period, issued_on, due_on, total, paid, late_fee, late_fee_paid, state, run_id, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 'OPEN', null, 0)");
                PreparedStatement l = c.prepareStatement("insert into bill_line (id, bill_id, line_no, item_code,"
                        + " item_name, quantity, unit_price, amount, paid) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            long after = 0;
            while (true) {
                read.setLong(1, estate);
                read.setLong(2, after);
                read.setInt(3, chunk);
                int n = 0;
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        n++;
                        long unit = r.getLong(1);
                        after = unit;
                        BigDecimal area = r.getBigDecimal(4);
                        List<Rate> rates = byType.getOrDefault(r.getString(3), List.of());
                        if (rates.isEmpty()) {
                            continue;
                        }
                        long id = ++billId;
                        BigDecimal total = BigDecimal.ZERO.setScale(2);
                        int no = 0;
                        for (Rate rate : rates) {
                            BigDecimal quantity = rate.basis().equals("AREA") ? area : BigDecimal.ONE;
                            BigDecimal amount = quantity.multiply(rate.price()).setScale(2, RoundingMode.HALF_UP);
                            total = total.add(amount);
                            l.setLong(1, ++lineId);
                            l.setLong(2, id);
                            l.setInt(3, ++no);
                            l.setString(4, rate.code());
                            l.setString(5, rate.name());
                            l.setBigDecimal(6, quantity);
                            l.setBigDecimal(7, rate.price());
                            l.setBigDecimal(8, amount);
                            l.addBatch();
                        }
                        b.setLong(1, id);
                        b.setLong(2, r.getLong(2));
                        b.setLong(3, estate);
                        b.setLong(4, unit);
                        b.setString(5, period.toString());
                        b.setObject(6, today);
                        b.setObject(7, due);
                        b.setBigDecimal(8, total);
                        b.addBatch();
                    }
                }
                if (n == 0) {
                    break;
                }
                b.executeBatch();
                l.executeBatch();
                c.commit();
                units += n;
                if (n < chunk) {
                    break;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("%d %.3f %.0f", units, seconds, units / seconds);
    }
}
