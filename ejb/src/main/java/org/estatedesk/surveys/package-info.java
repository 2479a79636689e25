/**
 * Questionnaires and satisfaction surveys: {@link QuestionnaireService} defines and publishes questionnaires,
 * {@link SurveyService} sends them to an estate's owners, records answers taken by staff and reports the scores,
 * {@link OwnerAnswerService} is the owner's link (no login).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.3</td><td>define, send, answer, score</td><td>{@link QuestionnaireService#define}, {@link SurveyService#send}, {@link OwnerAnswerService#answer}, {@link SurveyService#scores}</td></tr>
 * <tr><td>R6.2</td><td>satisfaction of the month's surveys</td><td>{@link SurveySatisfaction}</td></tr>
 * </table>
 */
package org.estatedesk.surveys;
