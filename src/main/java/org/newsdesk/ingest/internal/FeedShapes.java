package org.newsdesk.ingest.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.newsdesk.ingest.IngestException;

/**
 * Puts a parsed feed document into the shape Rome reads, where Python feedparser is forgiving and outlets rely on it:
 * an {@code <rss>} whose items stand without a {@code <channel>} or beside it, no or an unknown {@code version}; an
 * Atom {@code <feed>} without the Atom namespace or with {@code <item>}s; Atom 0.3 base64 content; Microsoft CDF
 * channels; and {@code xml:base}, resolved into the links it governs.
 */
final class FeedShapes {

    private static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");

    private FeedShapes() {}

    static Document normalise(Document doc) {
        Element root = doc.getRootElement();
        String name = root.getName().toLowerCase(Locale.ROOT);
        switch (name) {
            case "rss" -> rss(root);
            case "feed" -> atom(root);
            case "rdf" -> { }
            case "channel" -> doc.setRootElement(fromCdf(root));
            default -> throw new IngestException("The file's top element is <" + root.getName()
                    + ">, which is not a feed: Newsdesk reads RSS (<rss> or <rdf:RDF>) and Atom (<feed>).");
        }
        resolveBases(doc.getRootElement(), null);
        return doc;
    }

    private static void rss(Element rss) {
        String version = rss.getAttributeValue("version");
        if (version == null || !List.of("0.91", "0.92", "0.93", "0.94", "2.0").contains(version.strip())) {
            rss.setAttribute("version", "2.0");
        }
        Element channel = child(rss, "channel");
        List<Element> strayItems = new ArrayList<>();
        for (Element e : rss.getChildren()) {
            if (e.getName().equalsIgnoreCase("item")) {
                strayItems.add(e);
            }
        }
        if (channel == null) {
            if (strayItems.isEmpty()) {
                throw new IngestException("The file has an <rss> element but no <channel> and no <item>: there is nothing to read in it.");
            }
            channel = new Element("channel", rss.getNamespace());
            for (Element e : new ArrayList<>(rss.getChildren())) {
                channel.addContent(e.detach());
            }
            rss.addContent(channel);
        } else {
            for (Element item : strayItems) {
                channel.addContent(item.detach());
            }
        }
    }

    private static void atom(Element feed) {
        Namespace ns = feed.getNamespace();
        if (!ns.equals(ATOM_10) && !ns.equals(ATOM_03)) {
            Namespace atom = "0.3".equals(feed.getAttributeValue("version")) ? ATOM_03 : ATOM_10;
            intoNamespace(feed, ns, atom);
        }
        for (Element e : new ArrayList<>(feed.getChildren())) {
            if (e.getName().equals("item")) {
                e.setName("entry");
            }
        }
        List<Element> all = new ArrayList<>();
        feed.getDescendants(org.jdom2.filter.Filters.element()).forEach(all::add);
        for (Element e : all) {
            if ("base64".equals(e.getAttributeValue("mode"))) {
                try {
                    e.setText(new String(Base64.getMimeDecoder().decode(e.getTextTrim()), StandardCharsets.UTF_8));
                    e.removeAttribute("mode");
                } catch (IllegalArgumentException notBase64) {
                    e.setAttribute("mode", "escaped");
                }
            }
        }
    }

    private static void intoNamespace(Element e, Namespace from, Namespace to) {
        if (e.getNamespace().equals(from)) {
            e.setNamespace(to);
        }
        for (Element child : e.getChildren()) {
            intoNamespace(child, from, to);
        }
    }

    /** Microsoft's Channel Definition Format, as RSS 2.0: each ITEM's HREF, TITLE and ABSTRACT. */
    private static Element fromCdf(Element cdf) {
        Element rss = new Element("rss").setAttribute("version", "2.0");
        Element channel = new Element("channel");
        rss.addContent(channel);
        copyText(cdf, "title", channel, "title");
        copyText(cdf, "abstract", channel, "description");
        if (cdf.getAttributeValue("HREF") != null) {
            channel.addContent(new Element("link").setText(cdf.getAttributeValue("HREF")));
        }
        List<Element> all = new ArrayList<>();
        cdf.getDescendants(org.jdom2.filter.Filters.element()).forEach(all::add);
        for (Element item : all) {
            if (!item.getName().equalsIgnoreCase("item")) {
                continue;
            }
            Element rssItem = new Element("item");
            copyText(item, "title", rssItem, "title");
            String href = item.getAttributeValue("HREF") != null ? item.getAttributeValue("HREF") : item.getAttributeValue("href");
            if (href != null) {
                rssItem.addContent(new Element("link").setText(href));
            }
            copyText(item, "abstract", rssItem, "description");
            channel.addContent(rssItem);
        }
        rss.detach();
        return rss;
    }

    private static void copyText(Element from, String name, Element to, String as) {
        Element e = child(from, name);
        if (e != null) {
            to.addContent(new Element(as).setText(e.getTextTrim()));
        }
    }

    private static Element child(Element parent, String name) {
        for (Element e : parent.getChildren()) {
            if (e.getName().equalsIgnoreCase(name)) {
                return e;
            }
        }
        return null;
    }

    /** Resolves {@code xml:base} (nested bases resolve against their parents') into Atom link hrefs and RSS links. */
    private static void resolveBases(Element e, String inherited) {
        String base = inherited;
        Attribute xmlBase = e.getAttribute("base", Namespace.XML_NAMESPACE);
        if (xmlBase != null) {
            base = resolve(base, xmlBase.getValue());
        }
        if (base != null && e.getName().equals("link")) {
            if (e.getAttribute("href") != null) {
                e.setAttribute("href", resolve(base, e.getAttributeValue("href")));
            } else if (!e.getTextTrim().isEmpty()) {
                e.setText(resolve(base, e.getTextTrim()));
            }
        }
        for (Element child : e.getChildren()) {
            resolveBases(child, base);
        }
    }

    private static String resolve(String base, String ref) {
        if (base == null) {
            return ref;
        }
        try {
            return new URI(base.strip()).resolve(new URI(ref.strip())).toString();
        } catch (Exception notAUri) {
            return ref;
        }
    }

    /** The entry elements of a feed in the shape {@link #normalise} leaves. */
    static List<Element> entries(Document doc) {
        Element root = doc.getRootElement();
        List<Element> entries = new ArrayList<>();
        Element holder = root.getName().equals("rss") ? child(root, "channel") : root;
        if (holder != null) {
            for (Element e : holder.getChildren()) {
                if (e.getName().equals("item") || e.getName().equals("entry")) {
                    entries.add(e);
                }
            }
        }
        return entries;
    }

    static String describeUnreadable(Document doc) {
        Element root = doc.getRootElement();
        return "The feed's <" + root.getQualifiedName() + "> could not be read as " + (root.getName().equals("feed") ? "Atom" : "RSS")
                + ": its channel information (title, link) is malformed. Nothing was imported from it.";
    }

    /** {@code " ("title")"} of an entry element, for a note, or empty. */
    static String titleOf(Element entry) {
        Element title = child(entry, "title");
        String text = title == null ? "" : title.getTextNormalize();
        return text.isEmpty() ? "" : " (\"" + (text.length() > 80 ? text.substring(0, 77) + "…" : text) + "\")";
    }
}
