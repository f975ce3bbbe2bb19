package org.corebalance.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import org.corebalance.CoreBalanceTest;
import org.corebalance.Http;
import org.corebalance.membership.StaffFixtures;
import org.corebalance.shared.SecretTokens;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The owner's view of leads: list, filters, one lead's answers, notes, CSV, and the access log. */
@CoreBalanceTest
@Import(StaffFixtures.class)
class LeadsAdminTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffFixtures staff;
    @Autowired
    AssessmentJobs jobs;

    private long take(boolean redFlag) {
        var safety = new LinkedHashMap<>(AssessmentTests.SAFETY);
        if (redFlag) {
            safety.put("cancer_history", List.of("yes"));
        }
        String token = AssessmentTests.takeWhole(new Http(port), safety, "/blog/bridge-done-well");
        return jdbc.sql("select id from assessment where token_hash = :h").param("h", SecretTokens.sha256(token)).query(Long.class).single();
    }

    private Http owner() {
        Http owner = Http.withCookies(port);
        owner.submit("/login", "/login", "email", staff.owner(), "password", StaffFixtures.PASSWORD);
        return owner;
    }

    private long accesses(long id, String what) {
        return jdbc.sql("select count(*) from assessment_access where assessment_id = :id and what = :what")
                .param("id", id).param("what", what).query(Long.class).single();
    }

    @Test
    void theOwnerSeesLeadsFiltersThemAndEveryLookIsRecorded() {
        long ok = take(false);
        long flagged = take(true);
        Http owner = owner();

        Document all = owner.page("/admin/leads");
        assertThat(all.select("a[href=/admin/leads/" + ok + "]")).hasSize(1);
        assertThat(all.select("a[href=/admin/leads/" + flagged + "]")).hasSize(1);
        assertThat(accesses(ok, "list")).isEqualTo(1);

        Document flaggedOnly = owner.page("/admin/leads?flag=TODAY");
        assertThat(flaggedOnly.select("a[href=/admin/leads/" + flagged + "]")).hasSize(1);
        assertThat(flaggedOnly.select("a[href=/admin/leads/" + ok + "]")).isEmpty();
        Document noFlag = owner.page("/admin/leads?flag=none&from=2026-11-24&until=2026-11-24");
        assertThat(noFlag.select("a[href=/admin/leads/" + ok + "]")).hasSize(1);
        assertThat(noFlag.select("a[href=/admin/leads/" + flagged + "]")).isEmpty();

        Document lead = owner.page("/admin/leads/" + ok);
        assertThat(lead.select("table").text()).contains("Your pain", "Sitting");
        assertThat(lead.select(".message-facts").text()).contains("/blog/bridge-done-well", "Given", ConsentText.VERSION);
        assertThat(accesses(ok, "view")).isEqualTo(1);
        assertThat(owner.page("/admin/leads/" + ok).select(".access-log").text()).contains("(view)", "(list)");

        HttpResponse<String> saved = owner.submit("/admin/leads/" + ok, "/admin/leads/" + ok, "status", "CONTACTED",
                "notes", "Called on Tuesday; wants to start after the holidays.");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select lead_status from assessment where id = :id").param("id", ok).query(String.class).single())
                .isEqualTo("CONTACTED");
        Document stillNew = owner.page("/admin/leads?status=NEW");
        assertThat(stillNew.select("a[href=/admin/leads/" + flagged + "]")).hasSize(1);
        assertThat(stillNew.select("a[href=/admin/leads/" + ok + "]")).isEmpty();
        assertThat(stillNew.select("#status option[selected]").text()).isEqualTo("New");
        assertThat(owner.page("/admin/leads?status=CONTACTED").select("a[href=/admin/leads/" + ok + "]")).hasSize(1);
        assertThat(owner.get("/admin/leads/99999999").statusCode()).isEqualTo(404);

        HttpResponse<String> csv = owner.get("/admin/leads.csv?flag=TODAY");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("leads.csv");
        assertThat(csv.body()).startsWith("\"id\",\"completed_utc\"").contains("\"" + flagged + "\"", "cancer_history=yes")
                .doesNotContain("\"" + ok + "\",");
        assertThat(accesses(flagged, "export")).isEqualTo(1);

        assertThat(owner.submit("/admin/leads/" + flagged, "/admin/leads/" + flagged + "/delete").statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from assessment where id = :id").param("id", flagged).query(Long.class).single()).isZero();
        assertThat(accesses(flagged, "view")).isZero();
        assertThat(owner.submit("/admin/leads", "/admin/leads/" + flagged + "/delete").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheOwnerSeesLeads() {
        Http editor = Http.withCookies(port);
        editor.submit("/login", "/login", "email", staff.editor(), "password", StaffFixtures.PASSWORD);
        assertThat(editor.get("/admin/leads").statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/leads.csv").statusCode()).isEqualTo(403);
        assertThat(new Http(port).get("/admin/leads").statusCode()).isEqualTo(302);
    }

    @Test
    void theCoachHearsOfNewLeadsInOneEmailAndOfARedFlagAtOnce() {
        jobs.tellCoachOfNewLeads();
        long first = take(false);
        long second = take(false);
        long flagged = take(true);
        assertThat(jobs.tellCoachOfNewLeads()).isEqualTo(2);
        assertThat(jobs.tellCoachOfNewLeads()).isZero();
        String digest = jdbc.sql("select body_text from mail_outbox where kind = 'assessment-leads' and body_text like :p")
                .param("p", "%/admin/leads/" + first + "\n%").query(String.class).single();
        assertThat(digest).contains("/admin/leads/" + second).doesNotContain("/admin/leads/" + flagged + "\n");
    }
}
