package io.partnerdesk.support.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.shared.persistence.RuntimeMode;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import io.partnerdesk.testsupport.Fixtures.Desk;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Searching the support queue by words ({@code GET /api/v1/supportrequests?q=}), each test with a
 * provider of its own: words of the title, the description and the notes, every word required,
 * combined with the other filters, English and Turkish, never another organisation's requests. Runs on
 * the embedded database (words matched as parts of the text) and on PostgreSQL (full-text search,
 * ranked: checked there).
 */
@ExtendWith(ArquillianExtension.class)
class SupportSearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(SupportSearchIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Api api;

    @Inject
    RuntimeMode runtimeMode;

    private Desk desk() {
        return fixtures.desk("Search", "partnerdesk-helpdesk-agents");
    }

    private String open(Desk desk, String title, String description) {
        Api.Response opened = api.send(
                "POST",
                desk.customerAdmin(),
                "api/v1/customer/supportrequests",
                "{\"subscriptionId\":\"%s\",\"title\":\"%s\",\"description\":\"%s\",\"severity\":\"B\"}"
                        .formatted(desk.subscription(), title, description));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().getString("id");
    }

    private void note(Desk desk, String id, String text) {
        Api.Response noted =
                api.send("PATCH", desk.staff(), "api/v1/supportrequests/" + id, "{\"newNote\":\"" + text + "\"}");
        assertThat(noted.status()).as(noted.body()).isEqualTo(200);
    }

    private List<String> search(Desk desk, String words, String more) {
        Api.Response found = api.get(
                desk.staff(), "api/v1/supportrequests?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + more);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonObject list = found.json();
        List<String> ids = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("id"))
                .toList();
        assertThat(list.getInt("totalCount")).isEqualTo(ids.size());
        return ids;
    }

    @Test
    void wordsAreFoundInTheTitleTheDescriptionAndTheNotesAndEveryWordMustBeThere() {
        Desk desk = desk();
        String printer = open(desk, "Printer queue stuck", "Nothing prints since the update.");
        String mailbox = open(desk, "Mailbox full", "The shared mailbox rejects mail from the printer.");
        String calendar = open(desk, "Calendar sharing", "Invitations arrive late.");
        note(desk, calendar, "The printer driver was reinstalled as well.");

        assertThat(search(desk, "printer", "")).containsExactlyInAnyOrder(printer, mailbox, calendar);
        assertThat(search(desk, "Printer queue", "")).containsExactly(printer);
        assertThat(search(desk, "reinstalled", "")).containsExactly(calendar);
        assertThat(search(desk, "mailbox rejects", "")).containsExactly(mailbox);
        assertThat(search(desk, "printer invoice", "")).isEmpty();
        JsonObject second = api.get(desk.staff(), "api/v1/supportrequests?q=printer&size=1&offset=1")
                .json();
        assertThat(second.getInt("totalCount")).isEqualTo(3);
        assertThat(second.getJsonArray("items")).hasSize(1);
        assertThat(second.isNull("next")).as("a search pages by offset").isTrue();
    }

    @Test
    void aSearchCombinesWithTheOtherFiltersAndFindsTurkishWords() {
        Desk desk = desk();
        String kept = open(desk, "Yazıcı kuyruğu takıldı", "Güncellemeden beri yazdırılmıyor.");
        String assigned = open(desk, "Yazıcı sürücüsü", "Sürücü yüklenemiyor.");
        api.send(
                "PATCH", desk.staff(), "api/v1/supportrequests/" + assigned, "{\"assignee\":\"" + desk.staff() + "\"}");

        assertThat(search(desk, "yazıcı", "")).containsExactlyInAnyOrder(kept, assigned);
        assertThat(search(desk, "kuyruğu", "")).containsExactly(kept);
        assertThat(search(desk, "yazıcı", "&assignee=none")).containsExactly(kept);
        assertThat(search(desk, "yazıcı", "&assignee=me")).containsExactly(assigned);
        assertThat(search(desk, "yazıcı", "&status=RESOLVED")).isEmpty();
    }

    @Test
    void anotherOrganisationsRequestsAreNeverFoundAndWildcardsMatchThemselvesOnly() {
        Desk mine = desk();
        Desk theirs = desk();
        String ours = open(mine, "Teams meeting drops", "Calls end after ten minutes.");
        open(theirs, "Teams meeting drops", "Calls end after ten minutes.");

        assertThat(search(mine, "teams meeting", "")).containsExactly(ours);
        assertThat(search(mine, "%", "")).isEmpty();
        assertThat(search(mine, "_", "")).isEmpty();
    }

    @Test
    void theBestMatchComesFirstOnPostgreSql() {
        Desk desk = desk();
        String everywhere = open(desk, "Exchange sync fails", "Exchange sync stopped for all users.");
        note(desk, everywhere, "Exchange sync service restarted.");
        String once = open(desk, "Outlook crashes", "It crashed after the Exchange update.");

        List<String> found = search(desk, "exchange", "");

        assertThat(found).containsExactlyInAnyOrder(everywhere, once);
        if (!runtimeMode.isEmbeddedDatabase()) {
            assertThat(found).containsExactly(everywhere, once);
        }
    }

    @Test
    void aSearchTooLongOrPagedByCursorIsRefusedWithTheApiError() {
        Desk desk = desk();

        Api.Response tooLong = api.get(desk.staff(), "api/v1/supportrequests?q=" + "a".repeat(201));
        Api.Response cursor = api.get(desk.staff(), "api/v1/supportrequests?q=printer&after=abc");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("code")).isEqualTo("INVALID_QUERY_PARAMETER");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.json().getString("code")).isEqualTo("INVALID_PAGING");
    }
}
