import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The bare GROUP BY queries of the monthly statistics (bin/benchmark-statistics): the same seven statements the job
 * runs (JpaStatisticsRepository.compute) for the estates of XM-GLY's company and one month, over plain JDBC in one
 * connection, every row of every result read; nothing written. Prints the milliseconds of each run and the median.
 * Usage: java -cp <jdbc driver jar> bin/bench/StatisticsBaseline.java url user password period runs
 */
public class StatisticsBaseline {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        YearMonth period = YearMonth.parse(args[3]);
        int runs = Integer.parseInt(args[4]);
        OffsetDateTime from = period.atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime to = period.plusMonths(1).atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            List<Long> estates = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select id from estate where company_id = (select company_id"
                    + " from estate where code = 'XM-GLY') order by id"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    estates.add(r.getLong(1));
                }
            }
            String in = String.join(",", Collections.nCopies(estates.size(), "?"));
            String[] timed = {
                "select id, company_id from estate where id in (" + in + ") order by id",
                "select estate_id, count(*) from unit where estate_id in (" + in + ") group by estate_id",
                "select estate_id, count(*) from reception where estate_id in (" + in + ") and received_at >= ?"
                    + " and received_at < ? group by estate_id",
                "select estate_id, kind, category_code, tier, count(*), sum(case when kind = 'COMPLAINT' and"
                    + " (complaint_type is null or complaint_type = 'EFFECTIVE') then 1 else 0 end), sum(case when"
                    + " escalation_level = 'DEVELOPER' then 1 else 0 end), sum(case when escalation_level = 'HQ' then 1"
                    + " else 0 end) from task where estate_id in (" + in + ") and created_at >= ? and created_at < ?"
                    + " group by estate_id, kind, category_code, tier",
                "select t.estate_id, t.kind, t.category_code, t.tier, count(*), sum(case when t.completed_at <="
                    + " t.due_at then 1 else 0 end), sum(extract(epoch from t.completed_at) - extract(epoch from"
                    + " t.created_at)), sum(case when exists (select 1 from callback c where c.task_id = t.id) then 1"
                    + " else 0 end) from task t where t.estate_id in (" + in + ") and t.completed_at >= ? and"
                    + " t.completed_at < ? group by t.estate_id, t.kind, t.category_code, t.tier",
                "select estate_id, result, count(*) from callback where estate_id in (" + in + ") and called_at >= ?"
                    + " and called_at < ? group by estate_id, result",
                "select estate_id, sum(total), sum(paid) from bill where estate_id in (" + in + ") and period = ?"
                    + " group by estate_id",
                "select estate_id, sum(total - paid) from bill where estate_id in (" + in + ") and period <= ? and"
                    + " total > paid group by estate_id"};
            List<Long> times = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                long t0 = System.nanoTime();
                long rows = 0;
                for (int q = 0; q < timed.length; q++) {
                    try (PreparedStatement s = c.prepareStatement(timed[q])) {
                        int i = 1;
                        for (Long e : estates) {
                            s.setLong(i++, e);
                        }
                        if (q >= 2 && q <= 5) {
                            s.setObject(i++, from);
                            s.setObject(i, to);
                        } else if (q >= 6) {
                            s.setString(i, period.toString());
                        }
                        try (ResultSet r = s.executeQuery()) {
                            int n = r.getMetaData().getColumnCount();
                            while (r.next()) {
                                for (int col = 1; col <= n; col++) {
                                    r.getObject(col);
                                }
                                rows++;
                            }
                        }
                    }
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.println((run == 0 ? "warm-up" : "run " + run) + ": " + ms + " ms, " + rows + " rows, "
                        + estates.size() + " estates");
                if (run > 0) {
                    times.add(ms);
                }
            }
            Collections.sort(times);
            System.out.println("median " + times.get(times.size() / 2) + " ms");
        }
    }
}
