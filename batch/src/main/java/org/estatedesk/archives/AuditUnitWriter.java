package org.estatedesk.archives;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.shared.CompanyZones;

/**
 * Audits one chunk of units in the chunk's transaction, which also commits the reader's checkpoint and the audit's
 * counters: the chunk's documents, overdue borrowings and overdue key loans are read with one query each (per estate
 * the chunk touches: an id range of the estate's units), {@link ArchiveAuditRule} decides, the findings are inserted
 * in batches. A restart continues after the last committed chunk; the unique key of the findings would fail a chunk
 * that wrote one twice.
 */
@Named
@Dependent
public class AuditUnitWriter extends AbstractItemWriter {
    @Inject
    CompanyZones zones;

    @Inject
    Clock clock;

    @Inject
    JobContext job;

    @Inject
    ArchiveAuditRepository audits;

    @Inject
    ArchiveRepository archives;

    private AuditParameters run;
    private ArchiveAuditRule rule;
    private Map<Long, String> keepers;
    private boolean mayFail;
    private long done;

    @Override
    public void open(Serializable checkpoint) {
        JobOperator operator = BatchRuntime.getJobOperator();
        run = AuditParameters.of(operator.getParameters(job.getExecutionId()));
        rule = AuditEstateWriter.rule(run, archives, zones.zone());
        keepers = audits.keepers(run.companyId(), run.estateIds());
        done = audits.audit(run.auditId()).map(ArchiveAudit::getUnitsChecked).orElse(0L);
        mayFail = run.failAfterUnits() > 0
                && operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).size() == 1;
    }

    @Override
    public void writeItems(List<Object> items) {
        if (mayFail && done + items.size() > run.failAfterUnits()) {
            throw new IllegalStateException("archive audit " + run.auditId() + " fails after " + done
                    + " units, as the test asked (failAfterUnits)");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ArchiveAuditFinding> findings = new ArrayList<>();
        int from = 0;
        while (from < items.size()) {
            long estate = unit(items.get(from)).estateId();
            int to = from;
            while (to < items.size() && unit(items.get(to)).estateId() == estate) {
                to++;
            }
            List<ArchiveAuditRule.UnitToAudit> units = items.subList(from, to).stream().map(AuditUnitWriter::unit)
                    .toList();
            audit(estate, units, findings, now);
            from = to;
        }
        audits.insert(findings);
        audits.count(run.auditId(), items.size(), findings.size());
        done += items.size();
    }

    /** One estate's run of units of the chunk (ascending ids): three queries over their id range, then the rule. */
    private void audit(long estate, List<ArchiveAuditRule.UnitToAudit> units, List<ArchiveAuditFinding> findings,
            OffsetDateTime now) {
        long after = units.get(0).id() - 1;
        long last = units.get(units.size() - 1).id();
        Map<Long, List<ArchiveAuditRule.Document>> documents = new HashMap<>();
        audits.documents(estate, after, last).forEach(d -> documents.computeIfAbsent(d.unitId(),
                u -> new ArrayList<>()).add(d));
        Map<Long, List<ArchiveAuditRule.Borrow>> borrows = new HashMap<>();
        audits.overdueBorrows(estate, after, last, run.asOf()).forEach(b -> borrows.computeIfAbsent(b.unitId(),
                u -> new ArrayList<>()).add(b));
        Map<Long, List<ArchiveAuditRule.Loan>> loans = new HashMap<>();
        audits.overdueLoans(estate, after, last, run.asOf()).forEach(l -> loans.computeIfAbsent(l.unitId(),
                u -> new ArrayList<>()).add(l));
        String keeper = keepers.get(estate);
        for (ArchiveAuditRule.UnitToAudit u : units) {
            for (ArchiveAuditRule.Draft d : rule.unit(u, documents.getOrDefault(u.id(), List.of()),
                    borrows.getOrDefault(u.id(), List.of()), loans.getOrDefault(u.id(), List.of()))) {
                findings.add(new ArchiveAuditFinding(run.auditId(), run.companyId(), d, keeper, now));
            }
        }
    }

    private static ArchiveAuditRule.UnitToAudit unit(Object item) {
        return (ArchiveAuditRule.UnitToAudit) item;
    }
}
