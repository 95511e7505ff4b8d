package org.newsdesk.testing;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Acts as a stored user, loaded through the app's own UserDetailsService (so roles come from PostgreSQL). */
public final class SignIn {

    private final UserDetailsService users;

    public SignIn(UserDetailsService users) {
        this.users = users;
    }

    public UsernamePasswordAuthenticationToken as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public <T> T as(String username, Supplier<T> action) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            as(username);
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
