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

    /**
     * Lines that close a feed item or page without being part of the story: share bars,
     * newsletter and subscription pitches, "follow us", "related". Removed only from the end of
     * the text (where they sit), so a story that mentions subscribers keeps its sentence.
     */
    private static final Pattern TRAILING_FOOTER = Pattern.compile("(?i)^(?:"
            + "share (?:this|on|via)\\b.{0,120}|share:?|partager(?: cet article| sur)?\\b.{0,120}|分享到.{0,60}|分享:?"
            + "|like this:?|(?:related|more) (?:posts|articles|stories|news)\\b.{0,80}|articles similaires.{0,80}|相关(?:新闻|阅读|文章).{0,60}"
            + "|(?:subscribe|sign up|register)\\b.{0,160}(?:newsletter|inbox|updates|podcast|channel).{0,160}"
            + "|(?:abonnez-vous|inscrivez-vous)\\b.{0,200}|(?:get|receive) (?:our|the) .{0,60}newsletter.{0,120}"
            + "|follow us (?:on|at)\\b.{0,120}|suivez-nous\\b.{0,120}|关注我们.{0,60}|订阅.{0,60}"
            + "|(?:read|see) (?:more|also):?.{0,160}|lire aussi\\s*:?.{0,160}|(?:tags|étiquettes|标签)\\s*:.{0,200}"
            + "|(?:photo|image|crédit photo|credit)\\s*:.{0,120}"
            + ")$");

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
        text = text.replace("[…]", "…").replace("[...]", "…").replace("[&hellip;]", "…");
        text = text.replaceAll("[ \\t]+", " ")
                .replaceAll("(?m)^ | $", "")
                .replaceAll("\n{3,}", "\n\n");
        return dropTrailingFooters(text.strip());
    }

    static String dropTrailingFooters(String text) {
        String result = text;
        while (true) {
            int cut = result.lastIndexOf('\n');
            String last = result.substring(cut + 1).strip();
            if (cut < 0 || !TRAILING_FOOTER.matcher(last).matches()) {
                return result;
            }
            result = result.substring(0, cut).strip();
        }
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
