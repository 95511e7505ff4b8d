package org.newsdesk.identity.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects within this site say only the path ({@code Location: /login}), never
 * {@code http://whatever-the-Host-header-said/login}: a forged {@code Host} cannot steer a redirect
 * (or a cache keyed on it) elsewhere, and behind a TLS proxy the browser stays on https. Absolute
 * addresses built from the configured {@code NEWSDESK_PUBLIC_URL} (the public site's canonical
 * redirects) and addresses that leave the site are left as they are.
 */
final class RelativeRedirects extends OncePerRequestFilter {

    /** The configured public origin ({@code NEWSDESK_PUBLIC_URL}): addresses built from it are left whole. */
    private final String publicOrigin;

    RelativeRedirects(String publicBaseUrl) {
        this.publicOrigin = SameSiteSignIn.origin(publicBaseUrl);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(relative(publicOrigin, request, location));
            }

            @Override
            public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
                super.sendRedirect(relative(publicOrigin, request, location), sc, clearBuffer);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "location".equalsIgnoreCase(name) ? relative(publicOrigin, request, value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "location".equalsIgnoreCase(name) ? relative(publicOrigin, request, value) : value);
            }
        });
    }

    /** {@code location} without scheme and host when it points at the host this request was sent to. */
    static String relative(String publicOrigin, HttpServletRequest request, String location) {
        if (location == null) {
            return null;
        }
        try {
            URI u = URI.create(location);
            if (u.getHost() == null || !u.getHost().equalsIgnoreCase(request.getServerName())
                    || (publicOrigin != null && publicOrigin.equals(SameSiteSignIn.origin(location)))) {
                return location;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath().replaceFirst("^/+", "/");
            return path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()) + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment());
        } catch (IllegalArgumentException e) {
            return location;
        }
    }
}
