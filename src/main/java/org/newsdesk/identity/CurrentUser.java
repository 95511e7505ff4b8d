package org.newsdesk.identity;

import java.util.Optional;

import org.newsdesk.identity.internal.DeskUserDetails;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling: read from the security context of the current request or background task. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof DeskUserDetails user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }

    /** The signed-in person; refuses anonymous callers. */
    public static Actor require() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }
}
