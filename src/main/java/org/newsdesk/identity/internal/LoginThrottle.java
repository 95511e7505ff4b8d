package org.newsdesk.identity.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #FREE_ATTEMPTS} wrong passwords in a row an account
 * pauses sign-in, for 15 s, then twice as long after each further failure, up to 15 minutes.
 * A correct password (outside a pause) or a password reset clears the count.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(15);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final UserRepository users;
    private final Clock clock;

    LoginThrottle(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    static Duration pauseAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase();
        int failures = users.recordFailure(username, clock.instant(), LoginThrottle::pauseAfter);
        if (failures >= FREE_ATTEMPTS) {
            log.warn("{} failed sign-ins in a row for '{}': sign-in paused for {}", failures, username, pauseAfter(failures));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }
}
