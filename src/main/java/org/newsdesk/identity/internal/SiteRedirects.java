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
 * Redirects within this site never carry the {@code Host} header (or forwarded host) a client sent:
 * with {@code NEWSDESK_PUBLIC_URL} set they are built from it ({@code Location:
 * https://news.example.org/login}: its scheme and host, whatever the request said), without it they
 * say only the path ({@code Location: /login}). A forged {@code Host} cannot steer a redirect (or a
 * cache keyed on it) elsewhere, and behind a TLS proxy the browser stays on https. Addresses that
 * leave the site, or were already built from the configured public address, are left as they are.
 */
final class SiteRedirects extends OncePerRequestFilter {

    /** The configured public address without a trailing slash, or null for relative redirects. */
    private final String base;
    /** Its origin (scheme, host and port): addresses already built from it are left whole. */
    private final String publicOrigin;

    /**
     * @param publicUrl {@code NEWSDESK_PUBLIC_URL} when set (blank: redirects are relative)
     * @param publicBaseUrl the public site's base address (its canonical links), left whole in redirects
     */
    SiteRedirects(String publicUrl, String publicBaseUrl) {
        this.base = publicUrl == null || publicUrl.isBlank() || SameSiteSignIn.origin(publicUrl) == null ? null
                : publicUrl.strip().replaceFirst("/+$", "");
        this.publicOrigin = SameSiteSignIn.origin(base != null ? base : publicBaseUrl);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(rewrite(location, request));
            }

            @Override
            public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
                super.sendRedirect(rewrite(location, request), sc, clearBuffer);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "location".equalsIgnoreCase(name) ? rewrite(value, request) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "location".equalsIgnoreCase(name) ? rewrite(value, request) : value);
            }
        });
    }

    /** {@code location} as the configured public address plus its path, or only its path, when it points into this site. */
    String rewrite(String location, HttpServletRequest request) {
        if (location == null) {
            return null;
        }
        try {
            URI u = URI.create(location);
            boolean here = u.getHost() == null ? u.getScheme() == null : u.getHost().equalsIgnoreCase(request.getServerName());
            if (!here || (publicOrigin != null && publicOrigin.equals(SameSiteSignIn.origin(location)))) {
                return location;
            }
            if (u.getHost() == null && !u.getRawSchemeSpecificPart().startsWith("/")) {
                u = URI.create(request.getRequestURI()).resolve(u); // "login?error" from /x/y is /x/login?error
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath().replaceFirst("^/+", "/");
            String rest = path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()) + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment());
            return base == null ? rest : base + rest;
        } catch (IllegalArgumentException e) {
            return location;
        }
    }
}
