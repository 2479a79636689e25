/**
 * Starting, following and restarting Jakarta Batch jobs. Every capability's job goes through
 * {@link JobRunService}: it records the run with its company and estate, so that the data scope applies to runs as
 * to everything else, and reads progress from the job repository in the database. It holds no DOMAIN.md rule of
 * its own; the jobs' rules are in their capabilities' packages.
 */
package org.estatedesk.jobs;
