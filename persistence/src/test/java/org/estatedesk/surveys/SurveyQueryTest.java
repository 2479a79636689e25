package org.estatedesk.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.estatedesk.shared.PageRequest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The surveys' set-based statements on H2 with the migrations (R6.3): the invitations of an estate's current owners
 * in one insert-select (an ended ownership and a tenant left out, a random token each), the e-mails of those with
 * an address in another, and the grouped scores.
 */
class SurveyQueryTest {
    private static final String URL = "jdbc:h2:mem:surveys;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);
    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection sql = DriverManager.getConnection(URL, "sa", ""); Statement s = sql.createStatement()) {
            s.execute("set referential_integrity false");
            s.execute("insert into estate (id, company_id, code, name) values (1, 10, 'E1', 'Estate 1'),"
                    + " (2, 10, 'E2', 'Estate 2')");
            s.execute("insert into unit (id, company_id, estate_id, code, type, area, state) select x, 10,"
                    + " case when x <= 100 then 1 else 2 end, 'U' || x, 'RESIDENCE', 88, 'HANDED_OVER'"
                    + " from (select \"X\" as x from system_range(1, 110)) r");
            // owners 1..100 own units 1..100; every third has an e-mail address
            s.execute("insert into owner (id, company_id, kind, name, id_type, id_number, phone, email, version)"
                    + " select x, 10, 'PERSON', '业主' || x, 'PASSPORT', 'P' || x, '139', case when mod(x, 3) = 0"
                    + " then 'o' || x || '@example.com' end, 0 from (select \"X\" as x from system_range(1, 110)) r");
            s.execute("insert into ownership (id, unit_id, owner_id, relation, start_date, end_date, version)"
                    + " select x, x, x, 'OWNER', date '2020-01-01', null, 0"
                    + " from (select \"X\" as x from system_range(1, 110)) r");
            // an ended ownership and a tenant of unit 1: not invited; owner 1 also owns unit 2: invited twice
            s.execute("insert into ownership (id, unit_id, owner_id, relation, start_date, end_date, version) values"
                    + " (1001, 1, 105, 'OWNER', date '2010-01-01', date '2019-12-31', 0),"
                    + " (1002, 1, 106, 'TENANT', date '2021-01-01', null, 0),"
                    + " (1003, 2, 1, 'OWNER', date '2021-01-01', null, 0)");
        }
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        props.put("jakarta.persistence.jtaDataSource", dataSource);
        props.put("jakarta.persistence.validation.mode", "NONE");
        props.put("hibernate.transaction.jta.platform", "none");
        emf = Persistence.createEntityManagerFactory("estatedesk", props);
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void anEstateIsInvitedMailedAndScoredSetBased() {
        EntityManager em = emf.createEntityManager();
        try {
            JpaSurveyRepository repository = new JpaSurveyRepository(em);
            em.getTransaction().begin();
            Questionnaire q = new Questionnaire(10, "年度满意度", null, List.of(
                    new QuestionDraft(QuestionKind.SCORE, "总体", true, List.of()),
                    new QuestionDraft(QuestionKind.SINGLE_CHOICE, "改进", false, List.of("保洁", "安保"))), "manager",
                    NOW);
            repository.store(q);
            q.publish(NOW);
            Survey survey = new Survey(q, 1, 10, "manager", NOW);
            repository.store(survey);
            assertEquals(101, repository.invite(survey), "100 owners of their units, owner 1 also of unit 2");
            List<Long> mails = repository.mailInvitations(survey, "满意度调查", "尊敬的 ", "：请打开 /a?token=", "。", NOW);
            assertEquals(33, mails.size(), "every third owner has an address");
            survey.invited(101, mails.size());
            em.getTransaction().commit();

            var page = repository.invitations(survey.getId(), null, new PageRequest(0, 500));
            assertEquals(101, page.total());
            var tokens = new HashSet<String>();
            page.items().forEach(i -> tokens.add(i.getToken()));
            assertEquals(101, tokens.size(), "a token each");
            assertTrue(tokens.stream().allMatch(t -> t.matches("[0-9a-f]{32}")), tokens.toString());
            SurveyInvitation three = page.items().stream().filter(i -> i.getOwnerId() == 3).findFirst().orElseThrow();
            String body = em.createQuery("select n.body from Notification n where n.targetId = :i", String.class)
                    .setParameter("i", three.getId()).getSingleResult();
            assertEquals("尊敬的 业主3：请打开 /a?token=" + three.getToken() + "。", body);
            assertTrue(repository.sent(q.getId(), 1));

            em.getTransaction().begin();
            int[] scores = {5, 4, 2};
            List<SurveyInvitation> answering = page.items().subList(0, 3);
            long first = q.getQuestions().get(0).getId();
            long second = q.getQuestions().get(1).getId();
            for (int i = 0; i < 3; i++) {
                SurveyInvitation inv = em.find(SurveyInvitation.class, answering.get(i).getId());
                inv.answered(SurveyInvitation.Channel.PHONE, "frontdesk", NOW);
                for (SurveyAnswer.Value v : q.check(List.of(new AnswerInput(first, scores[i], null, null),
                        new AnswerInput(second, null, i == 0 ? "保洁" : "安保", null)))) {
                    repository.store(new SurveyAnswer(inv, v));
                }
            }
            em.getTransaction().commit();

            Scores.SurveyScore score = repository.scores(List.of(survey.getId())).get(0);
            assertEquals(101, score.invitations());
            assertEquals(3, score.answered());
            assertEquals(new BigDecimal("3.0"), score.responseRate());
            assertEquals(new BigDecimal("3.67"), score.averageScore());
            assertEquals(new BigDecimal("66.7"), score.satisfaction());
            List<Scores.QuestionScore> perQuestion = Scores.perQuestion(q.getQuestions(),
                    repository.tallies(survey.getId()));
            assertEquals(new BigDecimal("3.67"), perQuestion.get(0).average());
            assertEquals(List.of(new Scores.OptionCount("保洁", 1), new Scores.OptionCount("安保", 2)),
                    perQuestion.get(1).options());
            long[] month = repository.estateFigures(1, NOW.minusDays(2), NOW.plusDays(1));
            assertEquals(3, month[0]);
            assertEquals(3, month[1]);
            assertEquals(11, month[2]);
            assertEquals(0, repository.estateFigures(2, NOW.minusDays(2), NOW.plusDays(1))[0]);
        } finally {
            em.close();
        }
    }
}
