package org.newsdesk.identity.internal;

import java.time.Clock;

import org.newsdesk.identity.Actor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a person for login from PostgreSQL; a disabled or paused account cannot sign in. */
@Component
class DeskUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    DeskUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase();
        var login = users.findLogin(name).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        var account = login.account();
        boolean paused = login.lockedUntil() != null && login.lockedUntil().isAfter(clock.instant());
        var actor = new Actor(account.id(), account.username(), account.displayName(), account.roles());
        return new DeskUserDetails(actor, login.passwordHash(), account.enabled(), !paused);
    }
}
