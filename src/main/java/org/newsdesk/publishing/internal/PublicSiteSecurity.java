package org.newsdesk.publishing.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The public site is open to everyone, sessionless and read-only; it is matched before the editorial app. */
@Configuration
class PublicSiteSecurity {

    static final String[] PUBLIC_PATHS = {"/articles/**", "/error"};

    @Bean
    @Order(1)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC_PATHS)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable());
        return http.build();
    }
}
