package org.newsdesk.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Turns what editors paste (plain text, or HTML copied from a page) into clean text: markup
 * dropped with jsoup, entities decoded, Unicode normalised to NFC, whitespace tidied, and
 * feed footers such as "L'article … est apparu en premier sur …" removed.
 */
public final class TextCleaner {

    private static final Pattern FOOTERS = Pattern.compile(
            "(?im)^\\s*(?:L[’']article .{1,400}? est apparu en premier sur .{1,120}?\\.?"
                    + "|The post .{1,400}? appeared first on .{1,120}?\\.?"
                    + "|Continue reading.{0,120}"
                    + "|Lire la suite.{0,120})\\s*$");

    private TextCleaner() {}

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw;
        if (text.contains("<") && text.contains(">")) {
            Document.OutputSettings keepLines = new Document.OutputSettings().prettyPrint(false);
            String marked = Jsoup.clean(text.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</h[1-6]>", "$0\n"), "", Safelist.none(), keepLines);
            text = Jsoup.parse(marked).wholeText();
        } else if (text.contains("&")) {
            text = org.jsoup.parser.Parser.unescapeEntities(text, false);
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00A0', ' ').replace('\u202F', ' ')
                .replaceAll("[\\u200B\\uFEFF]", "")
                .replace("\r\n", "\n").replace('\r', '\n');
        text = FOOTERS.matcher(text).replaceAll("");
        text = text.replaceAll("[ \\t]+", " ")
                .replaceAll("(?m)^ | $", "")
                .replaceAll("\n{3,}", "\n\n");
        return text.strip();
    }

    public static String cleanLine(String raw) {
        return clean(raw).replaceAll("\\s+", " ");
    }

    /** Hash of the text with case, punctuation and spacing folded, so trivially different copies collide. */
    public static String contentHash(String cleanText) {
        String folded = cleanText.toLowerCase().replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
