/**
 * The service desk (C1): reception records split into tasks, dispatch through a per-company table, SLA tiers and
 * due times (day tiers and the warranty contact in working days by the company's calendar, the clock stopped while
 * a task waits on the customer), the task state machine and its history, callbacks, first-responder ownership,
 * escalation on repeats, the issue standard library, complaint topics, compensations and contractors. Who may work
 * an assigned task (its assignee, his supervisors, the CS manager) is {@link Task#checkWorkableBy}. A paid special
 * service carries its {@link Quote} and the owner's answer, and is charged once at completion. A compensation is a
 * {@link org.estatedesk.shared.DecidedEstateForm} (the form kernel's estate and decision), a task's history line a
 * {@link org.estatedesk.shared.HistoryEntry}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R1.1</td><td>reception record, five clear facts, its states</td><td>{@link Reception}, {@link ReceptionState}, {@link Channel}</td></tr>
 * <tr><td>R1.2</td><td>task kinds, complaint types, paid special service</td><td>{@link TaskKind}, {@link ComplaintType}, {@link Task#quote}, {@link Task#decideQuote}, {@link WorkOrder}</td></tr>
 * <tr><td>R1.3</td><td>dispatch scope as data</td><td>{@link DispatchRule}, {@link Department}, {@link LocationKind}, {@link CategoryRepository}</td></tr>
 * <tr><td>R1.4</td><td>dispatch to a supervisor, who assigns a technician</td><td>{@link Task#checkWorkableBy}, {@link TaskAction}</td></tr>
 * <tr><td>R1.5</td><td>SLA tiers, due times, warranty contact, overdue</td><td>{@link SlaPolicy#dueAt}, {@link SlaPolicy#warrantyContactBy}, {@link SlaTier}, {@link Task#isOverdue}</td></tr>
 * <tr><td>R1.6</td><td>task state machine, history, work order (a repair completes with arrival, work done and the owner's confirmation; its photos; where the task is)</td><td>{@link TaskState}, {@link Task#act}, {@link TaskEvent}, {@link WorkOrder#checkDoneOnSite}, {@link TaskPhoto}, {@link TaskSite}</td></tr>
 * <tr><td>R1.7</td><td>callback due and result; dissatisfied reopens</td><td>{@link Task#callback}, {@link Callback}, {@link CallbackResult}, {@link TaskRepository#callbackFigures}</td></tr>
 * <tr><td>R1.8</td><td>first-responder ownership</td><td>{@link Task#getOwner} (the first responder, set when the reception is split)</td></tr>
 * <tr><td>R1.9</td><td>tasks of a consultant's customers</td><td>{@link TaskFilter#withConsultant}</td></tr>
 * <tr><td>R1.10</td><td>escalation on repeats</td><td>{@link Escalation#assess}, {@link EscalationLevel}, {@link TaskRepository#earlierReports}</td></tr>
 * <tr><td>R1.11</td><td>issue standard library</td><td>{@link IssueCategory}, {@link StandardLibrary}</td></tr>
 * <tr><td>R1.12</td><td>complaint topics</td><td>{@link ComplaintTopic}, {@link Task#joinTopic}</td></tr>
 * <tr><td>R1.13</td><td>compensation register</td><td>{@link Compensation}, {@link Bearer}</td></tr>
 * <tr><td>R1.14</td><td>contractors, scopes and warranty periods</td><td>{@link Contractor}, {@link ContractorScope}, {@link Task#underWarranty}</td></tr>
 * <tr><td>R1.3, R1.11 (issue 20)</td><td>correcting the split: re-categorise (the dispatch table may send the task
 * to another department; the tier follows the new category's default unless emergency, agreed or under warranty,
 * and the due time is recomputed from the creation) or transfer to another department (back to TO_ASSIGN, no
 * technician), while the task runs (not completed, not waiting on the customer: 409), by the desk (front desk, CS
 * assistant, CS supervisor, CS manager, administrator) or a supervisor of the task's department (403 otherwise),
 * always with a reason; each is a hop of the history (who, when, from → to, why)</td><td>{@link Task#recategorise},
 * {@link Task#transfer}, {@link Task#checkRoutableBy}, {@link Task#tierOnRecategorising}, {@link TaskEvent#isHop}</td></tr>
 * </table>
 */
package org.estatedesk.servicedesk;
