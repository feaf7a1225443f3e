package org.chancery.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains over one authentication: the API takes HTTP Basic (or the session of a signed-in browser) and
 * answers 401 as a problem document; the pages use a sign-in form, sessions and CSRF tokens. Both send a strict
 * Content-Security-Policy: every script, style and image comes from the server itself. The messaging pages are open by
 * role here (release, outbox, directory); who may draft, clear, release or acknowledge what is decided by messaging.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    /** No external origin, no inline script or style, no framing, forms only back to us. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    public AuthenticationManager authenticationManager(AccountsAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    public SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager, ProblemEntryPoint entryPoint)
            throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                // a call with its own credentials cannot be forged by another site; a browser session's can, so
                // those calls (htmx, fetch) send the page's token as X-CSRF-TOKEN
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager manager, SignOutAuditor signOut)
            throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/signin", "/css/**", "/js/**", "/favicon.svg", "/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/admin", "/admin/**", "/directory", "/directory/**")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers("/release", "/release/**")
                        .hasRole("RELEASING_OFFICER")
                        .requestMatchers("/outbox")
                        .hasAnyRole("RELEASING_OFFICER", "DUTY_OFFICER", "ADMINISTRATOR")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/signin")
                        .loginProcessingUrl("/signin")
                        .defaultSuccessUrl("/search", false)
                        .failureUrl("/signin?error")
                        .permitAll())
                .logout(out -> out.logoutUrl("/signout")
                        .addLogoutHandler(signOut)
                        .logoutSuccessUrl("/signin?signedout")
                        .permitAll())
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
