package org.newsdesk.ingest.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Near-duplicate detection: a MinHash signature over the word triples (shingles) of a clean
 * text estimates how much two texts share (Jaccard similarity) without comparing them whole;
 * locality-sensitive hashing in {@value #BANDS} bands of {@value #ROWS} rows gives each text keys
 * that two similar texts very probably share (0.5 similar: 93 %; 0.6: 99 %; 0.2: 15 %; 0.05: 0.3 %), so the
 * store finds candidates by index (a GIN index on the band keys) and checks only those. Chinese,
 * written without spaces, is shingled by characters. Titles are left out: two outlets titling
 * the same news differently still match.
 */
public final class MinHash {

    public static final int SIZE = 60;
    public static final int ROWS = 3;
    public static final int BANDS = SIZE / ROWS;
    /** Texts with fewer shingles than this get no signature (too short to tell news apart). */
    static final int MIN_SHINGLES = 8;

    /** Multipliers and offsets of the {@value #SIZE} hash functions h(x) = (a·x + b) >>> 33 over well-mixed 64-bit shingle hashes. */
    private static final long[] A = new long[SIZE];
    private static final long[] B = new long[SIZE];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            s = mix(s + 0x632BE59BD9B4E019L);
            A[i] = s | 1;
            s = mix(s + 0x632BE59BD9B4E019L);
            B[i] = s;
        }
    }

    private MinHash() {}

    /** The signature of {@code text}, or {@code null} when it is too short to compare. */
    public static int[] signature(String text) {
        long[] shingles = shingles(text);
        if (shingles.length < MIN_SHINGLES) {
            return null;
        }
        int[] sig = new int[SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long sh : shingles) {
            for (int i = 0; i < SIZE; i++) {
                int h = (int) ((sh * A[i] + B[i]) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of the texts behind two signatures (0..1). */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** The LSH keys of a signature: one per band, with the band's number mixed in. */
    public static long[] bands(int[] sig) {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = band * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ (sig[band * ROWS + r] & 0xFFFFFFFFL) * 31 + r);
            }
            keys[band] = h;
        }
        return keys;
    }

    public static byte[] toBytes(int[] sig) {
        ByteBuffer b = ByteBuffer.allocate(SIZE * 4);
        for (int v : sig) {
            b.putInt(v);
        }
        return b.array();
    }

    public static int[] fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != SIZE * 4) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int[] sig = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            sig[i] = b.getInt();
        }
        return sig;
    }

    /** Hashes of the word triples of the text (Han characters count as words), without building strings. */
    static long[] shingles(String text) {
        long[] words = new long[Math.max(16, text.length() / 4)];
        int n = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean han = cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (han || !Character.isLetterOrDigit(cp)) {
                if (inWord) {
                    if (n == words.length) {
                        words = Arrays.copyOf(words, n * 2);
                    }
                    words[n++] = mix(h);
                    inWord = false;
                }
                if (han) {
                    if (n == words.length) {
                        words = Arrays.copyOf(words, n * 2);
                    }
                    words[n++] = mix(0xcbf29ce484222325L ^ cp);
                }
                continue;
            }
            if (!inWord) {
                h = 0xcbf29ce484222325L;
                inWord = true;
            }
            h = (h ^ Character.toLowerCase(cp)) * 0x100000001b3L;
        }
        if (inWord) {
            if (n == words.length) {
                words = Arrays.copyOf(words, n + 1);
            }
            words[n++] = mix(h);
        }
        if (n < 3) {
            return new long[0];
        }
        long[] out = new long[n - 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = mix(words[i] * 31 + mix(words[i + 1] * 17 + words[i + 2]));
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /** The words of a text as the shingles see them (for tests and explanations). */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        String t = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                flush(word, tokens);
                tokens.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else {
                flush(word, tokens);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    /** SplitMix64's finaliser: a fast, well-spread 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
