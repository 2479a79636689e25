/**
 * Starting, following and scheduling Jakarta Batch jobs — the application side; the jobs themselves (job XML and
 * artifacts) are in the batch module, which uses this package and is used by nobody.
 * <ul>
 * <li>{@link org.estatedesk.jobs.JobRunService}: the one job launcher. Every capability's use case starts its job
 * by the job XML's name through it; it records the run with its company and estate (so that the data scope applies
 * to runs as to everything else), passes the run's id ({@link org.estatedesk.jobs.JobParameters#RUN_ID}) and reads
 * progress from the job repository in the database ({@link org.estatedesk.jobs.JobRunView}).</li>
 * <li>{@link org.estatedesk.jobs.JobScheduler}: the one timer bean. Each job that runs by itself is a
 * {@link org.estatedesk.jobs.ScheduledJob} of its capability with a {@link org.estatedesk.jobs.JobSchedule} value
 * (R4.5 late fees daily, R5.3 archive audit twice a year, R6.2 monthly statistics on the 1st); the timer runs as the
 * scheduler identity ({@link org.estatedesk.jobs.JobSchedules}).</li>
 * <li>{@link org.estatedesk.jobs.RunAsAccounts}: the port through which a schedule's identity gets its user row
 * (answered by security, which is built on jobs).</li>
 * <li>{@link org.estatedesk.jobs.JobParameters}: parameters longer than the job repository's column, in pieces; shared
 * by the use cases that write them and the artifacts that read them.</li>
 * </ul>
 */
package org.estatedesk.jobs;
