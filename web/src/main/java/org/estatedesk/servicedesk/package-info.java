/**
 * Service-desk pages ({@code servicedesk/}): reception, the task list and one task with its actions and callback,
 * the written notice, the issue library with the dispatch table, complaint topics, compensations and contractors.
 * <p>
 * REST resources (under {@code /api/v1}): {@link CallbackResource} ({@code /callbacks}), {@link CallerResource}
 * ({@code /callers}), {@link CategoryResource} ({@code /categories}), {@link CompensationResource}
 * ({@code /compensations}), {@link ContractorResource} ({@code /contractors}), {@link DispatchRuleResource}
 * ({@code /dispatch-rules}), {@link ReceptionResource} ({@code /receptions}), {@link TaskResource} ({@code /tasks}),
 * {@link TopicResource} ({@code /topics}); their DTOs {@link CallbackDto}, {@link CallerCardDto}, {@link CategoryDto},
 * {@link DispatchRuleDto}, {@link ReceptionDto}, {@link TaskActionDto}, {@link TaskDto}, {@link TaskRequestDto}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R1.1</td><td>reception record</td><td>{@link ReceptionBacking}</td></tr>
 * <tr><td>R1.2</td><td>task kinds, quotes</td><td>{@link ReceptionBacking}, {@link TaskBacking}</td></tr>
 * <tr><td>R1.3</td><td>dispatch table</td><td>{@link LibraryBacking}</td></tr>
 * <tr><td>R1.4</td><td>assignment by the supervisor</td><td>{@link TaskBacking}</td></tr>
 * <tr><td>R1.5</td><td>overdue tasks, written notice</td><td>{@link TasksBacking}, {@link NoticeBacking}, {@link NoticePdf}</td></tr>
 * <tr><td>R1.6</td><td>task states and actions, the work order with photos and the owner's signature</td><td>{@link TaskBacking}, {@link TasksBacking}, {@link CompleteTaskBacking}, {@link TaskPhotosBacking}, {@link TaskPhotoResource}</td></tr>
 * <tr><td>R1.7</td><td>callbacks</td><td>{@link TaskBacking}, {@link TasksBacking}</td></tr>
 * <tr><td>R1.11</td><td>issue standard library</td><td>{@link LibraryBacking}</td></tr>
 * <tr><td>R1.3, R1.11 (issue 20)</td><td>the category picker (type-ahead over the library, with the path);
 * re-categorising and transferring a task, its hops named in the history; the callback shown once; the work
 * order's PDF</td><td>{@link CategoryPicker}, {@link TaskBacking}, {@link TaskHistoryComments}, {@link WorkOrderPdf},
 * {@link WorkOrderDownload}, {@link TaskResource}</td></tr>
 * <tr><td>R1.12</td><td>complaint topics</td><td>{@link TopicsBacking}</td></tr>
 * <tr><td>R1.13</td><td>compensation register</td><td>{@link CompensationsBacking}</td></tr>
 * <tr><td>R1.14</td><td>contractors</td><td>{@link ContractorsBacking}</td></tr>
 * <tr><td>R1.1</td><td>API: reception records, the caller's card</td><td>{@link ReceptionResource}, {@link CallerResource}</td></tr>
 * <tr><td>R1.2</td><td>API: tasks and quotes</td><td>{@link TaskResource}</td></tr>
 * <tr><td>R1.3</td><td>API: dispatch table</td><td>{@link DispatchRuleResource}</td></tr>
 * <tr><td>R1.5</td><td>API: due times, overdue</td><td>{@link TaskResource}</td></tr>
 * <tr><td>R1.7</td><td>API: callbacks</td><td>{@link CallbackResource}</td></tr>
 * <tr><td>R1.8</td><td>API: the first responder</td><td>{@link TaskResource}</td></tr>
 * <tr><td>R1.9</td><td>API: customer consultants</td><td>{@link TaskResource}</td></tr>
 * <tr><td>R1.10</td><td>API: escalation level of tasks</td><td>{@link ReceptionResource}, {@link TaskDto}</td></tr>
 * <tr><td>R1.11</td><td>API: issue standard library</td><td>{@link CategoryResource}</td></tr>
 * <tr><td>R1.12</td><td>API: complaint topics</td><td>{@link TopicResource}</td></tr>
 * <tr><td>R1.13</td><td>API: compensations</td><td>{@link CompensationResource}</td></tr>
 * <tr><td>R1.14</td><td>API: contractors</td><td>{@link ContractorResource}</td></tr>
 * </table>
 */
package org.estatedesk.servicedesk;
