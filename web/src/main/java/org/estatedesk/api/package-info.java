/**
 * The JSON API under {@code /api/v1}: thin resources over the EJB services, HTTP Basic authentication, errors as
 * RFC 9457 {@code application/problem+json} from one mapper ({@link ProblemMapper}). Today every capability's
 * resources and their DTOs live here; issue 19 (part 1) moves them beside their capability's pages, leaving the
 * application class, the problem mapper and shared paging.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.1</td><td>organisation tree</td><td>{@link CompanyResource}</td></tr>
 * <tr><td>R0.2</td><td>estates, buildings, units</td><td>{@link EstateResource}</td></tr>
 * <tr><td>R0.3</td><td>unit generation</td><td>{@link UnitGenerationResource}</td></tr>
 * <tr><td>R0.4</td><td>owner ledger</td><td>{@link OwnerResource}</td></tr>
 * <tr><td>R0.5</td><td>users and roles</td><td>{@link UserResource}, {@link MeResource}</td></tr>
 * <tr><td>R0.6</td><td>user scopes</td><td>{@link UserResource}</td></tr>
 * <tr><td>R0.8</td><td>operation log search and export</td><td>{@link OperationLogResource}</td></tr>
 * <tr><td>R0.9</td><td>business parameters and holidays</td><td>{@link ParameterResource}, {@link HolidayResource}</td></tr>
 * <tr><td>R0.11</td><td>clearing a company's data</td><td>{@link CompanyResource}</td></tr>
 * <tr><td>R1.1</td><td>reception records, the caller's card</td><td>{@link ReceptionResource}, {@link CallerResource}</td></tr>
 * <tr><td>R1.2</td><td>tasks and quotes</td><td>{@link TaskResource}</td></tr>
 * <tr><td>R1.3</td><td>dispatch table</td><td>{@link DispatchRuleResource}</td></tr>
 * <tr><td>R1.5</td><td>due times, overdue</td><td>{@link TaskResource}</td></tr>
 * <tr><td>R1.7</td><td>callbacks</td><td>{@link CallbackResource}</td></tr>
 * <tr><td>R1.8</td><td>the first responder</td><td>{@link TaskResource}</td></tr>
 * <tr><td>R1.9</td><td>customer consultants</td><td>{@link OwnerResource}, {@link TaskResource}</td></tr>
 * <tr><td>R1.10</td><td>escalation level of tasks</td><td>{@link ReceptionResource}, {@link TaskDto}</td></tr>
 * <tr><td>R1.11</td><td>issue standard library</td><td>{@link CategoryResource}</td></tr>
 * <tr><td>R1.12</td><td>complaint topics</td><td>{@link TopicResource}</td></tr>
 * <tr><td>R1.13</td><td>compensations</td><td>{@link CompensationResource}</td></tr>
 * <tr><td>R1.14</td><td>contractors</td><td>{@link ContractorResource}</td></tr>
 * <tr><td>R3.1</td><td>decoration applications and permits</td><td>{@link DecorationResource}</td></tr>
 * <tr><td>R3.2</td><td>alterations</td><td>{@link DecorationResource}</td></tr>
 * <tr><td>R3.3</td><td>decoration patrols</td><td>{@link DecorationResource}, {@link ViolationResource}</td></tr>
 * <tr><td>R3.4</td><td>violations</td><td>{@link ViolationResource}</td></tr>
 * <tr><td>R3.5</td><td>completion acceptance, deposit</td><td>{@link DecorationResource}, {@link DepositResource}</td></tr>
 * <tr><td>R3.6</td><td>passes</td><td>{@link PassResource}</td></tr>
 * <tr><td>R3.7</td><td>move-out</td><td>{@link RelocationResource}</td></tr>
 * <tr><td>R3.8</td><td>hot-water sealing</td><td>{@link HotWaterResource}</td></tr>
 * <tr><td>R3.9</td><td>approval inbox</td><td>{@link ApprovalResource}</td></tr>
 * <tr><td>R4.1</td><td>fee items, contracts, deposits</td><td>{@link FeeResource}, {@link ContractResource}, {@link DepositResource}</td></tr>
 * <tr><td>R4.2</td><td>meter readings</td><td>{@link MeterReadingResource}</td></tr>
 * <tr><td>R4.3</td><td>billing runs and bills</td><td>{@link BillingResource}, {@link BillResource}</td></tr>
 * <tr><td>R4.4</td><td>payments and receipts</td><td>{@link PaymentResource}, {@link UnitAccountResource}</td></tr>
 * <tr><td>R4.5</td><td>late-fee runs</td><td>{@link LateFeeResource}</td></tr>
 * <tr><td>R4.6</td><td>dunning</td><td>{@link DunningResource}</td></tr>
 * <tr><td>R4.7</td><td>statements</td><td>{@link StatementResource}</td></tr>
 * <tr><td>R4.8</td><td>prepaid balances</td><td>{@link PrepaidResource}</td></tr>
 * <tr><td>R5.1</td><td>keys and loans</td><td>{@link KeyResource}, {@link KeyLoanResource}</td></tr>
 * <tr><td>R5.2</td><td>archives and borrowing</td><td>{@link ArchiveResource}, {@link ArchiveBorrowResource}, {@link ArchiveRequirementResource}</td></tr>
 * <tr><td>R5.3</td><td>archive audits and findings</td><td>{@link ArchiveAuditResource}, {@link ArchiveAuditFindingResource}</td></tr>
 * <tr><td>R6.1</td><td>workbench counts</td><td>{@link WorkbenchResource}</td></tr>
 * <tr><td>R6.2</td><td>monthly statistics</td><td>{@link StatisticsResource}</td></tr>
 * <tr><td>R6.3</td><td>questionnaires, surveys, the owner's answer</td><td>{@link QuestionnaireResource}, {@link SurveyResource}, {@link InvitationResource}, {@link PublicSurveyResource}</td></tr>
 * <tr><td>R6.4</td><td>work log and reviews</td><td>{@link WorkLogResource}, {@link WorkLogReviewResource}</td></tr>
 * </table>
 */
package org.estatedesk.api;
