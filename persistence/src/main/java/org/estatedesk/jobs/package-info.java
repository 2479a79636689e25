/**
 * Batch job runs: the application's record of each Jakarta Batch job it started (who, for which company and
 * estate, how many items), next to the job repository the server keeps in the same database, and small
 * checkpoints. It holds no DOMAIN.md rule of its own; the jobs' rules are in their capabilities' packages.
 */
package org.estatedesk.jobs;
