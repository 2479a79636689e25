/**
 * Questionnaires and satisfaction surveys (R6.3): {@link org.estatedesk.surveys.QuestionnaireService} defines and
 * publishes questionnaires, {@link org.estatedesk.surveys.SurveyService} sends them to an estate's owners, records
 * answers taken by staff and reports the scores, {@link org.estatedesk.surveys.OwnerAnswerService} is the owner's
 * link (no login).
 */
package org.estatedesk.surveys;
