package org.newsdesk.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.newsdesk.ingest.IngestException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads and writes OPML subscription lists. Parsing refuses DOCTYPEs and external entities. */
public final class Opml {

    /** One subscription in an OPML file. */
    public record Outline(String title, String xmlUrl, String htmlUrl) {}

    private Opml() {}

    public static List<Outline> read(byte[] bytes) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new IngestException("The OPML file declares a DOCTYPE, which Newsdesk refuses for safety. Nothing was imported.");
            }
            throw new IngestException("The OPML file is not well-formed XML (line " + e.getLineNumber() + "): "
                    + FeedParser.plainXmlProblem(String.valueOf(e.getMessage())) + ". Nothing was imported.");
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IngestException("The OPML file could not be read as XML. Nothing was imported.", e);
        }
        if (!"opml".equalsIgnoreCase(doc.getDocumentElement().getTagName())) {
            throw new IngestException("This is not an OPML file (its root element is <" + doc.getDocumentElement().getTagName() + ">).");
        }
        List<Outline> outlines = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("outline");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            String xmlUrl = e.getAttribute("xmlUrl").strip();
            if (!xmlUrl.isEmpty()) {
                String title = e.getAttribute("title").isBlank() ? e.getAttribute("text").strip() : e.getAttribute("title").strip();
                outlines.add(new Outline(title.isEmpty() ? null : title, xmlUrl, e.getAttribute("htmlUrl").isBlank() ? null : e.getAttribute("htmlUrl").strip()));
            }
        }
        return outlines;
    }

    public static String write(String title, List<Outline> outlines) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>")
                .append(escape(title)).append("</title>\n  </head>\n  <body>\n");
        for (Outline o : outlines) {
            String name = o.title() == null ? o.xmlUrl() : o.title();
            b.append("    <outline type=\"rss\" text=\"").append(escape(name)).append("\" title=\"").append(escape(name))
                    .append("\" xmlUrl=\"").append(escape(o.xmlUrl())).append('"');
            if (o.htmlUrl() != null) {
                b.append(" htmlUrl=\"").append(escape(o.htmlUrl())).append('"');
            }
            b.append("/>\n");
        }
        return b.append("  </body>\n</opml>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
