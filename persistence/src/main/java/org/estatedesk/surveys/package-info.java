/**
 * Questionnaires and satisfaction surveys (问卷定义, R6.3): a company's questionnaires with ordered questions and their
 * states ({@link org.estatedesk.surveys.QuestionnaireState}), surveys that send a published questionnaire to the
 * owners of an estate (one invitation and token per owner and unit), answers checked against the questions, and
 * the scores per estate ({@link org.estatedesk.surveys.Scores}).
 */
package org.estatedesk.surveys;
