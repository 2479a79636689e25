/** Pages of questionnaires and satisfaction surveys (R6.3), and the owner's answer page without login. */
package org.estatedesk.surveys;
