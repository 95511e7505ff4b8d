package org.newsdesk.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns what editors paste (plain text, or HTML copied from a page) into clean text: markup
 * dropped with jsoup, entities decoded, Unicode normalised to NFC, whitespace tidied, and
 * feed footers such as "L'article … est apparu en premier sur …" removed.
 */
public final class TextCleaner {

    /**
     * Syndication footers that a CMS appends to every feed item or page: WordPress's "The post … appeared first on …" and
     * "L'article … est apparu en premier sur …", "本文首发于…", "原文链接…", "Continue reading", "Lire la suite", "阅读全文".
     * A line that is nothing but one of them is removed wherever it stands.
     */
    private static final String SITE = "(?:[\\p{Lu}\\p{N}]|www\\.|[\\p{L}\\p{N}-]+\\.[a-z]{2,})(?:[^\\n.!?。]|\\.(?=\\S)){0,80}?";
    private static final String SYNDICATION = "(?:L[’']article\\s.{1,400}?\\sest apparu en premier sur\\s" + SITE + "\\.?"
            + "|The post\\s.{1,400}?\\sappeared first on\\s" + SITE + "\\.?"
            + "|本文(?:首发|最早发表|首发表)于[^。！？\\n]{0,80}[。！？]?|原文(?:链接|地址)(?:\\s*[:：]\\s*\\S{0,300})?|(?:阅读|查看)(?:原文|全文)[^。！？\\n]{0,40}"
            + "|Continue reading\\b.{0,160}|Lire la suite\\b.{0,160}|Read the (?:full|rest of the|original) (?:story|article|post)\\b.{0,120}"
            + "|Read more\\s*(?:[»›→…]|\\.\\.\\.|$).{0,120})";
    private static final Pattern FOOTERS = Pattern.compile("(?m)^\\s*" + SYNDICATION + "\\s*$");
    /**
     * The same footers at the end of the text's last paragraph, after a sentence ("… une capacité […] L'article … est apparu
     * en premier sur FW.MEDIA."): they start with a capital at a sentence boundary, so a sentence that mentions them inside a
     * paragraph, or a lower-case "continue reading", stays.
     */
    private static final Pattern FOOTER_TAIL = Pattern.compile("(?:^|(?<=[.!?…。！？»”\"\\])）]\\s{0,3})|(?<=\\p{L}\\s)(?=L[’\']article|The post))" + SYNDICATION + "\\s*$");

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
        String text = org.newsdesk.platform.PlainText.strip(raw);
        if (text.indexOf('<') >= 0 && text.indexOf('>') >= 0) {
            text = htmlToText(text);
        } else if (text.indexOf('&') >= 0) {
            text = org.jsoup.parser.Parser.unescapeEntities(text, false);
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        text = unifyBreaksAndSpaces(text);
        if (maySyndicate(text)) {
            text = FOOTERS.matcher(text).replaceAll("");
        }
        if (text.indexOf('[') >= 0) {
            text = text.replace("[…]", "…").replace("[...]", "…").replace("[&hellip;]", "…");
        }
        return dropTrailingFooters(tidySpacing(text).strip());
    }

    /**
     * Literal words one of which every syndication footer holds ({@link #SYNDICATION} is case-sensitive): a text without any
     * of them is spared the footer patterns, which cost more than the rest of the cleaning on a long item.
     */
    private static final String[] SYNDICATION_WORDS = {"L’article", "L'article", "The post", "本文", "原文", "全文", "Continue reading",
            "Lire la suite", "Read the ", "Read more"};

