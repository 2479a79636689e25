package org.estatedesk.billing;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * One partition per unit-id range of the run's parameters, each on its own thread; a restart keeps the plan and
 * each partition resumes after its own checkpoint.
 */
@Named
@Dependent
public class BillingPartitionMapper implements PartitionMapper {
    @Inject
    JobContext job;

    @Override
    public PartitionPlan mapPartitions() {
        BillingParameters run = BillingParameters.of(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
        int n = run.bounds().size();
        Properties[] props = new Properties[n];
        for (int i = 0; i < n; i++) {
            props[i] = new Properties();
            props[i].setProperty("partition", Integer.toString(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        plan.setPartitionProperties(props);
        return plan;
    }
}
