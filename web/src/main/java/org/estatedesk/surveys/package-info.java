/**
 * Pages of questionnaires and satisfaction surveys, and the owner's answer page without login.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.3</td><td>questionnaires, surveys, answers</td><td>{@link QuestionnairesBacking}, {@link SurveysBacking}, {@link AnswerBacking}</td></tr>
 * </table>
 */
package org.estatedesk.surveys;
