package org.newsdesk.ingest.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.Verifier;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.newsdesk.ingest.IngestException;

/**
 * Reads RSS 0.9x–2.0, RSS 1.0 (RDF), Atom 0.3 and 1.0 and CDF the way Python feedparser and browsers read what outlets
 * really serve, with Rome doing the mapping. {@link FeedText} first makes the bytes into XML text (encoding, Windows-1252
 * repair, DOCTYPE dropped with nothing ever read from outside and no entity that could grow, HTML entities, stray
 * ampersands); a document that is still not well-formed is read leniently. The shape is then put right where feedparser
 * is forgiving (an {@code <rss>} without {@code <channel>}, an Atom feed without its namespace or with {@code <item>}s,
 * base64 content, {@code xml:base} resolved into the links). One entry that cannot be read is skipped and named in
 * {@link ParsedFeed#notes()}; titles, authors and bodies past their caps are cut there, with a note. A feed refused whole
 * gets a message in plain words naming the problem.
 */
public final class FeedParser {

    /** A feed as read, before anything is stored; {@code notes} say what was skipped or cut, in plain words. */
    public record ParsedFeed(String title, String siteUrl, String language, List<Entry> entries, List<String> notes) {}

    /** One item of a feed: its HTML {@code content} is the fullest body the feed offers. */
    public record Entry(String guid, String link, String title, String author, Instant publishedAt, String content, String imageUrl) {}

    static final int MAX_TITLE = 1_000;
    static final int MAX_AUTHOR = 200;
    static final int MAX_CONTENT = 1_000_000;

    private FeedParser() {}

    public static ParsedFeed parse(byte[] body, String contentType) {
        if (looksLikeHtml(body)) {
            throw new IngestException("This address serves a web page, not a feed (RSS or Atom).");
        }
        String text = FeedText.decode(body, contentType);
        if (text.isBlank()) {
            throw new IngestException("The feed is empty: the server sent no content.");
        }
        List<String> notes = new ArrayList<>();
        Document doc = FeedShapes.normalise(readXml(FeedText.repair(text), notes));
        SyndFeed feed = build(doc, notes);
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String title = capped(FeedText.repairC1(blankToNull(e.getTitle())), MAX_TITLE, n, "title", notes);
            entries.add(new Entry(blankToNull(e.getUri()), blankToNull(e.getLink()), title,
                    capped(FeedText.repairC1(author(e)), MAX_AUTHOR, n, "author", notes),
                    instant(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
                    capped(FeedText.repairC1(content(e)), MAX_CONTENT, n, "text", notes), image(e)));
        }
        String language = feed.getLanguage() == null || feed.getLanguage().length() < 2 ? null
                : feed.getLanguage().substring(0, 2).toLowerCase(Locale.ROOT);
        return new ParsedFeed(FeedText.repairC1(blankToNull(feed.getTitle())), blankToNull(feed.getLink()), language, entries, List.copyOf(notes));
    }

    private static String capped(String value, int max, int entry, String what, List<String> notes) {
        if (value == null || value.length() <= max) {
            return value;
        }
        notes.add(String.format(Locale.ROOT, "Entry %d's %s was %,d characters long; Newsdesk kept the first %,d.", entry, what, value.length(), max));
        return value.substring(0, max);
    }

    /** Strictly when the text is well-formed, else leniently (as feedparser does), with a note; refused when neither reads it. */
    private static Document readXml(String xml, List<String> notes) {
        SAXBuilder strict = new SAXBuilder(XMLReaders.NONVALIDATING);
        strict.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        strict.setFeature("http://xml.org/sax/features/external-general-entities", false);
        strict.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        strict.setExpandEntities(false);
        try {
            return strict.build(new StringReader(xml));
        } catch (JDOMParseException e) {
            String problem = "The feed is not well-formed XML" + (e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ")" : "") + ": "
                    + plainXmlProblem(e);
            Document lenient = readLeniently(xml);
            if (lenient == null) {
                throw new IngestException(problem + ". Nothing was imported from it.", e);
            }
            notes.add(problem + "; Newsdesk read what it could of it.");
            return lenient;
        } catch (JDOMException | IOException e) {
            throw new IngestException("The feed could not be read as XML. Nothing was imported from it.", e);
        }
    }

