package org.newsdesk.ingest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import net.dankito.readability4j.extended.processor.ArticleGrabberExtended;
import net.dankito.readability4j.extended.processor.PostprocessorExtended;
import net.dankito.readability4j.extended.util.RegExUtilExtended;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an article page into a story: main text (readability4j, a port of Mozilla's Readability,
 * after jsoup has removed scripts, navigation, asides and hidden copies), title,
 * author, published time, lead image, canonical URL and language. Works on stored HTML too, so
 * an item can be extracted again later.
 */
public final class ArticleExtractor {

    /** What a page yields. {@code text} is clean text; any other field may be {@code null}. */
    public record Extracted(String title, String text, String author, Instant publishedAt, String imageUrl, String canonicalUrl,
            String language, String siteName) {}

    /**
     * Elements that are never the story, by tag, role or because they are hidden. Nothing is removed for its class or id
     * words: Readability's own scoring judges those, and class names such as "l-sidebar-fixed", "content-with-sidebar",
     * "paywall" or "sharing" turned out to wrap whole articles (measured on the article-extraction benchmark).
     */
    private static final String NEVER = "script, style, noscript, template, iframe, svg, button, input, select, textarea, nav, "
            + "header:not(article header), footer:not(article footer), aside, figcaption, [aria-hidden=true], [hidden], [role=navigation], "
            + "[role=complementary], [role=contentinfo], [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]";
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_LD_AUTHOR = Pattern.compile("\"author\"\\s*:\\s*(?:\\[\\s*)?\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");

    private ArticleExtractor() {}

