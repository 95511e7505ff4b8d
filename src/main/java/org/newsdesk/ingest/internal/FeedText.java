package org.newsdesk.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.io.XmlReader;
import org.jsoup.nodes.Entities;

/**
 * A feed's bytes made into XML text that a strict parser accepts, the way browsers and Python feedparser read what outlets
 * really serve: the encoding found from the BOM, the XML declaration or the HTTP header, with ISO-8859-1 and US-ASCII read
 * as Windows-1252 (as browsers do) and C1 control characters, literal or as {@code &#146;}, repaired to the Windows-1252
 * punctuation they stand for; the DOCTYPE dropped, keeping only internal entities whose value is plain text (nothing is
 * ever read from outside, and no entity refers to another, so nothing can grow); HTML entity names ({@code &nbsp;}, which
 * RSS 0.91 gets from its DTD) and stray ampersands made into what they mean.
 */
final class FeedText {

    private FeedText() {}

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The Unicode characters Windows-1252 puts at 0x80–0x9F (0 where it has none). */
    private static final char[] CP1252_C1 = new char[32];

    static {
        for (int b = 0x80; b <= 0x9F; b++) {
            String s = new String(new byte[] {(byte) b}, WINDOWS_1252);
            CP1252_C1[b - 0x80] = s.length() == 1 && s.charAt(0) != '\uFFFD' && s.charAt(0) != b ? s.charAt(0) : 0;
        }
    }

    /** The document as text, decoded by the rules above. */
    static String decode(byte[] body, String contentType) {
        String encoding;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            encoding = reader.getEncoding();
        } catch (IOException | RuntimeException unknownOrBroken) {
            encoding = null;
        }
        Charset charset = null;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding.strip());
            } catch (RuntimeException unsupported) {
                charset = null;
            }
        }
        if (charset == null || charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            // unknown labels: UTF-8 when the bytes are valid UTF-8, else what browsers assume
            charset = charset == null && validUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        String text = new String(body, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text;
    }

    private static boolean validUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static final Pattern XML_DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\?>");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\s[^\\[>]*(\\[(.*?)\\]\\s*)?>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERNAL_ENTITY = Pattern.compile("<!ENTITY\\s+([A-Za-z_][\\w.-]*)\\s+(\"([^\"&%<]{0,1000})\"|'([^'&%<]{0,1000})')\\s*>");
    private static final Pattern AMPERSAND = Pattern.compile("&(?:(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z_][\\w.-]{0,40});)?");

    /** XML text a strict parser can read: see the class comment. */
    static String repair(String text) {
        String xml = XML_DECLARATION.matcher(text).replaceFirst("");
        Map<String, String> entities = new HashMap<>();
        Matcher doctype = DOCTYPE.matcher(xml);
        if (doctypeNearTheTop(xml) && doctype.find() && doctype.start() < 4096) {
            if (doctype.group(2) != null) {
                Matcher e = INTERNAL_ENTITY.matcher(doctype.group(2));
                while (e.find()) {
                    entities.putIfAbsent(e.group(1), e.group(3) != null ? e.group(3) : e.group(4));
                }
            }
            xml = xml.substring(0, doctype.start()) + xml.substring(doctype.end());
        }
        xml = withoutCharactersXmlForbids(xml);
        xml = repairC1(xml);
        if (xml.indexOf('&') >= 0) {
            xml = repairAmpersands(xml, entities);
        }
        return xml;
    }

    /** Whether "<!DOCTYPE" (any case) starts within the first 4,096 characters: only there is one honoured. */
    private static boolean doctypeNearTheTop(String xml) {
        int end = Math.min(xml.length(), 4096 + 8);
        for (int i = xml.indexOf("<!", 0); i >= 0 && i < 4096; i = xml.indexOf("<!", i + 2)) {
            if (i + 9 <= end && xml.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                return true;
            }
        }
        return false;
    }

    /** Without the control characters and non-characters XML 1.0 forbids (tab and line breaks stay); the same string when there is none. */
    private static String withoutCharactersXmlForbids(String xml) {
        int i = 0;
        while (i < xml.length() && !forbiddenInXml(xml.charAt(i))) {
            i++;
        }
        if (i == xml.length()) {
            return xml;
        }
        StringBuilder b = new StringBuilder(xml.length()).append(xml, 0, i);
        for (; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (!forbiddenInXml(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean forbiddenInXml(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
    }

    private static String repairAmpersands(String xml, Map<String, String> entities) {
        StringBuilder out = new StringBuilder(xml.length() + 64);
        int from = 0;
        while (from < xml.length()) {
            int cdata = xml.indexOf("<![CDATA[", from);
            int upTo = cdata < 0 ? xml.length() : cdata;
            repairAmpersands(xml.substring(from, upTo), entities, out);
            if (cdata < 0) {
                break;
            }
            int close = xml.indexOf("]]>", cdata);
            int end = close < 0 ? xml.length() : close + 3;
            out.append(xml, cdata, end);
            from = end;
        }
        return out.toString();
    }

    private static void repairAmpersands(String text, Map<String, String> entities, StringBuilder out) {
        Matcher m = AMPERSAND.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            last = m.end();
            String ref = m.group(1);
            if (ref == null) {
                out.append("&amp;");
            } else if (ref.startsWith("#")) {
                out.append(numericReference(ref));
            } else if (ref.equals("amp") || ref.equals("lt") || ref.equals("gt") || ref.equals("quot") || ref.equals("apos")) {
                out.append(m.group());
            } else if (entities.containsKey(ref)) {
                out.append(escape(entities.get(ref)));
            } else {
                String html = Entities.isNamedEntity(ref) ? Entities.getByName(ref) : "";
                out.append(html.isEmpty() ? "&amp;" + ref + ";" : escape(html));
            }
        }
        out.append(text, last, text.length());
    }

    /** {@code &#146;} is the right single quote in Windows-1252, and so in every browser; a code point XML forbids is dropped. */
    private static String numericReference(String ref) {
        int cp;
        try {
            cp = ref.charAt(1) == 'x' || ref.charAt(1) == 'X' ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
        } catch (NumberFormatException e) {
            return "";
        }
        if (cp >= 0x80 && cp <= 0x9F && CP1252_C1[cp - 0x80] != 0) {
            cp = CP1252_C1[cp - 0x80];
        }
        boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
        return allowed ? "&#" + cp + ";" : "";
    }

    /** C1 control characters (never meant in a feed) as the Windows-1252 characters they were written as. */
    static String repairC1(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                char mapped = CP1252_C1[c - 0x80];
                b.setCharAt(i, mapped != 0 ? mapped : ' ');
            }
        }
        return b == null ? s : b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
