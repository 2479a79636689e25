-- Questionnaires and satisfaction surveys (问卷定义, R6.3). A questionnaire belongs to a company: title, description
-- and ordered questions (SCORE 1-5, SINGLE_CHOICE with its options, TEXT); DRAFT -> PUBLISHED (questions frozen) ->
-- CLOSED. A survey sends a published questionnaire to the owners of an estate: one invitation per current owner
-- and unit, each with its own unguessable single-use token, written set-based (insert-select) together with the
-- e-mails of the owners who have an address. Answers are recorded by staff (phone, visit) or by the owner through
-- the token link; the scores per estate are grouped SQL over survey_answer.
create sequence questionnaire_seq start with 1 increment by 50;
create table questionnaire (
    id bigint primary key,
    company_id bigint not null,
    title varchar(200) not null,
    description varchar(2000),
    state varchar(20) not null,
    created_by varchar(60) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    published_at timestamp with time zone,
    closed_at timestamp with time zone,
    version integer not null
);
create index ix_questionnaire_company on questionnaire (company_id, state, id);
alter table questionnaire add constraint fk_questionnaire_company foreign key (company_id) references org_unit (id);

create sequence survey_question_seq start with 1 increment by 50;
create table survey_question (
    id bigint primary key,
    questionnaire_id bigint not null,
    seq_no integer not null,
    kind varchar(20) not null,
    question_text varchar(500) not null,
    required boolean not null,
    options varchar(2500),
    version integer not null
);
create index ix_survey_question_questionnaire on survey_question (questionnaire_id, seq_no);
alter table survey_question add constraint fk_survey_question_questionnaire foreign key (questionnaire_id)
    references questionnaire (id);

create sequence survey_seq start with 1 increment by 50;
create table survey (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    questionnaire_id bigint not null,
    invitations integer not null,
    emails integer not null,
    sent_by varchar(60) not null,
    sent_at timestamp with time zone not null,
    version integer not null,
    constraint uk_survey_estate unique (questionnaire_id, estate_id)
);
create index ix_survey_estate on survey (estate_id, sent_at);
alter table survey add constraint fk_survey_company foreign key (company_id) references org_unit (id);
alter table survey add constraint fk_survey_estate foreign key (estate_id) references estate (id);
alter table survey add constraint fk_survey_questionnaire foreign key (questionnaire_id) references questionnaire (id);

-- ids come from the sequence in the insert-select itself, one value per row (Hibernate never allocates from it:
-- the rows are only ever written by that statement), hence the increment of 1
create sequence survey_invitation_seq start with 1 increment by 1;
create table survey_invitation (
    id bigint primary key,
    survey_id bigint not null,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint not null,
    unit_code varchar(60) not null,
    owner_id bigint not null,
    owner_name varchar(200) not null,
    email varchar(200),
    token varchar(64) not null,
    state varchar(20) not null,
    channel varchar(20),
    answered_by varchar(60),
    answered_at timestamp with time zone,
    version integer not null,
    constraint uk_survey_invitation_token unique (token),
    constraint uk_survey_invitation_owner unique (survey_id, unit_id, owner_id)
);
create index ix_survey_invitation_state on survey_invitation (survey_id, state, id);
create index ix_survey_invitation_estate on survey_invitation (estate_id, answered_at);
alter table survey_invitation add constraint fk_survey_invitation_survey foreign key (survey_id) references survey (id);
alter table survey_invitation add constraint fk_survey_invitation_unit foreign key (unit_id) references unit (id);
alter table survey_invitation add constraint fk_survey_invitation_owner foreign key (owner_id) references owner (id);

create sequence survey_answer_seq start with 1 increment by 50;
create table survey_answer (
    id bigint primary key,
    invitation_id bigint not null,
    survey_id bigint not null,
    question_id bigint not null,
    score integer,
    option_index integer,
    answer_text varchar(2000),
    version integer not null,
    constraint uk_survey_answer unique (invitation_id, question_id)
);
create index ix_survey_answer_survey on survey_answer (survey_id, question_id);
alter table survey_answer add constraint fk_survey_answer_invitation foreign key (invitation_id)
    references survey_invitation (id);
alter table survey_answer add constraint fk_survey_answer_question foreign key (question_id)
    references survey_question (id);
