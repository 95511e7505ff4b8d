package org.newsdesk.identity.internal;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.newsdesk.platform.NewsdeskProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The editorial app sits behind a plain sign-in page ({@link SignInPage}); every service method
 * carries its own {@code @RolesAllowed}, enforced by method security whatever the UI shows. See the
 * README's "Security model" for what this adds up to.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * What the editorial app's pages may load and run. Vaadin's client needs inline and evaluated
     * script (its bootstrap and {@code executeJs}) and inline styles; everything else is this site
     * only: no other origin's script, no framing, no plugins, forms and connections (push included)
     * back to this site alone. Lead images of sources may come from any https address.
     */
    static final String EDITORIAL_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain editorialSecurity(HttpSecurity http, VaadinDefaultRequestCache requestCache, NewsdeskProperties props,
            SignInThrottle throttle) throws Exception {
        // an anonymous visit is not worth a session: the page asked for is remembered only in a session
        // that already exists (after sign-in everyone lands on the desk's start page)
        HttpSessionRequestCache noNewSessions = new HttpSessionRequestCache();
        noNewSessions.setCreateSessionAllowed(false);
        requestCache.setDelegateRequestCache(noNewSessions);

        http.authorizeHttpRequests(a -> a.requestMatchers("/newsdesk/**", "/login").permitAll()
                // the desk's preview of an unpublished story, a plain page outside Vaadin's routes
                // (which Vaadin's configuration otherwise denies); PreviewService checks the role
                .requestMatchers("/desk-preview/**").authenticated());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login", "/login?logout"));
        http.addFilterBefore(new SameSiteSignIn(props.publicBaseUrl(), throttle), CsrfFilter.class);
        http.addFilterAfter(throttle.filter(), SameSiteSignIn.class);
        http.headers(h -> {
            // written before the request is handled: Vaadin's pages are forwarded to its servlet, past the on-commit writer
            h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            h.contentSecurityPolicy(csp -> csp.policyDirectives(EDITORIAL_CSP))
                    .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    // sent on secure requests only (behind a TLS proxy: X-Forwarded-Proto https)
                    .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(false));
        });
        DefaultSecurityFilterChain chain = http.build();
        // a failed sign-in is not worth a session either (the default handler keeps its error in one);
        // set on the built filter, as configuring form login here would come before Vaadin's login page
        SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
        failed.setAllowSessionCreation(false);
        chain.getFilters().stream().filter(UsernamePasswordAuthenticationFilter.class::isInstance)
                .forEach(f -> ((UsernamePasswordAuthenticationFilter) f).setAuthenticationFailureHandler(failed));
        return chain;
    }

    /** Redirects never carry the Host header a client sent: built from NEWSDESK_PUBLIC_URL, or relative (see {@link SiteRedirects}). */
    @Bean
    FilterRegistrationBean<SiteRedirects> siteRedirects(NewsdeskProperties props, @Value("${newsdesk.identity.redirect-base-url:}") String publicUrl) {
        FilterRegistrationBean<SiteRedirects> registration = new FilterRegistrationBean<>(new SiteRedirects(publicUrl, props.publicBaseUrl()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