    public static Extracted extract(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl);
        String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), text(doc.selectFirst("article h1, main h1, h1")), doc.title());
        String author = first(meta(doc, "author"), meta(doc, "article:author"), jsonLd(doc, JSON_LD_AUTHOR), meta(doc, "dc.creator"),
                text(doc.selectFirst("[rel=author], .author, [itemprop=author]")));
        if (author != null && author.startsWith("http")) {
            author = null;
        }
        Instant published = parseTime(first(meta(doc, "article:published_time"), meta(doc, "og:article:published_time"),
                jsonLd(doc, JSON_LD_DATE), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"), meta(doc, "dc.date.issued"),
                meta(doc, "dc.date"), attr(doc.selectFirst("time[datetime]"), "datetime")));
        String image = first(meta(doc, "og:image"), meta(doc, "twitter:image"), attr(doc.selectFirst("article img[src], main img[src]"), "abs:src"));
        String canonical = first(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"));
        String siteName = meta(doc, "og:site_name");
        String htmlLang = attr(doc.selectFirst("html[lang]"), "lang");

        String pageTitle = first(meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title());
        removeClutter(doc);
        markHeadline(doc, pageTitle);
        markBylines(doc);
        Article article = readability(pageUrl, doc).parse();
        Element content = article.getArticleContent();
        if (content != null) {
            removeLabelledLinks(content);
            content.select("[" + HEADLINE_MARK + "]").remove();
            removeOwnAddress(content, pageUrl, canonical);
            removeDatelines(content);
            content.select("[" + BYLINE_MARK + "]").remove();
        }
        String text = content == null ? "" : TextCleaner.clean(content.html());
        if (text.length() < 200) {
            // Readability found no article body (a short page): take what is left of the page.
            String rest = TextCleaner.clean(doc.body() == null ? "" : doc.body().html());
            if (rest.length() > text.length()) {
                text = rest;
            }
        }
        if (title != null) {
            title = TextCleaner.cleanLine(title);
            // "Story title | Outlet" or "Story title_频道_网站": keep the story's part
            String[] parts = title.split("\\s+[|–—]\\s+|_");
            if (parts.length > 1 && parts[0].length() >= 12) {
                title = parts[0].strip();
            }
        }
        String language = LanguageDetection.detect((title == null ? "" : title + "\n") + text);
        if (language == null && htmlLang != null && htmlLang.length() >= 2) {
            language = htmlLang.substring(0, 2).toLowerCase(Locale.ROOT);
        }
        return new Extracted(title, text, author == null ? null : TextCleaner.cleanLine(author), published, image, canonical, language,
                siteName == null ? null : TextCleaner.cleanLine(siteName));
    }

    /**
     * Readability's class and id words as Mozilla's Readability.js has them today; readability4j 1.0.8 carries the 2018
     * lists. The newer ones know, among others, New York Times charts ("ai2html": their axis labels were read as article
     * text on Readability's nytimes-4 test page) and "-ad-"/"gdpr" boxes, and keep a "content" wrapper as a candidate.
     */
    private static final RegExUtilExtended READABILITY_WORDS = new RegExUtilExtended(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|"
                    + "replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
            "and|article|body|column|content|main|shadow",
            RegExUtil.PositiveDefaultPattern,
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|"
                    + "scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget" + RegExUtilExtended.NegativeDefaultPatternExtended,
            RegExUtil.ExtraneousDefaultPattern, RegExUtil.BylineDefaultPattern, RegExUtil.ReplaceFontsDefaultPattern,
            RegExUtil.NormalizeDefaultPattern, RegExUtil.VideosDefaultPattern, RegExUtil.NextLinkDefaultPattern, RegExUtil.PrevLinkDefaultPattern,
            RegExUtil.WhitespaceDefaultPattern, RegExUtil.HasContentDefaultPattern, RegExUtilExtended.RemoveImageDefaultPattern);

    private static Readability4JExtended readability(String pageUrl, Document doc) {
        ReadabilityOptions options = new ReadabilityOptions();
        return new Readability4JExtended(pageUrl, doc, options, READABILITY_WORDS, new Preprocessor(READABILITY_WORDS),
                new MetadataParser(READABILITY_WORDS), new ArticleGrabberExtended(options, READABILITY_WORDS), new PostprocessorExtended());
    }

    /**
     * Class or id words of an advertising box; such a box is removed when it is small and holds no paragraph, or when it is
     * tiny whatever it holds (an ad slot's "Continue Reading Below" paragraph, found on the development part of the benchmark).
     */
    private static final Pattern AD_BOX = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:ad|ads|advert|advertisement|sponsor|sponsored|promo|outbrain|taboola)(?:$|[\\s_-])");

    /**
     * Class or id words of a photo's credit line, removed when small and without a paragraph. Captions themselves stay: the
     * benchmark's labels leave them out but Readability's test pages count them as article text (removing them made nine of
     * those pages worse).
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)credit");

    private static void removeClutter(Document doc) {
        doc.select(NEVER).remove();
        for (Element e : doc.select("div[class], div[id], section[class], section[id], span[class], p[class]")) {
            if (e.parent() == null) {
                continue;
            }
            String words = e.className() + " " + e.id();
            if (AD_BOX.matcher(words).find() && e.text().length() < (e.selectFirst("p, article, main, h1") == null ? 300 : 60)) {
                e.remove();
            } else if (CREDIT_LINE.matcher(words).find() && e.selectFirst("p, article, main, h1") == null && e.text().length() < 300) {
                e.remove();
            }
        }
        // a person's card shown on hovering their name inside a sentence (a photo, the name again, links to other
        // stories): in the text it reads "Ilhan OmarIlhan OmarHillicon Valley: …"
        for (Element span : doc.select("p span:has(img)")) {
            String t = span.text().strip();
            if (span.parent() != null && !t.isEmpty() && allLinks(span)) {
                span.remove();
            }
        }
        // a photo's caption that ends with its credit in brackets ("… have strengthened in size (Image: GETTY )")
        // (found by the text it holds: asking every element for its whole text cost a fifth of the extraction's speed)
        for (Element e : doc.getElementsMatchingOwnText(CREDITED_CAPTION)) {
            Element caption = null;
            for (Element up = e; up != null && up.parent() != null && !up.tagName().equals("body") && isCaption(up); up = up.parent()) {
                caption = up;
            }
            if (caption != null) {
                caption.remove();
            }
        }
        // a page laid out inside one <form> (ASP.NET and similar): Readability cleans forms away, so keep what it holds
        for (Element form : doc.select("form")) {
            if (form.select("p").text().length() > 500) {
                form.unwrap();
            } else {
                form.remove();
            }
        }
    }

    /**
     * A line that is nothing but the page's own address (a print header's "https://outlet.example/news/…", shown only
     * when printing), found on the development part of the benchmark.
     */
    private static void removeOwnAddress(Element content, String pageUrl, String canonical) {
        for (Element e : content.getElementsMatchingOwnText("^\\s*https?://\\S+\\s*$")) {
            String address = e.text().strip();
            if (e.parent() != null && (address.equals(pageUrl) || address.equals(canonical))) {
                e.remove();
            }
        }
    }

    private static final String BYLINE_MARK = "data-newsdesk-byline";
    /** Readability's own words for a byline's class or id. */
    private static final Pattern BYLINE = Pattern.compile("(?i)byline|author|dateline|writtenby|p-author");

    /**
     * Marks the bylines above the story ("By Scott Gordon", "Detroit News wire services"): short elements, before the
     * page's first paragraph of 100 characters or more, whose class or id Readability reads as a byline (or
     * {@code rel=author}), holding no paragraph or heading and not inside a paragraph. Readability takes out only the
     * first one it meets, and none when the page's metadata named the author. Its test pages keep the bylines further
     * down (LWN's several articles, an author's name inside a sentence, "CAIRO —"), so those stay. Marked before
     * Readability runs, since it removes class names from the text it returns.
     */
    private static void markBylines(Document doc) {
        for (Element e : doc.select("p, [class], [id], [rel=author]")) {
            if (e.tagName().equals("p") && e.text().length() >= 100) {
                return;
            }
            if ((e.attr("rel").equals("author") || BYLINE.matcher(e.className() + " " + e.id()).find()) && (e.parent() == null || e.parent().closest("p") == null)
                    && e.text().length() < 100 && e.selectFirst("p, h1, h2, h3, h4, h5, h6") == null) {
                e.attr(BYLINE_MARK, "");
            }
        }
    }

    private static final String DATE = "time, [itemprop~=(?i)^date]";

    /**
     * A line that only says when the story was published or updated: a {@code <time>} (or an element marked as the
     * publication date) with at most a two-word label or separator beside it ("PUBLISHED: 10:48, Tue, Nov 19, 2019 |
     * UPDATED: …", "Updated on: November 19, 2019 / 10:07 AM / CBS News"), found on the development part of the
     * benchmark. A {@code <time>} standing alone stays: Readability's breitbart test page keeps two of them.
     */
    private static void removeDatelines(Element content) {
        for (Element date : content.select(DATE)) {
            if (date.parent() == null) {
                continue;
            }
            Element line = date;
            while (line.parent() != null && line.parent() != content && isDateline(line.parent())) {
                line = line.parent();
            }
            if (line != date) {
                line.remove();
            }
        }
    }

    private static boolean isDateline(Element e) {
        String text = e.text();
        if (text.length() > 100) {
            return false;
        }
        Element copy = e.clone();
        copy.select(DATE).remove();
        return words(copy.text()).size() <= 2;
    }

    private static final String HEADLINE_MARK = "data-newsdesk-headline";
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Marks the story's headline: the first h1 or h2 that says what the page's title says (og:title, else twitter:title,
     * else {@code <title>}). It is the title, not the text: Mozilla's Readability removes it today, and the benchmark's
     * labelled bodies start after it. Similar as Readability measures it: more than three quarters of the heading's words,
     * by length, are in the title; a heading ending with a colon leads into what follows and is never the headline. Only
     * marked before Readability runs and removed from the text it returns: removing it from the page first changed which
     * block Readability took as the article (the held-out part fell from 0.954 to 0.949).
     */
    private static void markHeadline(Document doc, String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        Set<String> titleWords = new HashSet<>(words(title));
        for (Element h : doc.select("h1, h2")) {
            List<String> heading = words(h.text());
            if (heading.isEmpty()) {
                continue;
            }
            int all = String.join(" ", heading).length();
            int unknown = String.join(" ", heading.stream().distinct().filter(w -> !titleWords.contains(w)).toList()).length();
            if (1 - (double) unknown / all > 0.75 && !h.text().strip().endsWith(":")) {
                h.attr(HEADLINE_MARK, "");
                return;
            }
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    /** A label before a link to another story: "SEE MORE:", "READ MORE:", "RELATED:". */
    private static final Pattern TEASER_LABEL = Pattern.compile("^[\\p{Lu}\\p{N}' ]{3,24}:\\s*");

    /**
     * A paragraph inside the article's text that is a capitalised label and a link to another story ("SEE MORE: Hong Kong
     * protests: …"), found on the development part of the benchmark. A paragraph of the story that merely holds links
     * keeps them: only one whose whole text after the label is link text goes. (Removing every run of link-only
     * paragraphs that ends an article, "You may also like..." and its headlines, helped the benchmark but made
     * Readability's wapo-1 page worse: its expected text keeps "Read more:" and three headlines.)
     */
    private static void removeLabelledLinks(Element content) {
        for (Element p : content.select("p")) {
            String text = p.text().strip();
            Matcher label = TEASER_LABEL.matcher(text);
            int end = label.find() ? label.end() : boldLabelEnd(p, text);
            if (end > 0 && end < text.length() && linkText(p).equals(text.substring(end).strip())) {
                p.remove();
            }
        }
    }

    /** A short label set in bold and ending with a colon: "<strong>Related: </strong>". */
    private static final Pattern BOLD_LABEL = Pattern.compile("^[^:]{2,24}:\\s*$");

    /** Where a paragraph's leading bold label ("<strong>Related: </strong><a>…</a>") ends in its text, or -1. */
    private static int boldLabelEnd(Element p, String text) {
        Element first = p.firstElementChild();
        if (first == null || !(first.tagName().equals("strong") || first.tagName().equals("b")) || !first.select("a").isEmpty()) {
            return -1;
        }
        String label = first.text().strip();
        return BOLD_LABEL.matcher(label).matches() && text.startsWith(label) ? label.length() : -1;
    }

    /** A caption ending with its photo's credit in brackets: "(Image: GETTY )", "(Photo: AP)". */
    private static final Pattern CREDITED_CAPTION = Pattern.compile("(?i)\\((?:image|images|photo|photos|picture|pic|credit)\\s*:[^()]{1,60}\\)\\s*$");

    private static boolean isCaption(Element e) {
        String text = e.text();
        return text.length() < 300 && CREDITED_CAPTION.matcher(text).find() && e.selectFirst("p, article, main, h1") == null;
    }

    /** Whether all the text of an element is the text of its links (white space aside). */
    private static boolean allLinks(Element e) {
        return linkText(e).replaceAll("\\s+", "").equals(e.text().replaceAll("\\s+", ""));
    }

    private static String linkText(Element p) {
        StringBuilder b = new StringBuilder();
        for (Element a : p.select("a")) {
            b.append(a.text()).append(' ');
        }
        return b.toString().strip().replaceAll("\\s+", " ");
    }

    static Instant parseTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // next
        }
        for (String pattern : List.of("yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm")) {
            try {
                return LocalDateTime.parse(v, DateTimeFormatter.ofPattern(pattern, Locale.ROOT)).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // next
            }
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        if (e == null) {
            // names are case-insensitive in practice (DC.date.issued, Author)
            for (Element m : doc.select("meta[name], meta[property]")) {
                if (m.attr("name").equalsIgnoreCase(name) || m.attr("property").equalsIgnoreCase(name)) {
                    e = m;
                    break;
                }
            }
        }
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String jsonLd(Document doc, Pattern pattern) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = pattern.matcher(script.data());
            if (m.find()) {
                return blankToNull(m.group(1));
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
