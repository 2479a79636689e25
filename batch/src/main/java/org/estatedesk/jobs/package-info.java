/**
 * Starting, following and restarting Jakarta Batch jobs. Every capability's job goes through
 * {@link org.estatedesk.jobs.JobRunService}: it records the run with its company and estate, so that the data
 * scope applies to runs as to everything else, and reads progress from the job repository in the database.
 */
package org.estatedesk.jobs;
