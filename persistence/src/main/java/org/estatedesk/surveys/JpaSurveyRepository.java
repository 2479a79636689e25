package org.estatedesk.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {
    private static final String QUESTIONNAIRE_VISIBLE = String.format(DataScope.COMPANY_VISIBLE, "q.companyId");
    private static final String SURVEYS = " from Survey v, Estate e where e.id = v.estateId and "
            + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    public JpaSurveyRepository() {
    }

    /** For tests outside the container. */
    JpaSurveyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Questionnaire questionnaire) {
        em.persist(questionnaire);
    }

    @Override
    public void store(Survey survey) {
        em.persist(survey);
    }

    @Override
    public void remove(Questionnaire questionnaire) {
        em.remove(questionnaire);
    }

    @Override
    public void store(SurveyAnswer answer) {
        em.persist(answer);
    }

    @Override
    public Optional<Questionnaire> questionnaire(long id, DataScope scope) {
        return scope.bind(em.createQuery("select q from Questionnaire q where q.id = :id and " + QUESTIONNAIRE_VISIBLE,
                Questionnaire.class)).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Page<Questionnaire> questionnaires(QuestionnaireState state, DataScope scope, PageRequest page) {
        return PagedQuery.of(em, Questionnaire.class).select("select q").count("select count(q)")
                .from("from Questionnaire q where " + QUESTIONNAIRE_VISIBLE)
                .where(new QueryFilter().and(state, "q.state = :state", "state")).orderBy("order by q.id desc")
                .scope(scope).page(page);
    }

    @Override
    public Optional<Survey> survey(long id, DataScope scope) {
        return scope.bind(em.createQuery("select v" + SURVEYS + " and v.id = :id", Survey.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Survey surveyById(long id) {
        return em.find(Survey.class, id);
    }

    @Override
    public Questionnaire questionnaireById(long id) {
        return em.find(Questionnaire.class, id);
    }

    @Override
    public boolean sent(long questionnaireId, long estateId) {
        return em.createQuery("select count(v) from Survey v where v.questionnaireId = :q and v.estateId = :e",
                Long.class).setParameter("q", questionnaireId).setParameter("e", estateId).getSingleResult() > 0;
    }

    @Override
    public Page<Survey> surveys(Long questionnaireId, Long estateId, DataScope scope, PageRequest page) {
        QueryFilter filter = new QueryFilter().and(questionnaireId, "v.questionnaireId = :q", "q")
                .and(estateId, "v.estateId = :e", "e");
        return PagedQuery.of(em, Survey.class).select("select v").count("select count(v)").from(SURVEYS)
                .where(filter).orderBy("order by v.id desc").scope(scope).page(page);
    }

    private Dialect dialect() {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
    }

    private String nextValue(String sequence) {
        return dialect().getSequenceSupport().getSelectSequenceNextValString(sequence);
    }

    /** 32 hex digits of a random (version 4) UUID: both databases draw them from a cryptographic generator. */
    private String randomToken() {
        String uuid = dialect() instanceof PostgreSQLDialect ? "gen_random_uuid()" : "random_uuid()";
        return "replace(cast(" + uuid + " as varchar(36)), '-', '')";
    }

    @Override
    public int invite(Survey survey) {
        em.flush();
        return em.createNativeQuery("insert into survey_invitation (id, survey_id, company_id, estate_id, unit_id,"
                + " unit_code, owner_id, owner_name, email, token, state, version)"
                + " select " + nextValue("survey_invitation_seq") + ", ?, x.company_id, x.estate_id, x.unit_id,"
                + " x.code, x.owner_id, x.name, x.email, " + randomToken() + ", 'PENDING', 0"
                + " from (select distinct u.company_id, u.estate_id, u.id as unit_id, u.code, o.id as owner_id,"
                + " o.name, o.email from unit u join ownership w on w.unit_id = u.id join owner o on o.id = w.owner_id"
                + " where u.estate_id = ? and w.relation = 'OWNER' and w.end_date is null) x")
                .setParameter(1, survey.getId()).setParameter(2, survey.getEstateId()).executeUpdate();
    }

    @Override
    public List<Long> mailInvitations(Survey survey, String subject, String bodyBefore, String bodyMiddle,
            String bodyAfter, OffsetDateTime now) {
        em.createNativeQuery("insert into notification (id, company_id, kind, target_type, target_id, recipient_user,"
                + " recipient, subject, body, state, attempts, created_at, version)"
                + " select " + nextValue("notification_seq") + ", i.company_id, 'SURVEY_INVITATION',"
                + " 'survey_invitation', i.id, null, i.email, cast(? as varchar(300)),"
                + " cast(? as varchar(1000)) || i.owner_name || cast(? as varchar(1000)) || i.token"
                + " || cast(? as varchar(1000)), 'PENDING', 0, ?, 0"
                + " from survey_invitation i where i.survey_id = ? and i.email is not null and i.email <> ''")
                .setParameter(1, subject.length() > 300 ? subject.substring(0, 300) : subject)
                .setParameter(2, bodyBefore).setParameter(3, bodyMiddle).setParameter(4, bodyAfter)
                .setParameter(5, now).setParameter(6, survey.getId()).executeUpdate();
        return em.createQuery("select n.id from Notification n where n.targetType = 'survey_invitation'"
                + " and n.targetId in (select i.id from SurveyInvitation i where i.surveyId = :s) order by n.id",
                Long.class).setParameter("s", survey.getId()).getResultList();
    }

    @Override
    public Optional<SurveyInvitation> invitation(long id, DataScope scope) {
        return scope.bind(em.createQuery("select i from SurveyInvitation i, Estate e where e.id = i.estateId and "
                + DataScope.ESTATE_VISIBLE + " and i.id = :id", SurveyInvitation.class)).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<SurveyInvitation> invitationByToken(String token) {
        return em.createQuery("select i from SurveyInvitation i where i.token = :t", SurveyInvitation.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    @Override
    public Page<SurveyInvitation> invitations(long surveyId, SurveyInvitation.State state, PageRequest page) {
        QueryFilter filter = new QueryFilter().with("s", surveyId).and(state, "i.state = :st", "st");
        return PagedQuery.of(em, SurveyInvitation.class).select("select i").count("select count(i)")
                .from("from SurveyInvitation i where i.surveyId = :s").where(filter)
                .orderBy("order by i.unitCode, i.id").page(page);
    }

    @Override
    public List<SurveyAnswer> answers(long invitationId) {
        return em.createQuery("select a from SurveyAnswer a where a.invitationId = :i order by a.id",
                SurveyAnswer.class).setParameter("i", invitationId).getResultList();
    }

    @Override
    public List<SurveyAnswer> answersOf(List<Long> invitationIds) {
        if (invitationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from SurveyAnswer a where a.invitationId in :ids order by a.invitationId,"
                + " a.id", SurveyAnswer.class).setParameter("ids", invitationIds).getResultList();
    }

    @Override
    public Map<Long, Scores.Tally> tallies(long surveyId) {
        Map<Long, long[]> sums = new HashMap<>();
        Map<Long, Map<Integer, Long>> options = new HashMap<>();
        for (Object[] r : em.createQuery("select a.questionId, a.optionIndex, count(a), coalesce(sum(a.score), 0)"
                + " from SurveyAnswer a where a.surveyId = :s group by a.questionId, a.optionIndex", Object[].class)
                .setParameter("s", surveyId).getResultList()) {
            long question = ((Number) r[0]).longValue();
            long n = ((Number) r[2]).longValue();
            long[] s = sums.computeIfAbsent(question, k -> new long[2]);
            s[0] += n;
            s[1] += ((Number) r[3]).longValue();
            if (r[1] != null) {
                options.computeIfAbsent(question, k -> new HashMap<>()).put(((Number) r[1]).intValue(), n);
            }
        }
        Map<Long, Scores.Tally> result = new HashMap<>();
        sums.forEach((q, s) -> result.put(q, new Scores.Tally(s[0], s[1], options.getOrDefault(q, Map.of()))));
        return result;
    }

    @Override
    public List<Scores.SurveyScore> scores(List<Long> surveyIds) {
        if (surveyIds.isEmpty()) {
            return List.of();
        }
        List<Scores.SurveyScore> result = new ArrayList<>();
        for (Object[] r : em.createQuery("select v.id, v.estateId, v.invitations,"
                + " (select count(i) from SurveyInvitation i where i.surveyId = v.id and i.state = :answered),"
                + " (select count(a.score) from SurveyAnswer a where a.surveyId = v.id),"
                + " (select coalesce(sum(a2.score), 0) from SurveyAnswer a2 where a2.surveyId = v.id)"
                + " from Survey v where v.id in :ids order by v.id", Object[].class)
                .setParameter("answered", SurveyInvitation.State.ANSWERED).setParameter("ids", surveyIds)
                .getResultList()) {
            result.add(Scores.SurveyScore.of(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue()));
        }
        return result;
    }

    @Override
    public long[] estateFigures(long estateId, OffsetDateTime from, OffsetDateTime to) {
        Object[] r = em.createQuery("select count(distinct i.id), count(a.score), coalesce(sum(a.score), 0)"
                + " from SurveyInvitation i left join SurveyAnswer a on a.invitationId = i.id"
                + " where i.estateId = :e and i.state = :answered and i.answeredAt >= :from and i.answeredAt < :to",
                Object[].class).setParameter("e", estateId).setParameter("answered", SurveyInvitation.State.ANSWERED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()};
    }
}
