/**
 * Service-desk pages ({@code servicedesk/}): reception, the task list and one task with its actions and callback,
 * the written notice, the issue library with the dispatch table, complaint topics, compensations and contractors.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R1.1</td><td>reception record</td><td>{@link ReceptionBacking}</td></tr>
 * <tr><td>R1.2</td><td>task kinds, quotes</td><td>{@link ReceptionBacking}, {@link TaskBacking}</td></tr>
 * <tr><td>R1.3</td><td>dispatch table</td><td>{@link LibraryBacking}</td></tr>
 * <tr><td>R1.4</td><td>assignment by the supervisor</td><td>{@link TaskBacking}</td></tr>
 * <tr><td>R1.5</td><td>overdue tasks, written notice</td><td>{@link TasksBacking}, {@link NoticeBacking}, {@link NoticePdf}</td></tr>
 * <tr><td>R1.6</td><td>task states and actions</td><td>{@link TaskBacking}, {@link TasksBacking}</td></tr>
 * <tr><td>R1.7</td><td>callbacks</td><td>{@link TaskBacking}, {@link TasksBacking}</td></tr>
 * <tr><td>R1.11</td><td>issue standard library</td><td>{@link LibraryBacking}</td></tr>
 * <tr><td>R1.12</td><td>complaint topics</td><td>{@link TopicsBacking}</td></tr>
 * <tr><td>R1.13</td><td>compensation register</td><td>{@link CompensationsBacking}</td></tr>
 * <tr><td>R1.14</td><td>contractors</td><td>{@link ContractorsBacking}</td></tr>
 * </table>
 */
package org.estatedesk.servicedesk;
