package org.newsdesk.claimcheck.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Names written in pinyin and in Chinese characters ("Lu Weibing" and 卢伟冰, "He Lifeng" and 何立峰): each
 * character's most common toneless Mandarin reading, from {@code claimcheck/pinyin.txt} (generated once from ICU's
 * Han-Latin data, Unicode licence). A name matches characters when its letters, without spaces, hyphens or tone marks,
 * spell the characters' readings one after the other.
 */
final class Pinyin {

    private static final char FIRST = '\u4E00';
    private static final String[] READING = new String['\u9FFF' - FIRST + 1];

    static {
        try (InputStream in = Pinyin.class.getResourceAsStream("/claimcheck/pinyin.txt")) {
            if (in == null) {
                throw new IllegalStateException("claimcheck/pinyin.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int space = line.indexOf(' ');
                String reading = line.substring(0, space);
                for (int i = space + 1; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c >= FIRST && c - FIRST < READING.length) {
                        READING[c - FIRST] = reading;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Pinyin() {}

    /** The readings of a run of Chinese characters run together ("卢伟冰" → "luweibing"), or null when one has none. */
    static String of(CharSequence cjk) {
        StringBuilder b = new StringBuilder(cjk.length() * 4);
        for (int i = 0; i < cjk.length(); i++) {
            char c = cjk.charAt(i);
            if (c == '·' || c == '•') {
                continue;
            }
            String r = c >= FIRST && c - FIRST < READING.length ? READING[c - FIRST] : null;
            if (r == null) {
                return null;
            }
            b.append(r);
        }
        return b.toString();
    }

    /** A Latin name's letters, lower case, without spaces, hyphens, apostrophes or accents ("Lü Wei-bing" → "luweibing"), or null when it has other signs. */
    static String key(String latin) {
        boolean ascii = true;
        for (int i = 0; i < latin.length() && ascii; i++) {
            ascii = latin.charAt(i) < 128;
        }
        String plain = ascii ? latin : Normalizer.normalize(latin, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + 32));
            } else if (c == ' ' || c == '-' || c == '\'' || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else {
                return null;
            }
        }
        return b.length() >= 4 ? b.toString() : null;
    }

    /**
     * Every run of two to four Chinese characters in the sources, by its reading: where a name written in pinyin may
     * stand in them. Built once per set of sources, when a draft first asks.
     */
    static Map<String, SourceIndex.Occurrence> runs(Iterable<Doc> docs) {
        Map<String, SourceIndex.Occurrence> out = new HashMap<>();
        for (Doc d : docs) {
            String t = d.folded;
            for (int i = 0; i < t.length(); i++) {
                if (!Fold.isCjk(t.charAt(i))) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                for (int j = i, n = 0; j < t.length() && n < 4; j++) {
                    char c = t.charAt(j);
                    if (c == '·') {
                        continue;
                    }
                    String r = c >= FIRST && c - FIRST < READING.length ? READING[c - FIRST] : null;
                    if (r == null) {
                        break;
                    }
                    b.append(r);
                    n++;
                    if (n >= 2) {
                        out.putIfAbsent(b.toString(), new SourceIndex.Occurrence(d, i, j + 1));
                    }
                }
            }
        }
        return out;
    }
}
