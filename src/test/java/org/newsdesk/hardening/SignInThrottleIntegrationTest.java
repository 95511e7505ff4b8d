package org.newsdesk.hardening;

import org.newsdesk.testing.WebClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.identity.Role;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserService;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sign-in guessing is slowed per client address (any usernames, known or not) and per account for
 * addresses the account never used, while the person keeps signing in from their own address; every
 * attempt is audited. Client addresses are given as a trusted proxy would (X-Forwarded-For).
 */
@IntegrationTest
class SignInThrottleIntegrationTest {

    @Autowired UserService users;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    WebClient client;

    @BeforeEach
    void setUp() {
        client = new WebClient(port);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static String someAddress() {
        var r = ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
    }

    UserAccount newUser(String password) {
        return new SignIn(userDetails).as("admin", () -> users.create("t" + UUID.randomUUID().toString().substring(0, 8), null, password, Set.of(Role.EDITOR)));
    }

    String signInFrom(String address, String username, String password) throws Exception {
        return new WebClient(port).signInLocation(username, password, "X-Forwarded-For", address);
    }

    @Test
    void guessingManyUsernamesFromOneAddressIsPausedThereOnly() throws Exception {
        UserAccount person = newUser("right-password");
        String attacker = someAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(signInFrom(attacker, "nobody-" + UUID.randomUUID().toString().substring(0, 6), "guess-" + i)).endsWith("/login?error");
        }
        assertThat(signInFrom(attacker, person.username(), "right-password")).as("the address is paused, whatever it tries")
                .endsWith("/login?throttled");
        assertThat(signInFrom(someAddress(), person.username(), "right-password")).as("another address is not").doesNotContain("login");
    }

    @Test
    void guessesSpreadOverManyAddressesPauseTheAccountForStrangersButNotForThePersonsOwnAddress() throws Exception {
        UserAccount person = newUser("right-password");
        String home = someAddress();
        assertThat(signInFrom(home, person.username(), "right-password")).doesNotContain("login");

        for (int i = 0; i < 10; i++) {
            assertThat(signInFrom(someAddress(), person.username(), "guess-" + i)).endsWith("/login?error");
        }
        assertThat(signInFrom(someAddress(), person.username(), "right-password")).as("a stranger, even with the password, waits")
                .endsWith("/login?throttled");
        assertThat(signInFrom(home, person.username(), "right-password")).as("the person, from their own address, signs in").doesNotContain("login");
        assertThat(signInFrom(home, person.username(), "wrong")).as("and their own mistakes do not pause them").endsWith("/login?error");
        assertThat(signInFrom(home, person.username(), "right-password")).doesNotContain("login");
    }

    @Test
    void everyAttemptIsAudited() throws Exception {
        UserAccount person = newUser("right-password");
        String address = someAddress();
        signInFrom(address, person.username(), "wrong");
        signInFrom(address, person.username(), "right-password");
        List<String> outcomes = jdbc.sql("select outcome from sign_in_audit where username = ? and address = ? order by id")
                .params(person.username(), address).query(String.class).list();
        assertThat(outcomes).containsExactly("FAILED", "SIGNED_IN");

        new WebClient(port).signIn(person.username(), "right-password", "Origin", "https://evil.example", "X-Forwarded-For", address);
        assertThat(jdbc.sql("select outcome from sign_in_audit where username = ? order by id desc limit 1").param(person.username())
                .query(String.class).single()).isEqualTo("CROSS_SITE");
    }

    /** The known-device cookie a response sets, as "name=value" (fails when there is none). */
    static String deviceCookie(java.net.http.HttpResponse<?> response) {
        return WebClient.setCookies(response).stream().filter(c -> c.startsWith("newsdesk_device=")).findFirst().orElseThrow().split(";", 2)[0];
    }

    @Test
    void aBrowserThePersonSignedInWithBeforeIsNeverPausedEvenFromANewAddress() throws Exception {
        UserAccount person = newUser("right-password");
        WebClient laptop = new WebClient(port);
        var first = laptop.signIn(person.username(), "right-password", "X-Forwarded-For", someAddress());
        assertThat(WebClient.setCookies(first)).filteredOn(c -> c.startsWith("newsdesk_device=")).singleElement()
                .satisfies(c -> assertThat(c).contains("Path=/login").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                        .contains("Max-Age=31536000"));
        String cookie = deviceCookie(first);

        // strangers guess from many addresses: the account is paused for addresses it never used
        for (int i = 0; i < 10; i++) {
            assertThat(signInFrom(someAddress(), person.username(), "guess-" + i)).endsWith("/login?error");
        }
        assertThat(signInFrom(someAddress(), person.username(), "right-password")).endsWith("/login?throttled");
        // the cookie cannot be forged
        String forged = cookie.substring(0, cookie.lastIndexOf('.') + 1) + "AAAA" + cookie.substring(cookie.lastIndexOf('.') + 5);
        assertThat(new WebClient(port).signInLocation(person.username(), "right-password", "X-Forwarded-For", someAddress(), "Cookie", forged))
                .endsWith("/login?throttled");
        // and someone at a café guesses other accounts until the café's address is paused
        String cafe = someAddress();
        for (int i = 0; i < 5; i++) {
            signInFrom(cafe, "nobody-" + UUID.randomUUID().toString().substring(0, 6), "guess");
        }
        assertThat(signInFrom(cafe, person.username(), "right-password")).endsWith("/login?throttled");

        assertThat(laptop.signInLocation(person.username(), "right-password", "X-Forwarded-For", someAddress()))
                .as("the person's own browser, from an address it never used").doesNotContain("login");
        assertThat(laptop.signInLocation(person.username(), "right-password", "X-Forwarded-For", cafe))
                .as("and from the paused café").doesNotContain("login");

        // nor used for another account
        UserAccount colleague = newUser("their-password");
        for (int i = 0; i < 10; i++) {
            signInFrom(someAddress(), colleague.username(), "guess-" + i);
        }
        assertThat(new WebClient(port).signInLocation(colleague.username(), "their-password", "X-Forwarded-For", someAddress(), "Cookie", cookie))
                .as("a device known to one account is a stranger to another").endsWith("/login?throttled");
    }

    @Test
    void aKnownBrowsersOwnFailuresEndItsExemptionUntilItSignsInAgain() throws Exception {
        UserAccount person = newUser("right-password");
        String home = someAddress();
        String cookie = deviceCookie(new WebClient(port).signIn(person.username(), "right-password", "X-Forwarded-For", home));
        for (int i = 0; i < 10; i++) {
            signInFrom(someAddress(), person.username(), "guess-" + i);
        }
        // whoever holds the cookie guesses from new addresses: five failures, then it counts as any stranger
        for (int i = 0; i < 5; i++) {
            assertThat(new WebClient(port).signInLocation(person.username(), "guess-" + i, "X-Forwarded-For", someAddress(), "Cookie", cookie))
                    .endsWith("/login?error");
        }
        assertThat(new WebClient(port).signInLocation(person.username(), "right-password", "X-Forwarded-For", someAddress(), "Cookie", cookie))
                .endsWith("/login?throttled");
        // the person at home (a known address) signs in, and their browser is known again
        assertThat(new WebClient(port).signInLocation(person.username(), "right-password", "X-Forwarded-For", home, "Cookie", cookie))
                .doesNotContain("login");
        assertThat(new WebClient(port).signInLocation(person.username(), "right-password", "X-Forwarded-For", someAddress(), "Cookie", cookie))
                .doesNotContain("login");
    }
}