    private static Document readLeniently(String xml) {
        try {
            org.jsoup.nodes.Element root = Jsoup.parse(xml, "", Parser.xmlParser()).children().first();
            if (root == null || root.selectFirst("item, entry, ITEM") == null) {
                return null;
            }
            return new Document(toJdom(root, Map.of()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A jsoup element as a JDOM one, namespaces taken from its xmlns attributes; names XML forbids are left out. */
    private static Element toJdom(org.jsoup.nodes.Element e, Map<String, Namespace> outer) {
        Map<String, Namespace> scope = outer;
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            if (a.getKey().equals("xmlns") || a.getKey().startsWith("xmlns:")) {
                String prefix = a.getKey().equals("xmlns") ? "" : a.getKey().substring(6);
                try {
                    Namespace ns = Namespace.getNamespace(prefix, a.getValue());
                    scope = scope == outer ? new HashMap<>(outer) : scope;
                    scope.put(prefix, ns);
                } catch (RuntimeException illegal) {
                    // an unusable declaration: elements that use it get a stand-in namespace below
                }
            }
        }
        Element out = new Element(localName(e.tagName()), namespace(e.tagName(), scope));
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            String key = a.getKey();
            if (key.equals("xmlns") || key.startsWith("xmlns:") || Verifier.checkAttributeName(localName(key)) != null) {
                continue;
            }
            Namespace ns = key.startsWith("xml:") ? Namespace.XML_NAMESPACE : key.indexOf(':') > 0 ? namespace(key, scope) : Namespace.NO_NAMESPACE;
            out.setAttribute(localName(key), a.getValue(), ns);
        }
        for (org.jsoup.nodes.Node child : e.childNodes()) {
            if (child instanceof org.jsoup.nodes.CDataNode c) {
                out.addContent(new org.jdom2.CDATA(c.text()));
            } else if (child instanceof org.jsoup.nodes.TextNode t) {
                out.addContent(t.getWholeText());
            } else if (child instanceof org.jsoup.nodes.Element c && Verifier.checkElementName(localName(c.tagName())) == null) {
                out.addContent(toJdom(c, scope));
            }
        }
        return out;
    }

    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1);
    }

    private static Namespace namespace(String name, Map<String, Namespace> scope) {
        int colon = name.indexOf(':');
        String prefix = colon > 0 ? name.substring(0, colon) : "";
        Namespace ns = scope.get(prefix);
        return ns != null ? ns : prefix.isEmpty() ? Namespace.NO_NAMESPACE : Namespace.getNamespace(prefix, "urn:x-undeclared:" + prefix);
    }

    /** What a parser's complaint means, in words an editor can act on. */
    private static String plainXmlProblem(JDOMParseException e) {
        return plainXmlProblem(e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage()));
    }

    /** The same for an XML parser's message (OPML files too). */
    static String plainXmlProblem(String m) {
        if (m.contains("same entity") || m.contains("Premature end")) {
            return "it ends before all its elements are closed (it may have been cut off)";
        }
        if (m.contains("prolog") || m.contains("preceding the root element")) {
            return "there is text before its first element";
        }
        if (m.contains("matching end-tag")) {
            return "an element is closed by the wrong end tag";
        }
        if (m.contains("DOCTYPE")) {
            return "its DOCTYPE is malformed";
        }
        if (m.contains("after the root element")) {
            return "there is more after its last element";
        }
        return "the markup is broken there";
    }

    /** Rome on the whole document; when that fails, without the entries Rome cannot read, each named in a note. */
    static SyndFeed build(Document doc, List<String> notes) {
        try {
            return input().build(doc);
        } catch (FeedException | RuntimeException whole) {
            List<Element> entries = FeedShapes.entries(doc);
            if (entries.isEmpty()) {
                throw new IngestException(FeedShapes.describeUnreadable(doc), whole);
            }
            Element parent = entries.get(0).getParentElement();
            int at = parent.indexOf(entries.get(0));
            entries.forEach(Element::detach);
            SyndFeed feed;
            try {
                feed = input().build(doc.clone());
            } catch (FeedException | RuntimeException channel) {
                throw new IngestException(FeedShapes.describeUnreadable(doc), channel);
            }
            List<SyndEntry> read = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                Element entry = entries.get(i);
                parent.addContent(at, entry);
                try {
                    read.addAll(input().build(doc.clone()).getEntries());
                } catch (FeedException | RuntimeException one) {
                    notes.add("Entry " + (i + 1) + FeedShapes.titleOf(entry) + " could not be read and was skipped; the others were imported.");
                }
                entry.detach();
            }
            feed.setEntries(read);
            return feed;
        }
    }

    private static SyndFeedInput input() {
        SyndFeedInput input = new SyndFeedInput(false, Locale.US);
        input.setAllowDoctypes(false);
        return input;
    }

    /** The feed a web page points to ({@code <link rel="alternate" type="application/rss+xml">}), if any. */
    public static String discover(byte[] body, String headerCharset, String pageUrl) {
        String html = HtmlCharsets.decode(body, headerCharset).text();
        org.jsoup.nodes.Element link = Jsoup.parse(html, pageUrl).selectFirst(
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
