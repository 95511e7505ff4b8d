package org.newsdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Users, roles and sign-in, through the real login form over HTTP and the real PostgreSQL. */
@IntegrationTest
class IdentityIntegrationTest {

    @Autowired UserService users;
    @Autowired UserDetailsService userDetails;
    @LocalServerPort int port;

    SignIn signIn;

    @BeforeEach
    void asAdmin() {
        signIn = new SignIn(userDetails);
        signIn.as("admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    String newUsername() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Posts the login form; returns where the app sends the browser next. */
    String login(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        // each sign-in from an address of its own (as a trusted proxy says): failures here must not pause other tests' sign-ins
        String address = "10.99." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255) + "." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base).header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void anAdminCreatesAUserWithSeveralRolesWhoCanThenSignIn() throws Exception {
        String name = newUsername();
        UserAccount created = users.create(name, "Nina Newsroom", "long-enough-pw", EnumSet.of(Role.EDITOR, Role.PUBLISHER));
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.PUBLISHER);
        assertThat(login(name, "long-enough-pw")).doesNotContain("error");
        assertThat(login(name, "wrong-password")).contains("/login?error");
    }

    @Test
    void onlyAdminsManageUsers() {
        signIn.as("editor");
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(newUsername(), "x", "long-enough-pw", Set.of(Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDisabledUserCannotSignInAndAResetPasswordWorks() throws Exception {
        String name = newUsername();
        UserAccount user = users.create(name, null, "first-password", Set.of(Role.REVIEWER));
        users.setEnabled(user.id(), false);
        assertThat(login(name, "first-password")).contains("/login?error");
        users.setEnabled(user.id(), true);
        users.resetPassword(user.id(), "second-password");
        assertThat(login(name, "first-password")).contains("/login?error");
        assertThat(login(name, "second-password")).doesNotContain("error");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> users.create("Bad Name!", null, "long-enough-pw", Set.of(Role.EDITOR)))
                .hasMessageContaining("lower-case letters");
        assertThatThrownBy(() -> users.create(newUsername(), null, "short", Set.of(Role.EDITOR))).hasMessageContaining("at least 8 characters");
        assertThatThrownBy(() -> users.create(newUsername(), null, "long-enough-pw", Set.of())).hasMessageContaining("at least one role");
        assertThatThrownBy(() -> users.create("editor", null, "long-enough-pw", Set.of(Role.EDITOR))).hasMessageContaining("taken");
    }

    @Test
    void theLastAdminCannotBeDisabledOrDemoted() {
        UserAccount admin = users.list().stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        assertThat(users.list()).filteredOn(u -> u.enabled() && u.has(Role.ADMIN)).containsExactly(admin);
        assertThatThrownBy(() -> users.setRoles(admin.id(), Set.of(Role.EDITOR))).hasMessageContaining("last enabled admin");
        assertThatThrownBy(() -> users.setEnabled(admin.id(), false)).hasMessageContaining("your own account");
    }
}
