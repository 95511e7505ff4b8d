package org.newsdesk.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.newsdesk.story.StoryId;

/**
 * A public response rendered once: status, body, validators, and what it was made from (the stories
 * it shows, or everything live for lists and feeds), so that a change evicts exactly what it affects.
 * {@code renderedAt} is the {@link PageCache} stamp taken before its data was read.
 */
record Page(int status, String contentType, byte[] body, String etag, Instant lastModified, String location, Set<StoryId> stories,
        boolean listsEverything, long renderedAt) {

    static Page of(int status, String contentType, String body, Instant lastModified, Set<StoryId> stories, boolean listsEverything,
            long renderedAt) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Page(status, contentType, bytes, etag(bytes), lastModified, null, Set.copyOf(stories), listsEverything, renderedAt);
    }

    static Page redirect(String location, StoryId story, long renderedAt) {
        return new Page(301, null, new byte[0], null, null, location, Set.of(story), false, renderedAt);
    }

    /** A strong validator: the first 128 bits of the body's SHA-256. */
    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int weight() {
        return body.length + 512;
    }
}
