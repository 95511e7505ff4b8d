package org.newsdesk.drafting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers already paid for, keyed by everything that shapes them: model, prompt version,
 * section, language, the editor's instruction and the exact source text. The same request is
 * answered from here without calling the provider again, unless the editor forces a redraft.
 */
@Component
public class DraftCache {

    private final JdbcClient jdbc;

    DraftCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Answer(String text, int promptTokens, int completionTokens) {}

    public static String key(String model, String promptVersion, String section, String language, String system, String user) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {model, promptVersion, section, language, system, user}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Answer> find(String key) {
        return jdbc.sql("select answer, prompt_tokens, completion_tokens from draft_cache where cache_key = ?").param(key)
                .query((rs, n) -> new Answer(rs.getString(1), rs.getInt(2), rs.getInt(3))).optional();
    }

    public void put(String key, Answer answer) {
        jdbc.sql("""
                insert into draft_cache (cache_key, answer, prompt_tokens, completion_tokens) values (?, ?, ?, ?)
                on conflict (cache_key) do update set answer = excluded.answer, prompt_tokens = excluded.prompt_tokens,
                    completion_tokens = excluded.completion_tokens, created_at = now()""")
                .params(key, answer.text(), answer.promptTokens(), answer.completionTokens()).update();
    }
}
