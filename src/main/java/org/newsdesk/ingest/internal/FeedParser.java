package org.newsdesk.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.newsdesk.ingest.IngestException;

/**
 * Reads RSS 0.91–2.0, RSS 1.0 (RDF) and Atom with Rome. DOCTYPE declarations are refused (Rome's
 * default, kept on purpose: it is how XML bombs and external-entity attacks get in), so no entity
 * is ever expanded and nothing outside the document is read. A feed that cannot be read whole
 * is refused whole, with a message that says why.
 */
public final class FeedParser {

    /** A feed as read, before anything is stored. */
    public record ParsedFeed(String title, String siteUrl, String language, List<Entry> entries) {}

    /** One item of a feed: its HTML {@code content} is the fullest body the feed offers. */
    public record Entry(String guid, String link, String title, String author, Instant publishedAt, String content, String imageUrl) {}

    private FeedParser() {}

    public static ParsedFeed parse(byte[] body, String contentType) {
        if (looksLikeHtml(body)) {
            throw new IngestException("This address serves a web page, not a feed (RSS or Atom).");
        }
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput(false, Locale.US);
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (ParsingFeedException e) {
            throw new IngestException(describe(e), e);
        } catch (FeedException | IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE")) {
                throw new IngestException(doctypeRefused(), e);
            }
            throw new IngestException("This is not a feed Newsdesk can read (RSS 0.91–2.0, RSS 1.0 or Atom): " + m, e);
        } catch (IOException e) {
            throw new IngestException("The feed's text encoding could not be read: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            entries.add(new Entry(blankToNull(e.getUri()), blankToNull(e.getLink()), blankToNull(e.getTitle()), author(e),
                    instant(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()), content(e), image(e)));
        }
        String language = feed.getLanguage() == null || feed.getLanguage().length() < 2 ? null
                : feed.getLanguage().substring(0, 2).toLowerCase(Locale.ROOT);
        return new ParsedFeed(blankToNull(feed.getTitle()), blankToNull(feed.getLink()), language, entries);
    }

    /** The feed a web page points to ({@code <link rel="alternate" type="application/rss+xml">}), if any. */
    public static String discover(byte[] body, String headerCharset, String pageUrl) {
        String html = HtmlCharsets.decode(body, headerCharset).text();
        Element link = Jsoup.parse(html, pageUrl).selectFirst(
                "link[rel=alternate][type=application/rss+xml][href], link[rel=alternate][type=application/atom+xml][href], "
                        + "link[rel=alternate][type=application/rdf+xml][href]");
        return link == null ? null : link.attr("abs:href");
    }

    public static boolean looksLikeHtmlPage(byte[] body) {
        return looksLikeHtml(body);
    }

    static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3);
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String describe(ParsingFeedException e) {
        String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
        if (cause != null && cause.contains("DOCTYPE")) {
            return doctypeRefused();
        }
        String where = e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")" : "";
        return "The feed is not well-formed XML" + where + ": " + cause + ". Nothing was imported from it.";
    }

    private static String doctypeRefused() {
        return "The feed declares a DOCTYPE, which Newsdesk refuses for safety (XML bombs and external entities come in that way). "
                + "Nothing was imported from it.";
    }

    private static String content(SyndEntry e) {
        StringBuilder b = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && c.getValue().length() > b.length()) {
                b.setLength(0);
                b.append(c.getValue());
            }
        }
        String description = e.getDescription() == null ? null : e.getDescription().getValue();
        if (description != null && description.length() > b.length()) {
            return description;
        }
        return b.isEmpty() ? description : b.toString();
    }

    private static String author(SyndEntry e) {
        if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
            return e.getAuthor().strip();
        }
        if (!e.getAuthors().isEmpty() && e.getAuthors().get(0).getName() != null) {
            return e.getAuthors().get(0).getName().strip();
        }
        return null;
    }

    private static String image(SyndEntry e) {
        for (SyndEnclosure enc : e.getEnclosures()) {
            if (enc.getType() != null && enc.getType().startsWith("image/") && enc.getUrl() != null) {
                return enc.getUrl();
            }
        }
        return null;
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
