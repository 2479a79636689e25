import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The practical limit of the archive-audit benchmark (issue 6, R5.3): a bare JDBC scan of the rows the audit reads —
 * an estate's units by keyset, and for each page of units their live archive items, the overdue borrowings of their
 * files and the overdue loans of their keys (one query each over the page's id range, as the job does) — counting
 * what is missing or expired, writing nothing.
 *
 *   java -cp <jdbc driver jar> bin/bench/AuditBaseline.java URL USER PASSWORD ESTATE_CODE scan CHUNK [RUNS]
 *   java -cp <jdbc driver jar> bin/bench/AuditBaseline.java URL USER PASSWORD ESTATE_CODE seed
 *
 * "scan" scans RUNS + 1 times in one JVM (the first warms it up) and prints "units seconds units/s" per measured
 * run. "seed" gives every unit of the estate that has no file yet an owner file with a purchase contract and an
 * identity copy — every 100th unit without the identity copy, every 500th identity copy expired — every 1000th file
 * an overdue reading, every 1000th unit an owner key lent out and overdue (ids far above the sequences' values).
 */
public class AuditBaseline {
    public static void main(String[] args) throws SQLException {
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            long estate;
            long company;
            try (PreparedStatement s = c.prepareStatement("select id, company_id from estate where code = ?")) {
                s.setString(1, args[3]);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    estate = r.getLong(1);
                    company = r.getLong(2);
                }
            }
            if (args[4].equals("seed")) {
                System.out.println(seed(c, company, estate));
                return;
            }
            int chunk = Integer.parseInt(args[5]);
            int runs = args.length > 6 ? Integer.parseInt(args[6]) : 1;
            for (int i = 0; i <= runs; i++) {
                String result = scan(c, estate, chunk);
                if (i > 0) {
                    System.out.println(result);
                }
            }
        }
    }

    static String scan(Connection c, long estate, int chunk) throws SQLException {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long units = 0;
        long missing = 0;
        long expired = 0;
        long overdue = 0;
        long start = System.nanoTime();
        try (PreparedStatement read = c.prepareStatement("select u.id, u.company_id, u.estate_id, u.code, u.state"
                + " from unit u where u.estate_id = ? and u.id > ? order by u.id limit ?");
                PreparedStatement items = c.prepareStatement("select i.id, i.file_id, i.estate_id, i.unit_id,"
                        + " f.file_no, i.doc_type, i.title, i.expires_on from archive_item i join archive_file f"
                        + " on f.id = i.file_id where i.removed = false and i.estate_id = ? and i.unit_id > ?"
                        + " and i.unit_id <= ?");
                PreparedStatement borrows = c.prepareStatement("select b.id, b.file_id, b.estate_id, f.unit_id,"
                        + " f.file_no, b.borrower, b.due_at from archive_borrow b join archive_file f"
                        + " on f.id = b.file_id where b.state = 'OUT' and b.due_at < ? and b.estate_id = ?"
                        + " and f.unit_id > ? and f.unit_id <= ?");
                PreparedStatement loans = c.prepareStatement("select l.id, l.estate_id, k.unit_id, k.tag,"
                        + " k.category, l.borrower, l.due_at from key_loan l join estate_key k on k.id = l.key_id"
                        + " where l.state = 'OUT' and l.due_at < ? and l.estate_id = ? and k.unit_id > ?"
                        + " and k.unit_id <= ?")) {
            long after = 0;
            while (true) {
                read.setLong(1, estate);
                read.setLong(2, after);
                read.setInt(3, chunk);
                long first = after;
                int n = 0;
                Map<Long, Integer> documents = new HashMap<>();
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        n++;
                        after = r.getLong(1);
                        r.getLong(2);
                        r.getLong(3);
                        r.getString(4);
                        r.getString(5);
                        documents.put(after, 0);
                    }
                }
                if (n == 0) {
                    break;
                }
                items.setLong(1, estate);
                items.setLong(2, first);
                items.setLong(3, after);
                try (ResultSet r = items.executeQuery()) {
                    while (r.next()) {
                        r.getLong(1);
                        r.getLong(2);
                        r.getLong(3);
                        long unit = r.getLong(4);
                        r.getString(5);
                        String type = r.getString(6);
                        r.getString(7);
                        LocalDate expires = r.getObject(8, LocalDate.class);
                        if (type.equals("PURCHASE_CONTRACT") || type.equals("IDENTITY_COPY")) {
                            documents.merge(unit, 1, Integer::sum);
                        }
                        if (expires != null && expires.isBefore(today)) {
                            expired++;
                        }
                    }
                }
                for (int held : documents.values()) {
                    missing += Math.max(0, 2 - held);
                }
                borrows.setObject(1, now);
                borrows.setLong(2, estate);
                borrows.setLong(3, first);
                borrows.setLong(4, after);
                try (ResultSet r = borrows.executeQuery()) {
                    while (r.next()) {
                        r.getString(5);
                        r.getString(6);
                        r.getObject(7, OffsetDateTime.class);
                        overdue++;
                    }
                }
                loans.setObject(1, now);
                loans.setLong(2, estate);
                loans.setLong(3, first);
                loans.setLong(4, after);
                try (ResultSet r = loans.executeQuery()) {
                    while (r.next()) {
                        r.getString(4);
                        r.getString(5);
                        r.getObject(7, OffsetDateTime.class);
                        overdue++;
                    }
                }
                c.commit();
                units += n;
                if (n < chunk) {
                    break;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("  scan: %d units, %d missing, %d expired, %d overdue%n", units, missing, expired, overdue);
        return String.format("%d %.3f %.0f", units, seconds, units / seconds);
    }

    static String seed(Connection c, long company, long estate) throws SQLException {
        long fileId;
        long itemId;
        long borrowId;
        long keyId;
        long loanId;
        try (PreparedStatement s = c.prepareStatement("select (select coalesce(max(id), 0) from archive_file),"
                + " (select coalesce(max(id), 0) from archive_item), (select coalesce(max(id), 0) from archive_borrow),"
                + " (select coalesce(max(id), 0) from estate_key), (select coalesce(max(id), 0) from key_loan)");
                ResultSet r = s.executeQuery()) {
            r.next();
            fileId = Math.max(r.getLong(1), 1_000_000_000L);
            itemId = Math.max(r.getLong(2), 1_000_000_000L);
            borrowId = Math.max(r.getLong(3), 1_000_000_000L);
            keyId = Math.max(r.getLong(4), 1_000_000_000L);
            loanId = Math.max(r.getLong(5), 1_000_000_000L);
        }
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp past = Timestamp.from(Instant.now().minusSeconds(86_400));
        LocalDate expired = LocalDate.now().minusDays(10);
        long units = 0;
        try (PreparedStatement read = c.prepareStatement("select u.id, u.code from unit u where u.estate_id = ?"
                + " and u.id > ? and not exists (select 1 from archive_file f where f.unit_id = u.id)"
                + " order by u.id limit 2000");
                PreparedStatement file = c.prepareStatement("insert into archive_file (id, company_id, estate_id,"
                        + " kind, unit_id, unit_code, file_no, title, location, created_by, created_at, version)"
                        + " values (?, ?, ?, 'OWNER', ?, ?, ?, ?, '档案室', 'benchmark', ?, 0)");
                PreparedStatement item = c.prepareStatement("insert into archive_item (id, file_id, company_id,"
                        + " estate_id, unit_id, doc_type, title, location, expires_on, removed, created_by,"
                        + " created_at, version) values (?, ?, ?, ?, ?, ?, ?, '档案室', ?, false, 'benchmark', ?, 0)");
                PreparedStatement borrow = c.prepareStatement("insert into archive_borrow (id, file_id, company_id,"
                        + " estate_id, kind, borrower, purpose, hq_inspection, due_at, state, requested_at, version)"
                        + " values (?, ?, ?, ?, 'READ', 'benchmark', 'benchmark', true, ?, 'OUT', ?, 0)");
                PreparedStatement key = c.prepareStatement("insert into estate_key (id, company_id, estate_id,"
                        + " category, tag, unit_id, unit_code, quantity, spare, state, rectification,"
                        + " current_loan_id, created_by, created_at, version) values (?, ?, ?, 'OWNER_MAILBOX', ?, ?,"
                        + " ?, 1, false, 'ON_LOAN', false, ?, 'benchmark', ?, 0)");
                PreparedStatement loan = c.prepareStatement("insert into key_loan (id, key_id, company_id,"
                        + " estate_id, borrower, borrower_kind, purpose, due_at, state, requested_by, requested_at,"
                        + " signature_confirmed, version) values (?, ?, ?, ?, 'benchmark', 'OWNER', 'benchmark', ?,"
                        + " 'OUT', 'benchmark', ?, true, 0)")) {
            long after = 0;
            while (true) {
                read.setLong(1, estate);
                read.setLong(2, after);
                int n = 0;
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        n++;
                        long unit = r.getLong(1);
                        String code = r.getString(2);
                        after = unit;
                        long f = ++fileId;
                        file.setLong(1, f);
                        file.setLong(2, company);
                        file.setLong(3, estate);
                        file.setLong(4, unit);
                        file.setString(5, code);
                        file.setString(6, "YZ-" + code);
                        file.setString(7, "业主档案 " + code);
                        file.setTimestamp(8, now);
                        file.addBatch();
                        units++;
                        for (String type : new String[] {"PURCHASE_CONTRACT", "IDENTITY_COPY"}) {
                            if (type.equals("IDENTITY_COPY") && units % 100 == 0) {
                                continue;
                            }
                            item.setLong(1, ++itemId);
                            item.setLong(2, f);
                            item.setLong(3, company);
                            item.setLong(4, estate);
                            item.setLong(5, unit);
                            item.setString(6, type);
                            item.setString(7, type);
                            item.setObject(8, type.equals("IDENTITY_COPY") && units % 500 == 1 ? expired : null);
                            item.setTimestamp(9, now);
                            item.addBatch();
                        }
                        if (units % 1000 == 2) {
                            borrow.setLong(1, ++borrowId);
                            borrow.setLong(2, f);
                            borrow.setLong(3, company);
                            borrow.setLong(4, estate);
                            borrow.setTimestamp(5, past);
                            borrow.setTimestamp(6, past);
                            borrow.addBatch();
                        }
                        if (units % 1000 == 3) {
                            long k = ++keyId;
                            long l = ++loanId;
                            key.setLong(1, k);
                            key.setLong(2, company);
                            key.setLong(3, estate);
                            key.setString(4, "MB-" + code);
                            key.setLong(5, unit);
                            key.setString(6, code);
                            key.setLong(7, l);
                            key.setTimestamp(8, now);
                            key.addBatch();
                            loan.setLong(1, l);
                            loan.setLong(2, k);
                            loan.setLong(3, company);
                            loan.setLong(4, estate);
                            loan.setTimestamp(5, past);
                            loan.setTimestamp(6, past);
                            loan.addBatch();
                        }
                    }
                }
                if (n == 0) {
                    break;
                }
                file.executeBatch();
                item.executeBatch();
                borrow.executeBatch();
                key.executeBatch();
                loan.executeBatch();
                c.commit();
            }
        }
        return units + " units given files";
    }
}
