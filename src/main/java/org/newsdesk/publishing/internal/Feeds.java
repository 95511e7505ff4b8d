package org.newsdesk.publishing.internal;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the live articles, and the sitemap. XML is written with
 * StAX (which escapes every text and attribute); HTML inside a feed is built from escaped text only,
 * so no markup from a source or a draft reaches a feed reader.
 */
final class Feeds {

    static final String RSS_TYPE = "application/rss+xml;charset=UTF-8";
    static final String ATOM_TYPE = "application/atom+xml;charset=UTF-8";
    static final String JSON_FEED_TYPE = "application/feed+json;charset=UTF-8";
    static final String XML_TYPE = "application/xml;charset=UTF-8";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private Feeds() {}

    /** One article in a feed. {@code html} is safe HTML made from escaped text. */
    record Item(String id, String url, String title, String summary, String html, String language, Instant published, Instant modified,
            List<String> categories, List<String> tags, String disclosure, String digitalSourceType) {}

    static String description(String siteName) {
        return "AI industry news from " + siteName + ": drafted with AI, checked and approved by people.";
    }

    /** Escaped HTML for a feed entry: summary, TL;DR and the disclosure. */
    static String html(String summary, List<String> tldr, String disclosure) {
        StringBuilder b = new StringBuilder();
        for (String paragraph : summary.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                b.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip())).append("</p>");
            }
        }
        if (!tldr.isEmpty()) {
            b.append("<ul>");
            tldr.forEach(t -> b.append("<li>").append(HtmlUtils.htmlEscape(t)).append("</li>"));
            b.append("</ul>");
        }
        b.append("<p><small>").append(HtmlUtils.htmlEscape(disclosure)).append("</small></p>");
        return b.toString();
    }

    static String rss(SiteViews.Site site, String language, Instant updated, List<Item> items) {
        return xml(w -> {
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("atom", ATOM_NS);
            w.writeStartElement("channel");
            text(w, "title", site.name());
            text(w, "link", site.home());
            text(w, "description", description(site.name()));
            text(w, "language", language);
            text(w, "lastBuildDate", RFC_822.format(updated));
            text(w, "generator", "Newsdesk");
            w.writeEmptyElement("atom", "link", ATOM_NS);
            w.writeAttribute("href", site.rss());
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/rss+xml");
            for (Item item : items) {
                w.writeStartElement("item");
                text(w, "title", item.title());
                text(w, "link", item.url());
                w.writeStartElement("guid");
                w.writeAttribute("isPermaLink", "false");
                w.writeCharacters(clean(item.id()));
                w.writeEndElement();
                text(w, "pubDate", RFC_822.format(item.published()));
                // RSS readers read description as HTML: escaped text, then escaped again by the XML writer.
                text(w, "description", item.html());
                for (String c : item.categories()) {
                    text(w, "category", c);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    static String atom(SiteViews.Site site, String language, Instant updated, List<Item> items) {
        return xml(w -> {
            w.setDefaultNamespace(ATOM_NS);
            w.writeStartElement(ATOM_NS, "feed");
            w.writeDefaultNamespace(ATOM_NS);
            w.writeAttribute("xml:lang", language);
            text(w, "id", site.home());
            textConstruct(w, "title", site.name());
            textConstruct(w, "subtitle", description(site.name()));
            text(w, "updated", updated.toString());
            link(w, "self", site.atom(), "application/atom+xml");
            link(w, "alternate", site.home(), "text/html");
            w.writeStartElement("author");
            text(w, "name", site.name());
            text(w, "uri", site.home());
            w.writeEndElement();
            text(w, "generator", "Newsdesk");
            for (Item item : items) {
                w.writeStartElement("entry");
                text(w, "id", item.id());
                textConstruct(w, "title", item.title());
                link(w, "alternate", item.url(), "text/html");
                text(w, "published", item.published().toString());
                text(w, "updated", item.modified().toString());
                textConstruct(w, "summary", item.summary());
                w.writeStartElement("content");
                w.writeAttribute("type", "html");
                w.writeCharacters(clean(item.html()));
                w.writeEndElement();
                for (String c : item.categories()) {
                    w.writeEmptyElement("category");
                    w.writeAttribute("term", clean(c));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    static String jsonFeed(JsonMapper json, SiteViews.Site site, String language, List<Item> items) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", site.name());
        feed.put("home_page_url", site.home());
        feed.put("feed_url", site.jsonFeed());
        feed.put("description", description(site.name()));
        feed.put("language", language);
        feed.put("authors", List.of(Map.of("name", site.name(), "url", site.home())));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Item item : items) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", item.id());
            e.put("url", item.url());
            e.put("title", item.title());
            e.put("summary", item.summary());
            e.put("content_html", item.html());
            e.put("date_published", item.published().toString());
            e.put("date_modified", item.modified().toString());
            e.put("language", item.language());
            List<String> tags = new ArrayList<>(item.categories());
            tags.addAll(item.tags());
            if (!tags.isEmpty()) {
                e.put("tags", tags);
            }
            Map<String, Object> ai = new LinkedHashMap<>();
            ai.put("about", site.home());
            ai.put("disclosure", item.disclosure());
            if (item.digitalSourceType() != null) {
                ai.put("digital_source_type", item.digitalSourceType());
            }
            e.put("_newsdesk", ai);
            entries.add(e);
        }
        feed.put("items", entries);
        return json.writeValueAsString(feed);
    }

    /** One URL of the sitemap. */
    record SitemapUrl(String loc, Instant lastModified) {}

    static String sitemap(List<SitemapUrl> urls) {
        return xml(w -> {
            String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            w.setDefaultNamespace(ns);
            w.writeStartElement(ns, "urlset");
            w.writeDefaultNamespace(ns);
            for (SitemapUrl u : urls) {
                w.writeStartElement("url");
                text(w, "loc", u.loc());
                if (u.lastModified() != null) {
                    text(w, "lastmod", u.lastModified().toString());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a feed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }

    /** An Atom text construct of type text: readers show it as plain text, never as markup. */
    private static void textConstruct(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeAttribute("type", "text");
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
        w.writeAttribute("type", type);
    }

    /** Characters XML 1.0 cannot carry at all (control characters) are dropped. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
