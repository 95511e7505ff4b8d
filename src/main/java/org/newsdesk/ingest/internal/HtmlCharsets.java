package org.newsdesk.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a fetched HTML page the way browsers do: a byte-order mark first, then the charset in
 * the HTTP header, then a {@code <meta>} charset in the page, and if none is declared the bytes
 * are taken as UTF-8 when they are valid UTF-8, else sniffed (juniversalchardet). Labels are
 * mapped as the WHATWG Encoding standard says: GB2312 is read as GBK (its superset),
 * ISO-8859-1 and US-ASCII as Windows-1252.
 */
public final class HtmlCharsets {

    private static final Pattern META = Pattern.compile(
            "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharsets() {}

    /** The page as text, and the charset it was read with. */
    public record Decoded(String text, Charset charset) {}

    public static Decoded decode(byte[] bytes, String headerCharset) {
        Charset bom = bom(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom);
        }
        Charset charset = lookup(headerCharset);
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META.matcher(head);
            if (m.find()) {
                charset = lookup(m.group(1));
            }
        }
        if (charset == null) {
            charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : sniff(bytes);
        }
        return new Decoded(new String(bytes, charset), charset);
    }

    static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** A charset for a label, with the WHATWG substitutions; {@code null} for an unknown label. */
    static Charset lookup(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        l = switch (l) {
            case "gb2312", "gb_2312-80", "x-gbk", "chinese", "csgb2312", "iso-ir-58" -> "GBK";
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252" -> "windows-1252";
            case "big5-hkscs", "x-x-big5", "cn-big5", "csbig5" -> "Big5";
            case "utf8", "unicode-1-1-utf-8" -> "UTF-8";
            default -> l;
        };
        try {
            return Charset.forName(l);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static Charset sniff(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        detector.dataEnd();
        Charset found = lookup(detector.getDetectedCharset());
        return found != null ? found : Charset.forName("windows-1252");
    }
}
