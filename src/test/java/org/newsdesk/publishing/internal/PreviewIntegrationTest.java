package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.publishing.PreviewLink;
import org.newsdesk.publishing.PreviewService;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.testing.TestClock;
import org.newsdesk.testing.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A reviewer shares a preview of a story that is not published: the link opens it for someone
 * signed out, as readers will see it, marked as a preview and kept out of caches and search
 * engines; it stops working when it expires (the test moves the clock) or is revoked, and the
 * story never shows in the feeds or the sitemap.
 */
@IntegrationTest
@Tag("own-context")
@Import(PreviewIntegrationTest.ControlledClock.class)
class PreviewIntegrationTest {

    static final Instant START = Instant.parse("2022-06-01T08:00:00Z");

    @TestConfiguration
    static class ControlledClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(START);
        }
    }

    @Autowired ApplicationContext context;
    @Autowired TestClock clock;
    @Autowired PreviewService previews;
    @Autowired StoryService stories;
    @LocalServerPort int port;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    HttpResponse<String> get(String pathOrUrl) throws Exception {
        URI given = URI.create(pathOrUrl);
        URI local = URI.create("http://localhost:" + port + given.getRawPath());
        return http.send(HttpRequest.newBuilder(local).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theEditorsOwnPreviewOpensInTheirBrowserOnceSignedIn() throws Exception {
        Desk desk = new Desk(context);
        String run = UUID.randomUUID().toString().substring(0, 8);
        StoryId id = desk.approved("Desk preview of the chip deal " + run);
        SignIn.out();

        WebClient browser = new WebClient(port);
        browser.signIn("editor", "editor-demo");
        HttpResponse<String> page = browser.get("/desk-preview/stories/" + id.value());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Preview — not published", "Desk preview of the chip deal " + run + " (en)");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(browser.get("/desk-preview/stories/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aSharedLinkShowsTheUnpublishedStoryToAnyoneUntilItExpiresOrIsRevoked() throws Exception {
        Desk desk = new Desk(context);
        String run = UUID.randomUUID().toString().substring(0, 8);
        StoryId id = desk.approved("Preview of the chip deal " + run);

        PreviewLink link = desk.as("reviewer", () -> previews.share(id));
        assertThat(link.expiresAt()).isEqualTo(START.plus(Duration.ofHours(48)));
        SignIn.out();

        // signed out, with nothing but the link
        HttpResponse<String> page = get(link.url());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Preview — not published", "Preview of the chip deal " + run + " (en)",
                "Preview of the chip deal " + run + " (zh)", "<meta name=\"robots\" content=\"noindex, nofollow\">");
        assertThat(page.body()).doesNotContain("rel=\"canonical\"");
        // it was never published: no publication date made up from the time of the preview
        assertThat(page.body()).contains("This version is not published yet").doesNotContain(">Published<", ">Updated<");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store").contains("private");
        assertThat(page.headers().firstValue("X-Robots-Tag").orElseThrow()).contains("noindex");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");

        // never listed anywhere public
        for (String path : new String[] {"/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json", "/sitemap.xml", "/news"}) {
            assertThat(get(path).body()).as(path).doesNotContain(run);
        }
        assertThat(get("/api/v1/articles?limit=100").body()).doesNotContain(run);

        // a minute before it expires it works; at 48 h it does not
        clock.advance(Duration.ofHours(48).minusMinutes(1));
        assertThat(get(link.url()).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        HttpResponse<String> expired = get(link.url());
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("This preview link expired on 2022-06-03 08:00 UTC.");

        // a new link, revoked: gone at once
        PreviewLink second = desk.as("editor", () -> previews.share(id));
        assertThat(get(second.url()).statusCode()).isEqualTo(200);
        desk.as("editor", () -> previews.revoke(second.id()));
        HttpResponse<String> revoked = get(second.url());
        assertThat(revoked.statusCode()).isEqualTo(410);
        assertThat(revoked.body()).contains("revoked");
        assertThat(desk.as("editor", () -> previews.links(id))).extracting(PreviewLink::url).containsOnlyNulls();

        // a made-up or truncated token opens nothing
        assertThat(get("/preview/" + "A".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(get(second.url().substring(0, second.url().length() - 3)).statusCode()).isEqualTo(404);
        // the desk's own preview address needs a signed-in person
        HttpResponse<String> desks = get("/desk-preview/stories/" + id.value());
        assertThat(desks.statusCode()).isIn(302, 401, 403);
        assertThat(desks.body()).doesNotContain(run);
    }

    @Test
    void aPreviewOfAStoryNobodyApprovedSaysSoAndNamesNoAddressItDoesNotHave() throws Exception {
        Desk desk = new Desk(context);
        String run = UUID.randomUUID().toString().substring(0, 8);
        StoryId draft = desk.storyFromSource("Source " + run, "FrenchWeb", "https://www.frenchweb.fr/" + run, "Mistral AI raised money.");
        desk.as("editor", () -> stories.saveContent(draft, stories.get(draft).version(), desk.content("Draft only " + run), null));
        StoryId approved = desk.approved("Approved already " + run);

        String draftPage = get(desk.as("editor", () -> previews.share(draft)).url()).body();
        assertThat(draftPage).contains("Draft only " + run, "Nobody has reviewed and approved it yet.")
                .doesNotContain("reviewed and approved by", "preview-" + draft.value(), "og:url");
        String approvedPage = get(desk.as("reviewer", () -> previews.share(approved)).url()).body();
        assertThat(approvedPage).contains("It was reviewed and approved by").doesNotContain("Nobody has reviewed");
    }
}
