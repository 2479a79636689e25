/**
 * Service-desk use cases (C1): registering reception records and splitting them into dispatched tasks, working
 * tasks through their states and callbacks, keeping the issue standard library and the dispatch table, complaint
 * topics, compensations and contractors. The rules themselves live in the domain objects of the persistence
 * module's package of the same name. Billing is built on the service desk: the desk tells it of a completed task
 * by the event {@link TaskCompleted} and asks a unit's arrears through the port {@link UnitBalances}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R1.1</td><td>register a reception record; the caller's card</td><td>{@link ReceptionService#register}, {@link ReceptionService#callerCard}</td></tr>
 * <tr><td>R1.2</td><td>split into tasks of a kind; quotes of paid services</td><td>{@link ReceptionService#split}, {@link TaskService#quote}, {@link TaskService#decideQuote}</td></tr>
 * <tr><td>R1.3</td><td>dispatch by the table</td><td>{@link ReceptionService#split}, {@link IssueLibraryService#route}</td></tr>
 * <tr><td>R1.4</td><td>to a supervisor, who assigns</td><td>{@link TaskService#assign}, {@link ServiceDeskRoles}, {@link ServiceDeskNotifications#taskCreated}</td></tr>
 * <tr><td>R1.5</td><td>due times, written notice, overdue reports</td><td>{@link ReceptionService#split}, {@link TaskService#writtenNotice}, {@link ServiceDeskNotifications#reportBreaches}, {@link ServiceDeskClock}</td></tr>
 * <tr><td>R1.6</td><td>task transitions with who and when; the work order's photos; tasks listed with where they are</td><td>{@link TaskService#progress}, {@link TaskService#finish}, {@link TaskPhotoService}, {@link TaskLine}</td></tr>
 * <tr><td>R1.3, R1.11 (issue 20)</td><td>correcting the split: re-categorise (re-dispatched by the table, the due time
 * recomputed for a new tier) or transfer a running task, by the desk or the department's supervisor, each a hop of
 * the history; the printed work order</td><td>{@link TaskService#recategorise}, {@link TaskService#transfer},
 * {@link TaskService#workOrderSheet}, {@link WorkOrderSheet}</td></tr>
 * <tr><td>R1.7</td><td>callbacks</td><td>{@link CallbackService#callback}, {@link CallbackService#awaitingCallback}</td></tr>
 * <tr><td>R1.8</td><td>first-responder ownership</td><td>{@link ReceptionService#split}</td></tr>
 * <tr><td>R1.10</td><td>escalation on repeats</td><td>{@link ReceptionService#split}, {@link ServiceDeskNotifications}</td></tr>
 * <tr><td>R1.11</td><td>issue standard library</td><td>{@link IssueLibraryService#installStandard}, {@link IssueLibraryService#create}</td></tr>
 * <tr><td>R1.12</td><td>complaint topics</td><td>{@link TopicService#gather}, {@link TopicService#resolve}</td></tr>
 * <tr><td>R1.13</td><td>compensation register</td><td>{@link CompensationService#request}, {@link CompensationService#decide}</td></tr>
 * <tr><td>R1.14</td><td>contractors, warranty defects to the contractor, monthly settlement</td><td>{@link ContractorService#settlement}, {@link ReceptionService#split}</td></tr>
 * <tr><td>R0.9</td><td>SLA durations and callback delay per company</td><td>{@link ServiceDeskClock}</td></tr>
 * <tr><td>R4.1</td><td>a paid special service billed</td><td>{@link TaskService#finish} fires {@link TaskCompleted}; billing's {@code SpecialServiceCharges} charges it</td></tr>
 * </table>
 */
package org.estatedesk.servicedesk;
