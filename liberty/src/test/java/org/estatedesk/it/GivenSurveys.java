package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test data of surveys (R6.3): the single-use answer link an owner receives by e-mail. */
final class GivenSurveys {
    private static final Pattern TOKEN = Pattern.compile("token=([0-9a-f]{32})");

    private GivenSurveys() {
    }

    /** The token of the survey link in the invitation mailed to {@code email}. */
    static String token(String email) {
        SmtpSink.Mail mail = SmtpSink.get().await(m -> m.recipients().contains(email), Duration.ofSeconds(60));
        assertTrue(mail.subject().startsWith("满意度调查"), mail.subject());
        Matcher m = TOKEN.matcher(mail.body());
        assertTrue(m.find(), mail.body());
        return m.group(1);
    }
}
