package org.newsdesk.publishing.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public site is open to everyone, sessionless and read-only; it is matched before the editorial
 * app. Its pages set their own Cache-Control (they are meant to be cached), and a strict
 * Content-Security-Policy forbids every script, so that even markup that slipped into content could
 * not run: the pages need none (JSON-LD is data, not script).
 */
@Configuration
class PublicSiteSecurity {

    static final String[] PUBLIC_PATHS = {"/news", "/articles/**", "/categories/**", "/tags/**", "/feeds/**", "/sitemap.xml", "/robots.txt",
            "/preview/*",
            "/error"};

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC_PATHS)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .headers(h -> h.cacheControl(c -> c.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
