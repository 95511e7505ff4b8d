package org.newsdesk.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site (login CSRF: a page elsewhere signing the visitor in
 * as the attacker, so that what they then type lands in the attacker's account). Browsers say where
 * a form came from in {@code Origin} (and {@code Sec-Fetch-Site}, {@code Referer}); a sign-in is
 * accepted only from this site's own origin, as the browser reached it or as configured in
 * {@code NEWSDESK_PUBLIC_URL}. A client that sends none of these headers is no browser, and cannot
 * be used for login CSRF. This check needs no session, so the sign-in page needs none either.
 */
final class SameSiteSignIn extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SameSiteSignIn.class);

    private final String publicOrigin;
    private final SignInThrottle audit;

    SameSiteSignIn(String publicBaseUrl, SignInThrottle audit) {
        this.publicOrigin = origin(publicBaseUrl);
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        if (fromThisSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Refused a sign-in posted from another site (Origin {}, Referer {}) from {}", request.getHeader("Origin"),
                request.getHeader("Referer"), request.getRemoteAddr());
        audit.audit(SignInThrottle.normalise(request.getParameter("username")), request.getRemoteAddr(), "CROSS_SITE");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Sign-in refused: the form was not sent from this site's own sign-in page.");
    }

    boolean fromThisSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return allowed(origin.toLowerCase(Locale.ROOT), request);
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            String from = origin(referer);
            return from != null && allowed(from, request);
        }
        return true;
    }

    private boolean allowed(String origin, HttpServletRequest request) {
        return origin.equals(publicOrigin) || origin.equals(ownOrigin(request));
    }

    /** This request's own origin, as the browser addressed it (after a trusted proxy's forwarded headers). */
    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    static String origin(String url) {
        try {
            URI u = URI.create(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return null;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
