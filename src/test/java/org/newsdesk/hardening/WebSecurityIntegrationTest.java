package org.newsdesk.hardening;

import org.newsdesk.testing.WebClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.identity.Role;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserService;
import org.newsdesk.identity.internal.LiveSessions;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The editorial app over HTTP as a browser, an attacker's page and a reverse proxy see it: no session
 * for anonymous visitors, the public site's 404 under its folders, a CSP, sign-in only from this
 * site, cookies and redirects right behind a TLS proxy, and an admin's change ending a person's
 * sessions at once.
 */
@IntegrationTest
class WebSecurityIntegrationTest {

    @Autowired UserService users;
    @Autowired UserDetailsService userDetails;
    @Autowired LiveSessions sessions;
    @LocalServerPort int port;

    WebClient browser;

    @BeforeEach
    void setUp() {
        browser = new WebClient(port);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    UserAccount newUser(String password, Set<Role> roles) {
        return new SignIn(userDetails).as("admin", () -> users.create("w" + UUID.randomUUID().toString().substring(0, 8), null, password, roles));
    }

    @Test
    void anonymousVisitsCreateNoSession() throws Exception {
        int before = sessions.count();
        for (int i = 0; i < 20; i++) {
            for (String path : new String[] {"/", "/login", "/stories", "/inbox", "/login?error", "/articles/", "/news", "/no-such-page"}) {
                var response = new WebClient(port).get(path);
                assertThat(WebClient.setCookies(response)).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
            }
        }
        for (int i = 0; i < 3; i++) {
            var failed = new WebClient(port).signIn("no-such-person", "wrong-" + i, "X-Forwarded-For", "10.77." + (i + 1) + "." + (1 + (int) (Math.random() * 250)));
            assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/login?error");
            assertThat(WebClient.setCookies(failed)).as("a failed sign-in").noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        assertThat(sessions.count()).as("sessions after 160 anonymous requests and 3 failed sign-ins").isEqualTo(before);
    }

    @Test
    void signingInMakesASessionAndTheAppOpens() throws Exception {
        var signedIn = browser.signIn("editor", "editor-demo");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(WebClient.setCookies(signedIn)).anyMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void addressesUnderThePublicFoldersAnswerWithThePublicSites404() throws Exception {
        for (String path : new String[] {"/articles/", "/articles/x/y", "/feeds/x", "/categories/", "/tags/a/b"}) {
            var response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Not found").doesNotContain("window.Vaadin");
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).as(path).startsWith("default-src 'none'");
            assertThat(WebClient.setCookies(response)).as(path).isEmpty();
        }
    }

    @Test
    void theEditorialAppHasAContentSecurityPolicy() throws Exception {
        String csp = browser.get("/login").headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'").contains("script-src 'self'")
                .contains("connect-src 'self'").contains("form-action 'self'");
        browser.signIn("editor", "editor-demo");
        var app = browser.get("/");
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.headers().firstValue("Content-Security-Policy").orElse("")).isEqualTo(csp);
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        var crossSite = browser.signIn("editor", "editor-demo", "Origin", "https://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(WebClient.setCookies(crossSite)).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);

        var nullOrigin = browser.signIn("editor", "editor-demo", "Origin", "null");
        assertThat(nullOrigin.statusCode()).isEqualTo(403);
        assertThat(postWithoutOrigin("Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(postWithoutOrigin("Referer", "https://evil.example/page").statusCode()).isEqualTo(403);

        assertThat(browser.signIn("editor", "editor-demo").headers().firstValue("Location").orElse("")).as("from this site").doesNotContain("error");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndBehindATlsProxySecureWithHsts() throws Exception {
        var plain = new WebClient(port).signIn("editor", "editor-demo");
        assertThat(WebClient.setCookies(plain)).filteredOn(c -> c.startsWith("JSESSIONID")).singleElement()
                .satisfies(c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        var proxied = new WebClient(port).signIn("editor", "editor-demo", "Origin", "https://desk.example", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "desk.example");
        assertThat(proxied.statusCode()).isEqualTo(302);
        assertThat(WebClient.setCookies(proxied)).filteredOn(c -> c.startsWith("JSESSIONID")).singleElement()
                .satisfies(c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=31536000");
        assertThat(proxied.headers().firstValue("Location").orElse("")).doesNotStartWith("http://").doesNotContain("error");
    }

    @Test
    void aForgedHostHeaderIsNeverEchoedIntoARedirect() throws Exception {
        Map<String, String> toLogin = WebClient.raw(port, "GET", "/stories", Map.of("Host", "evil.example"));
        assertThat(toLogin.get(":status")).isEqualTo("302");
        assertThat(toLogin.get("location")).doesNotContain("evil.example").contains("/login");

        Map<String, String> proxied = WebClient.raw(port, "GET", "/", Map.of("Host", "evil.example", "X-Forwarded-Proto", "https"));
        assertThat(proxied.get("location")).doesNotContain("evil.example").doesNotStartWith("http://");
    }

    @Test
    void disablingAUserEndsTheirOpenSession() throws Exception {
        UserAccount person = newUser("first-password", Set.of(Role.EDITOR));
        assertThat(browser.signInLocation(person.username(), "first-password")).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).as("signed in").isEqualTo(200);

        new SignIn(userDetails).as("admin", () -> {
            users.setEnabled(person.id(), false);
            return null;
        });
        awaitSignedOut(browser);
        assertThat(browser.signInLocation(person.username(), "first-password")).contains("error");
    }

    @Test
    void changingRolesOrResettingThePasswordEndsTheOpenSession() throws Exception {
        UserAccount person = newUser("first-password", Set.of(Role.EDITOR, Role.REVIEWER));
        assertThat(browser.signInLocation(person.username(), "first-password")).doesNotContain("error");
        WebClient otherTab = new WebClient(port);
        assertThat(otherTab.signInLocation(person.username(), "first-password")).doesNotContain("error");

        new SignIn(userDetails).as("admin", () -> {
            users.setRoles(person.id(), Set.of(Role.EDITOR));
            return null;
        });
        awaitSignedOut(browser);
        awaitSignedOut(otherTab);

        assertThat(browser.signInLocation(person.username(), "first-password")).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        new SignIn(userDetails).as("admin", () -> {
            users.resetPassword(person.id(), "second-password");
            return null;
        });
        awaitSignedOut(browser);
    }

    /** A sign-in post with the editor's right password and only {@code headers} to say where it came from. */
    private java.net.http.HttpResponse<String> postWithoutOrigin(String... headers) throws Exception {
        WebClient client = new WebClient(port);
        return client.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").headers(headers)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=editor&password=editor-demo")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitSignedOut(WebClient client) {
        await("the session ends").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> client.get("/").statusCode() == 302);
    }
}
