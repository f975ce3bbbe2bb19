package org.corebalance.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corebalance.assessment.domain.Answers;
import org.corebalance.assessment.domain.Outcome;
import org.corebalance.assessment.domain.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Assessments (answers and results as JSON) and the record of staff looking at them. */
@Repository
class AssessmentRepository {

    private static final String COLUMNS = """
            id, definition_id, definition_version, status, answers, outcome, consent_version, consent_text,
            consented_at, source, email, copies_sent, lead_status, notes, created_at, completed_at""";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, List<String>>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a finished assessment (completed, or stopped by a red flag) with its consent, answers
     * and result; returns its id. A second one with the same token hash throws {@link
     * org.springframework.dao.DuplicateKeyException}.
     */
    long insertFinished(String tokenHash, Draft draft, AssessmentStatus status, Answers answers, Outcome outcome, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into assessment (token_hash, definition_id, definition_version, status, answers, outcome, flag_urgency,
                                        start_level, consent_version, consent_text, consented_at, source, lead_status, notes,
                                        created_at, updated_at, completed_at, coach_told_at)
                values (:hash, :definition, :version, :status, :answers, :outcome, :urgency, :level, :consentVersion,
                        :consentText, :consented, :source, 'NEW', '', :consented, :now, :now, :told)""")
                .param("hash", tokenHash).param("definition", draft.definitionId()).param("version", draft.definitionVersion())
                .param("status", status.name()).param("answers", JSON.writeValueAsString(answers.asMap()))
                .param("outcome", JSON.writeValueAsString(outcome))
                .param("urgency", outcome.flags().isEmpty() ? null : outcome.flags().get(0).urgency().name())
                .param("level", outcome.level() == null ? null : outcome.level().name())
                .param("consentVersion", draft.consentVersion()).param("consentText", ConsentText.TEXT)
                .param("consented", utc(draft.consented())).param("source", draft.source()).param("now", utc(now))
                .param("told", status == AssessmentStatus.STOPPED ? utc(now) : null)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean exists(String tokenHash) {
        return jdbc.sql("select count(*) from assessment where token_hash = :hash").param("hash", tokenHash)
                .query(Long.class).single() > 0;
    }

    Optional<StoredAssessment> findByTokenHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from assessment where token_hash = :hash").param("hash", tokenHash)
                .query(AssessmentRepository::assessment).optional();
    }

    Optional<StoredAssessment> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from assessment where id = :id").param("id", id)
                .query(AssessmentRepository::assessment).optional();
    }

    /** How urgent the most urgent red flag an assessment raised is; empty when it raised none or is gone. */
    Optional<Urgency> flagUrgency(long id) {
        return jdbc.sql("select flag_urgency from assessment where id = :id and flag_urgency is not null").param("id", id)
                .query(String.class).optional().map(Urgency::valueOf);
    }

    /**
     * Counts a copy sent to {@code email}, which becomes the result's address if it has none; false,
     * changing nothing, when the result has another address or has had {@code max} copies.
     */
    boolean countCopy(long id, String email, int max, Instant now) {
        return jdbc.sql("""
                        update assessment set email = coalesce(email, :email), copies_sent = copies_sent + 1, updated_at = :now
                        where id = :id and copies_sent < :max and (email is null or lower(email) = lower(:email))""")
                .param("email", email).param("now", utc(now)).param("id", id).param("max", max).update() == 1;
    }

    /** False when there is no such assessment. */
    boolean updateLead(long id, LeadStatus status, String notes, Instant now) {
        return jdbc.sql("update assessment set lead_status = :status, notes = :notes, updated_at = :now where id = :id")
                .param("status", status.name()).param("notes", notes).param("now", utc(now)).param("id", id).update() == 1;
    }

    /** Which finished assessments the coach's list shows. Nulls mean "any". */
    record LeadFilter(String flag, String level, String status, Instant from, Instant until) {
    }

    List<StoredAssessment> finished(LeadFilter filter, int limit) {
        var where = new ArrayList<String>();
        var params = new java.util.HashMap<String, Object>();
        if ("none".equals(filter.flag())) {
            where.add("flag_urgency is null");
        } else if ("any".equals(filter.flag())) {
            where.add("flag_urgency is not null");
        } else if (filter.flag() != null) {
            where.add("flag_urgency = :flag");
            params.put("flag", filter.flag());
        }
        if (filter.level() != null) {
            where.add("start_level = :level");
            params.put("level", filter.level());
        }
        if (filter.status() != null) {
            where.add("lead_status = :status");
            params.put("status", filter.status());
        }
        if (filter.from() != null) {
            where.add("completed_at >= :from");
            params.put("from", utc(filter.from()));
        }
        if (filter.until() != null) {
            where.add("completed_at < :until");
            params.put("until", utc(filter.until()));
        }
        params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + " from assessment" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by completed_at desc, id desc limit :limit")
                .params(params).query(AssessmentRepository::assessment).list();
    }

    AssessmentApi.LeadCounts newLeadCounts() {
        return jdbc.sql("select count(*) as total, count(flag_urgency) as flagged from assessment where lead_status = 'NEW'")
                .query((rs, row) -> new AssessmentApi.LeadCounts(rs.getLong("total"), rs.getLong("flagged"))).single();
    }

    /** One entry per assessment, written in one statement however many a list or export shows. */
    void logAccess(Collection<Long> ids, Long accountId, String what, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into assessment_access (assessment_id, account_id, what, accessed_at)
                select id, :account, :what, :now from assessment where id in (:ids)""")
                .param("ids", List.copyOf(ids)).param("account", accountId).param("what", what).param("now", utc(now))
                .update();
    }

    /** Who looked at an assessment and when, newest first. */
    List<Access> accessLog(long id, int limit) {
        return jdbc.sql("""
                select l.what, l.accessed_at, a.display_name from assessment_access l left join account a on a.id = l.account_id
                where l.assessment_id = :id order by l.accessed_at desc, l.id desc limit :limit""")
                .param("id", id).param("limit", limit)
                .query((rs, row) -> new Access(rs.getString("display_name"), rs.getString("what"),
                        rs.getObject("accessed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** One entry of the access log. */
    record Access(String who, String what, Instant when) {
    }

    boolean delete(long id) {
        return jdbc.sql("delete from assessment where id = :id").param("id", id).update() == 1;
    }

    /** Finished assessments the coach has not been told about yet, oldest first. */
    List<StoredAssessment> notYetTold(int limit) {
        return jdbc.sql("select " + COLUMNS + " from assessment where coach_told_at is null order by completed_at, id limit :limit")
                .param("limit", limit).query(AssessmentRepository::assessment).list();
    }

    int markTold(Collection<Long> ids, Instant now) {
        return jdbc.sql("update assessment set coach_told_at = :now where id in (:ids) and coach_told_at is null")
                .param("now", utc(now)).param("ids", List.copyOf(ids)).update();
    }

    private static StoredAssessment assessment(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new StoredAssessment(rs.getLong("id"), rs.getString("definition_id"), rs.getInt("definition_version"),
                AssessmentStatus.valueOf(rs.getString("status")),
                Answers.of(JSON.readValue(rs.getString("answers"), ANSWERS)),
                JSON.readValue(outcome, Outcome.class),
                rs.getString("consent_version"), rs.getString("consent_text"),
                rs.getObject("consented_at", OffsetDateTime.class).toInstant(), rs.getString("source"), rs.getString("email"),
                rs.getInt("copies_sent"),
                LeadStatus.valueOf(rs.getString("lead_status")), rs.getString("notes"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("completed_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
