/**
 * The service desk (C1): reception records (R1.1) split into tasks (R1.2), dispatch through a per-company table
 * (R1.3, R1.4), SLA tiers and due times (R1.5: day tiers and the warranty contact in working days by the company's
 * calendar, the clock stopped while a task waits on the customer), the task state machine and its history (R1.6), callbacks (R1.7),
 * first-responder ownership (R1.8), escalation on repeats (R1.10) and the issue standard library (R1.11). Who may
 * work an assigned task (its assignee, his supervisors, the CS manager) is {@code Task.checkWorkableBy}. A paid
 * special service (R1.2) carries its {@code Quote} and the owner's answer, and is charged once at completion.
 */
package org.estatedesk.servicedesk;
