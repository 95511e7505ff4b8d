package org.newsdesk.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing (standardwebhooks.com): the secret is "whsec_" + base64 of random bytes;
 * the signature is "v1," + base64(HMAC-SHA256(secret bytes, id + "." + timestamp + "." + body)).
 */
final class WebhookSignature {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key bytes of a secret, or an IllegalArgumentException saying in plain words what is wrong with it. */
    static byte[] key(String secret) {
        String s = secret == null ? "" : secret.strip();
        if (!s.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with \"whsec_\" followed by base64; leave it empty to get a new one.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(s.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The part of the webhook secret after \"whsec_\" is not base64.");
        }
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException("A webhook secret holds 24 to 64 bytes (32 to 88 base64 characters after \"whsec_\").");
        }
        return key;
    }

    static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] sig = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
