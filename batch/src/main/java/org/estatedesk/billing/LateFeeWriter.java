package org.estatedesk.billing;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.estatedesk.jobs.JobParameters;

/**
 * Charges one chunk of bills their late fees (R4.5) under a row lock (a payment at the same moment waits), and adds
 * the bills charged and the amount to the run's totals in the same transaction.
 */
@Named
@Dependent
public class LateFeeWriter extends AbstractItemWriter {
    @Inject
    JobContext job;

    @Inject
    BillRepository billRepository;

    @Inject
    BillingRunRepository billingRunRepository;

    private long runId;
    private LocalDate asOf;
    private int graceDays;
    private BigDecimal dailyRate;

    @Override
    public void open(Serializable checkpoint) {
        Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        runId = Long.parseLong(p.getProperty(JobParameters.RUN_ID));
        asOf = LocalDate.parse(p.getProperty("asOf"));
        graceDays = Integer.parseInt(p.getProperty("graceDays"));
        dailyRate = new BigDecimal(p.getProperty("dailyRate"));
    }

    @Override
    public void writeItems(List<Object> items) {
        Map<Long, RunTotals.Estate> totals = new HashMap<>();
        for (Bill bill : billRepository.billsForUpdate(items.stream().map(i -> (Long) i).toList())) {
            BigDecimal fee = bill.accrueLateFees(asOf, graceDays, dailyRate);
            totals.merge(bill.getEstateId(), new RunTotals.Estate(bill.getEstateId(), 1, fee.signum() > 0 ? 1 : 0,
                    fee), RunTotals.Estate::plus);
        }
        billingRunRepository.addRunTotals(runId, 0, totals, Map.of());
    }
}
