/**
 * Pages of questionnaires and satisfaction surveys, and the owner's answer page without login.
 * <p>
 * REST resources (under {@code /api/v1}): {@link InvitationResource} ({@code /invitations}),
 * {@link PublicSurveyResource} ({@code /public/surveys}), {@link QuestionnaireResource} ({@code /questionnaires}),
 * {@link SurveyResource} ({@code /surveys}); an answer in their bodies: {@link SurveyAnswerRequest}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.3</td><td>questionnaires, surveys, answers</td><td>{@link QuestionnairesBacking}, {@link SurveysBacking}, {@link AnswerBacking}</td></tr>
 * <tr><td>R6.3</td><td>API: questionnaires, surveys, the owner's answer</td><td>{@link QuestionnaireResource}, {@link SurveyResource}, {@link InvitationResource}, {@link PublicSurveyResource}</td></tr>
 * </table>
 */
package org.estatedesk.surveys;
