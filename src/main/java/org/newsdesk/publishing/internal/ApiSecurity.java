package org.newsdesk.publishing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The read API and its OpenAPI document: open to everyone, sessionless and read-only, callable from
 * browsers on the configured origins (CORS), and rate-limited per client address (across nodes by
 * default, through PostgreSQL).
 */
@Configuration
@EnableConfigurationProperties(DeliverySettings.class)
@OpenAPIDefinition(info = @Info(title = "Newsdesk read API", version = "1",
        description = "Published articles of the desk: every field of the analysis card in each language, sources and the AI disclosure."))
class ApiSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain readApi(HttpSecurity http, DeliverySettings settings, Clock clock, JdbcClient jdbc) throws Exception {
        CorsConfiguration cors = new CorsConfiguration();
        List<String> origins = settings.api().corsOrigins().stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        cors.setAllowedOriginPatterns(origins);
        cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        cors.setAllowedHeaders(List.of("If-None-Match", "If-Modified-Since", "Content-Type"));
        cors.setExposedHeaders(List.of("ETag", "Last-Modified", "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        int perMinute = Math.max(1, settings.api().rateLimit());
        ClientRateLimit limiter = settings.api().rateLimitScope() == DeliverySettings.RateLimitScope.NODE ? new RateLimiter(clock, perMinute)
                : new SharedRateLimiter(jdbc, clock, perMinute);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .cors(c -> c.configurationSource(source))
                .headers(h -> h.cacheControl(c -> c.disable()))
                .addFilterBefore(new RateLimit(limiter), SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * Every answer says the client's limit a minute (X-RateLimit-Limit) and how many requests it may still make now
     * (X-RateLimit-Remaining); a client over its rate gets 429 with Retry-After in seconds.
     */
    static final class RateLimit extends OncePerRequestFilter {

        private final ClientRateLimit limiter;

        RateLimit(ClientRateLimit limiter) {
            this.limiter = limiter;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("OPTIONS".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            ClientRateLimit.Decision decision = limiter.check(request.getRemoteAddr());
            long wait = decision.retryAfter();
            response.setHeader("X-RateLimit-Limit", String.valueOf(limiter.perMinute()));
            if (decision.remaining() >= 0) {
                response.setHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
            }
            if (wait > 0) {
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(wait));
                response.setContentType("application/json");
                response.getOutputStream().write(("{\"error\":\"Too many requests from this address: at most " + limiter.perMinute()
                        + " a minute. Try again in " + wait + " s.\"}").getBytes(StandardCharsets.UTF_8));
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
