package org.newsdesk.identity.internal;

import org.newsdesk.identity.Actor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a person for login from PostgreSQL; a disabled account cannot sign in. */
@Component
class DeskUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    DeskUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase();
        var login = users.findLogin(name).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        var account = login.account();
        var actor = new Actor(account.id(), account.username(), account.displayName(), account.roles());
        // pausing sign-in is SignInThrottle's job, before the password is checked, and never for the person's own addresses
        return new DeskUserDetails(actor, login.passwordHash(), account.enabled(), true);
    }
}
