/**
 * What every job's artifacts share: {@link org.estatedesk.jobs.CheckpointedReader}, a chunk reader whose checkpoint
 * is committed with the chunk in the application's database, and {@link org.estatedesk.jobs.RunCommitted}, the job
 * listener that holds a job's start until the run that started it has committed. Jobs are started, followed and
 * scheduled in the ejb module's package of the same name ({@link org.estatedesk.jobs.JobRunService},
 * {@link org.estatedesk.jobs.JobScheduler}); nothing here is called by a page or a resource.
 */
package org.estatedesk.jobs;
