package org.newsdesk.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Browsers a person signed in from. After a successful sign-in the browser gets a long-lived cookie
 * naming its device row and the account, signed with HMAC-SHA256 under a key from
 * {@code NEWSDESK_DEVICE_SECRET} or, without it, one generated once and kept in {@code server_secret}
 * (shared by every node). A sign-in to that account carrying a valid cookie is never paused by
 * {@link SignInThrottle}, whatever address it comes from: strangers cannot forge the cookie, so
 * their guesses cannot lock the person out. The device's own failures in a row end its exemption
 * ({@value #OWN_FAILURES} of them, until its next success), so a stolen cookie does not buy unlimited guesses.
 */
@Component
class KnownDevices {

    static final String COOKIE = "newsdesk_device";
    static final int OWN_FAILURES = 5;
    private static final String SECRET_NAME = "known-device-hmac";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;
    private final byte[] key;

    KnownDevices(JdbcClient jdbc, Clock clock, @Value("${newsdesk.identity.device-secret:}") String secret,
            @Value("${newsdesk.identity.known-device-for:365d}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
        this.key = secret != null && !secret.isBlank() ? secret.strip().getBytes(StandardCharsets.UTF_8) : storedKey(jdbc);
    }

    /** The key this desk generated for itself: the first node to start makes it, every node reads the same. */
    private static byte[] storedKey(JdbcClient jdbc) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into server_secret (name, value) values (?, ?) on conflict (name) do nothing").params(SECRET_NAME, fresh).update();
        return jdbc.sql("select value from server_secret where name = ?").param(SECRET_NAME).query(byte[].class).single();
    }

    /** The device this request's valid cookie names for {@code username}'s account, while it is still exempt. */
    Optional<UUID> recognise(HttpServletRequest request, String username) {
        return cookie(request).flatMap(this::verify).filter(d -> jdbc.sql("""
                select exists (select 1 from sign_in_device d join app_user u on u.id = d.user_id
                               where d.id = ? and d.user_id = ? and u.username = ? and d.failures < ?)""")
                .params(d.id(), d.userId(), username, OWN_FAILURES).query(Boolean.class).single()).map(Device::id);
    }

    /** After a successful sign-in: this browser is (still) one of the person's own, for another {@code lifetime}. */
    void remember(HttpServletRequest request, HttpServletResponse response, long userId) {
        Optional<Device> known = cookie(request).flatMap(this::verify).filter(d -> d.userId() == userId)
                .filter(d -> jdbc.sql("update sign_in_device set failures = 0, last_success_at = now() where id = ? and user_id = ?")
                        .params(d.id(), userId).update() == 1);
        UUID id = known.map(Device::id).orElseGet(() -> {
            UUID fresh = UUID.randomUUID();
            jdbc.sql("insert into sign_in_device (id, user_id) values (?, ?)").params(fresh, userId).update();
            return fresh;
        });
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        String payload = id + "." + userId + "." + expires;
        ResponseCookie cookie = ResponseCookie.from(COOKIE, payload + "." + sign(payload)).path("/login").httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").maxAge(lifetime).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** A failed sign-in with this device's cookie: one fewer left before it is treated as any other browser. */
    void failed(UUID device) {
        jdbc.sql("update sign_in_device set failures = failures + 1 where id = ?").param(device).update();
    }

    private record Device(UUID id, long userId) {}

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName()) && c.getValue() != null) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    /** The device a cookie names, when its signature is ours and it has not expired. */
    private Optional<Device> verify(String value) {
        int last = value.lastIndexOf('.');
        if (last < 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, last);
        byte[] given = value.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        try {
            if (parts.length != 3 || Long.parseLong(parts[2]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new Device(UUID.fromString(parts[0]), Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
