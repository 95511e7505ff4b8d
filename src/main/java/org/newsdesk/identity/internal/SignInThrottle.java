package org.newsdesk.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing without letting a stranger lock a person out:
 * <ul>
 * <li><b>Per client address</b>, whatever username is tried (so password spraying and unknown names
 * count too): after {@value #FREE_PER_ADDRESS} failures in a row that address waits
 * {@link #FIRST_ADDRESS_PAUSE}, twice as long after each further failure, at most
 * {@link #LONGEST_PAUSE}. A right password from the address clears its count.
 * <li><b>Per account</b>, only for addresses the account has never signed in from: after
 * {@value #FREE_PER_ACCOUNT} such failures, sign-in to the account from unknown addresses waits
 * {@link #FIRST_ACCOUNT_PAUSE}, doubling, at most {@link #LONGEST_PAUSE}. The person's own known
 * addresses are never paused by it, so guesses spread over many addresses slow down while the
 * person keeps signing in.
 * </ul>
 * A browser the person signed in with before carries a signed known-device cookie ({@link KnownDevices}):
 * with it, sign-in to that account is never paused, even from a new address.
 * A paused attempt is refused without checking the password. Every attempt and refusal is kept in
 * {@code sign_in_audit}.
 */
@Component
class SignInThrottle {

    static final int FREE_PER_ADDRESS = 5;
    static final Duration FIRST_ADDRESS_PAUSE = Duration.ofSeconds(15);
    static final int FREE_PER_ACCOUNT = 10;
    static final Duration FIRST_ACCOUNT_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KnownDevices devices;

    SignInThrottle(JdbcClient jdbc, Clock clock, KnownDevices devices) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.devices = devices;
    }

    /** The pause after {@code failures} failures when the first {@code free} cost nothing. */
    static Duration pause(int failures, int free, Duration first) {
        if (failures < free) {
            return Duration.ZERO;
        }
        Duration pause = first.multipliedBy(1L << Math.min(failures - free, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** Refuses, before the password is looked at, a sign-in from a paused address or to a paused account. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String address = request.getRemoteAddr();
                String username = normalise(request.getParameter("username"));
                // the person's own browser (a valid known-device cookie for this account) is never paused
                Optional<UUID> device = devices.recognise(request, username);
                Optional<String> refusal = device.isPresent() ? Optional.empty() : refusal(address, username);
                if (refusal.isEmpty()) {
                    chain.doFilter(request, rememberingDevice(request, response, device));
                    return;
                }
                audit(username, address, refusal.get());
                response.sendRedirect(request.getContextPath() + "/login?throttled");
            }
        };
    }

    /**
     * The response of a sign-in attempt: on its redirect after success the browser is remembered as
     * a known device (the cookie must be set before the redirect commits the response); after a
     * failure with a known device's cookie, that device's own count goes up.
     */
    private HttpServletResponse rememberingDevice(HttpServletRequest request, HttpServletResponse response, Optional<UUID> device) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                before();
                super.sendRedirect(location);
            }

            @Override
            public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
                before();
                super.sendRedirect(location, sc, clearBuffer);
            }

            private void before() {
                Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
                if (signedIn != null && signedIn.isAuthenticated() && signedIn.getPrincipal() instanceof DeskUserDetails person) {
                    devices.remember(request, (HttpServletResponse) getResponse(), person.actor().id().value());
                } else {
                    device.ifPresent(devices::failed);
                }
            }
        };
    }

    Optional<String> refusal(String address, String username) {
        Instant now = clock.instant();
        boolean addressPaused = jdbc.sql("select exists (select 1 from sign_in_address where address = ? and blocked_until > ?)")
                .params(address, utc(now)).query(Boolean.class).single();
        if (addressPaused) {
            return Optional.of("PAUSED_ADDRESS");
        }
        boolean accountPausedForStrangers = jdbc.sql("""
                select exists (select 1 from app_user u where u.username = ? and u.locked_until > ?
                               and not exists (select 1 from sign_in_known_address k where k.user_id = u.id and k.address = ?))""")
                .params(username, utc(now), address).query(Boolean.class).single();
        return accountPausedForStrangers ? Optional.of("PAUSED_ACCOUNT") : Optional.empty();
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = normalise(String.valueOf(event.getAuthentication().getPrincipal()));
        String address = address(event.getAuthentication().getDetails());
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                insert into sign_in_address (address, failures, last_failure_at) values (?, 1, ?)
                on conflict (address) do update set failures = sign_in_address.failures + 1, last_failure_at = excluded.last_failure_at
                returning failures""").params(address, utc(now)).query(Integer.class).single();
        Duration addressPause = pause(failures, FREE_PER_ADDRESS, FIRST_ADDRESS_PAUSE);
        if (!addressPause.isZero()) {
            jdbc.sql("update sign_in_address set blocked_until = ? where address = ?").params(utc(now.plus(addressPause)), address).update();
            log.warn("{} failed sign-ins in a row from {}: sign-in from there paused for {}", failures, address, addressPause);
        }
        Optional<Integer> strangerFailures = jdbc.sql("""
                update app_user u set failed_logins = failed_logins + 1 where u.username = ?
                and not exists (select 1 from sign_in_known_address k where k.user_id = u.id and k.address = ?)
                returning failed_logins""").params(username, address).query(Integer.class).optional();
        strangerFailures.ifPresent(n -> {
            Duration accountPause = pause(n, FREE_PER_ACCOUNT, FIRST_ACCOUNT_PAUSE);
            if (!accountPause.isZero()) {
                jdbc.sql("update app_user set locked_until = ? where username = ?").params(utc(now.plus(accountPause)), username).update();
                log.warn("{} failed sign-ins to '{}' from addresses it never used: sign-in from such addresses paused for {}", n, username,
                        accountPause);
            }
        });
        audit(username, address, "FAILED");
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails)) {
            return; // not a sign-in through the form
        }
        String username = normalise(event.getAuthentication().getName());
        String address = address(event.getAuthentication().getDetails());
        jdbc.sql("delete from sign_in_address where address = ?").param(address).update();
        jdbc.sql("""
                insert into sign_in_known_address (user_id, address, last_success_at) select id, ?, ? from app_user where username = ?
                on conflict (user_id, address) do update set last_success_at = excluded.last_success_at""")
                .params(address, utc(clock.instant()), username).update();
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = ? and (failed_logins > 0 or locked_until is not null)")
                .param(username).update();
        audit(username, address, "SIGNED_IN");
    }

    void audit(String username, String address, String outcome) {
        jdbc.sql("insert into sign_in_audit (at, username, address, outcome) values (?, ?, ?, ?)")
                .params(utc(clock.instant()), username.length() > 100 ? username.substring(0, 100) : username, address, outcome).update();
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
    }

    static String normalise(String username) {
        return username == null ? "" : org.newsdesk.platform.PlainText.strip(username).strip().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
