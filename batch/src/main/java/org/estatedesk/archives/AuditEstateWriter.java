package org.estatedesk.archives;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.estatedesk.keys.KeyCategory;
import org.estatedesk.shared.CompanyZones;

/**
 * The estate-wide checks of a chunk of estates, in the chunk's transaction: expired documents and overdue borrowings
 * of construction files, overdue loans of keys that open no unit, key categories without a spare set — one query
 * each for all the chunk's estates.
 */
@Named
@Dependent
public class AuditEstateWriter extends AbstractItemWriter {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    JobContext job;

    @Inject
    ArchiveAuditRepository audits;

    @Inject
    ArchiveRepository archives;

    private AuditParameters run;
    private ArchiveAuditRule rule;
    private Map<Long, String> keepers;

    /** The rule of an audit: its company's required documents, judged as at the audit's moment in the company's zone. */
    static ArchiveAuditRule rule(AuditParameters run, ArchiveRepository archives, ZoneId zone) {
        return new ArchiveAuditRule(archives.requirements(run.companyId()),
                run.asOf().atZoneSameInstant(zone).toLocalDate(), run.asOf());
    }

    @Override
    public void open(Serializable checkpoint) {
        run = AuditParameters.of(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
        rule = rule(run, archives, zones.zone());
        keepers = audits.keepers(run.companyId(), run.estateIds());
    }

    @Override
    public void writeItems(List<Object> items) {
        List<Long> estates = items.stream().map(i -> (Long) i).toList();
        var documents = audits.estateExpired(estates, rule.today());
        var borrows = audits.estateOverdueBorrows(estates, run.asOf());
        var loans = audits.estateOverdueLoans(estates, run.asOf());
        Map<Long, List<KeyCategory>> spares = audits.withoutSpare(estates);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ArchiveAuditFinding> findings = new ArrayList<>();
        for (Long estate : estates) {
            for (ArchiveAuditRule.Draft d : rule.estate(estate,
                    documents.stream().filter(x -> x.estateId() == estate).toList(),
                    borrows.stream().filter(b -> b.estateId() == estate).toList(),
                    loans.stream().filter(l -> l.estateId() == estate).toList(),
                    spares.getOrDefault(estate, List.of()))) {
                findings.add(new ArchiveAuditFinding(run.auditId(), run.companyId(), d, keepers.get(estate), now));
            }
        }
        audits.insert(findings);
        audits.count(run.auditId(), 0, findings.size());
    }
}
