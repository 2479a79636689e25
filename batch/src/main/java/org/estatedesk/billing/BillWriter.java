package org.estatedesk.billing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.shared.CompanyZones;

/**
 * Bills one chunk of units in the chunk's transaction, which also commits the reader's checkpoint and the run's
 * totals: a restart continues after the last committed chunk and never counts or bills a unit twice; the unique
 * key on (unit, period) would fail the chunk if it did. The chunk's contracts (R4.1) are loaded in one query and
 * become lines of their units' bills. A dry run computes the same lines and writes only totals.
 */
@Named
@Dependent
public class BillWriter extends AbstractItemWriter {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    JobContext job;

    @Inject
    FeeRepository feeRepository;

    @Inject
    ReadingRepository readingRepository;

    @Inject
    BillRepository billRepository;

    @Inject
    BillingRunRepository billingRunRepository;

    @Inject
    ContractRepository contractRepository;

    @Inject
    @BatchProperty
    String partition;

    private int part;

    private BillingParameters run;
    private BillCalculator calculator;
    private boolean metered;
    private long done;
    private boolean mayFail;
    private LocalDate today;

    @Override
    public void open(Serializable checkpoint) {
        JobOperator operator = BatchRuntime.getJobOperator();
        run = BillingParameters.of(operator.getParameters(job.getExecutionId()));
        calculator = new BillCalculator(feeRepository.calculatorRates(run.estateIds()), run.period());
        metered = calculator.metered();
        part = partition == null || partition.isBlank() ? 0 : Integer.parseInt(partition);
        done = billingRunRepository.runUnits(run.runId(), part);
        mayFail = run.failAfterUnits() > 0
                && operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).size() == 1;
        today = LocalDate.now(clock.withZone(zones.zone()));
    }

    @Override
    public void writeItems(List<Object> items) {
        if (mayFail && done + items.size() > run.failAfterUnits()) {
            throw new IllegalStateException("billing run " + run.runId() + " fails after " + done
                    + " units, as the test asked (failAfterUnits)");
        }
        List<Long> ids = items.stream().map(i -> ((BillingRunRepository.UnitToBill) i).id()).toList();
        Map<Long, Map<MeterKind, BigDecimal>> consumption = metered ? readingRepository.consumption(ids, run.period())
                : Map.of();
        Map<Long, List<BillCalculator.Charge>> contracts = contractRepository.contractCharges(ids, run.period());
        Map<Long, RunTotals.Estate> estates = new HashMap<>();
        Map<String, RunTotals.Item> lines = new HashMap<>();
        List<Bill> bills = new java.util.ArrayList<>(items.size());
        for (Object o : items) {
            BillingRunRepository.UnitToBill u = (BillingRunRepository.UnitToBill) o;
            List<BillCalculator.Line> drafts = calculator.lines(u.estateId(), u.type(), u.area(),
                    consumption.getOrDefault(u.id(), Map.of()), contracts.getOrDefault(u.id(), List.of()),
                    run.period());
            BigDecimal total = BillCalculator.total(drafts);
            if (!drafts.isEmpty() && !run.dryRun()) {
                bills.add(new Bill(u.companyId(), u.estateId(), u.id(), run.period(), today, run.runId(), drafts));
            }
            estates.merge(u.estateId(), new RunTotals.Estate(u.estateId(), 1, drafts.isEmpty() ? 0 : 1, total),
                    RunTotals.Estate::plus);
            for (BillCalculator.Line l : drafts) {
                lines.merge(u.estateId() + "/" + l.itemCode(),
                        new RunTotals.Item(u.estateId(), l.itemCode(), l.itemName(), 1, l.amount()),
                        RunTotals.Item::plus);
            }
        }
        billRepository.insertBills(bills);
        billingRunRepository.addRunTotals(run.runId(), part, estates, lines);
        done += items.size();
    }
}