    private static boolean maySyndicate(String text) {
        for (String word : SYNDICATION_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** No-break spaces as spaces, zero-width spaces and BOMs dropped, CR and CRLF as LF; the same string when there is none. */
    private static String unifyBreaksAndSpaces(String text) {
        int i = 0;
        while (i < text.length() && !irregular(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u00A0', '\u202F' -> b.append(' ');
                case '\u200B', '\uFEFF' -> { }
                case '\r' -> {
                    // CRLF is one break, also with a zero-width space between (dropped either way)
                    b.append('\n');
                    int k = i + 1;
                    while (k < text.length() && (text.charAt(k) == '\u200B' || text.charAt(k) == '\uFEFF')) {
                        k++;
                    }
                    if (k < text.length() && text.charAt(k) == '\n') {
                        i = k;
                    }
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean irregular(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u200B' || c == '\uFEFF' || c == '\r';
    }

    /**
     * In one pass: each run of spaces and tabs as one space, none at the start or end of a line, and at most one empty line in
     * a row (what {@code [ \t]+ → " "}, then {@code (?m)^ | $ → ""}, then {@code \n{3,} → "\n\n"} do, in that order).
     */
    static String tidySpacing(String text) {
        int n = text.length();
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                boolean lineStart = i == 0 || lineBreak(text.charAt(i - 1));
                boolean lineEnd = j == n || lineBreak(text.charAt(j));
                if (!lineStart && !lineEnd) {
                    b.append(' ');
                }
                i = j;
                continue;
            }
            int len = b.length();
            if (c != '\n' || len < 2 || b.charAt(len - 1) != '\n' || b.charAt(len - 2) != '\n') {
                b.append(c);
            }
            i++;
        }
        return b.toString();
    }

    /** What Java's patterns treat as the end of a line in multi-line mode (CR is gone by then). */
    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\r';
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre", "section",
            "article", "figure", "ul", "ol", "table", "dd", "dt");

    /** The text of an HTML fragment: one parse, a line break after each block, scripts and styles dropped, entities decoded. */
    private static String htmlToText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, body);
        return out.toString();
    }

    /**
     * Removes, from the end of the text, footer lines (share bars, newsletter pitches, "related") and syndication footers that
     * end the last paragraph, repeatedly, since a page may close with several of them.
     */
    static String dropTrailingFooters(String text) {
        String result = text;
        while (!result.isEmpty()) {
            int cut = result.lastIndexOf('\n');
            String last = result.substring(cut + 1).strip();
            if (cut >= 0 && TRAILING_FOOTER.matcher(last).matches()) {
                result = result.substring(0, cut).strip();
                continue;
            }
            int bar = shareBarStart(result);
            if (bar >= 0) {
                result = result.substring(0, bar).strip();
                continue;
            }
            Matcher tail = FOOTER_TAIL.matcher(last);
            if (!maySyndicate(last) || !tail.find()) {
                return result;
            }
            result = (result.substring(0, cut + 1) + last.substring(0, tail.start())).strip();
        }
        return result;
    }

    /** A share bar's heading ("Share this:", "Partager :", "分享到："), followed in the text by the networks' names. */
    private static final Pattern SHARE_HEADING = Pattern.compile(
            "(?i)(?:share(?: this(?: article| story| post)?| on| via)?|partager(?: cet article| sur)?|分享到|分享|like this|j[’']aime ceci)\\s*[:：]?");

    /** Where a share bar that closes the text starts (its heading followed only by a few short lines), or -1. */
    private static int shareBarStart(String text) {
        int end = text.length();
        for (int lines = 0; lines < 12 && end > 0; lines++) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end).strip();
            if (line.length() > 40) {
                return -1;
            }
            if (lines > 0 && SHARE_HEADING.matcher(line).matches()) {
                return start;
            }
            end = start - 1;
        }
        return -1;
    }

    /** Lower case, without punctuation (ASCII and Unicode) and whitespace. */
    static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || (cp < 128 && ASCII_PUNCT.indexOf(cp) >= 0)) {
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                    || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION) {
                continue;
            }
            b.appendCodePoint(Character.toLowerCase(cp));
        }
        return b.toString();
    }

    private static final String ASCII_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    public static String cleanLine(String raw) {
        return clean(raw).replaceAll("\\s+", " ");
    }

    /** Hash of the text with case, punctuation and spacing folded, so trivially different copies collide. */
    public static String contentHash(String cleanText) {
        String folded = fold(cleanText);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
