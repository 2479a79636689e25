/**
 * Questionnaires and satisfaction surveys (问卷定义): a company's questionnaires with ordered questions and their
 * states, surveys that send a published questionnaire to the owners of an estate (one invitation and token per
 * owner and unit), answers checked against the questions, and the scores per estate.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.3</td><td>questionnaires, surveys, answers, scores</td><td>{@link Questionnaire#check}, {@link QuestionnaireState}, {@link Survey}, {@link SurveyInvitation}, {@link Scores}</td></tr>
 * </table>
 */
package org.estatedesk.surveys;
