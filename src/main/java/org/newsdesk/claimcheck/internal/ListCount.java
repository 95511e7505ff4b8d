package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.Evidence;

/**
 * A count that is the number of items a source lists: "six counties: Barry, Berrien, Calhoun, Cass, Kalamazoo and Van
 * Buren" for "reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties", "eight countries, including
 * Italy, Canada and Japan" for a list of eight countries. The source list must have exactly the draft's number of items,
 * and be tied to the draft's sentence: at least two of its items are named there, or the word the draft counts is in
 * the source's sentence. A wrong count ("seven counties") finds no list of that length and stays unsupported.
 */
final class ListCount {

    /** One item of a Latin-script list: up to four words, the first capitalised ("New Zealand", "the United States"). */
    private static final String ITEM = "(?:the\\s+|l[ae']\\s*|les\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|of|de|du|des)){0,3}";
    private static final Pattern LATIN_LIST = Pattern.compile(ITEM + "(?:\\s*,\\s*" + ITEM + ")+\\s*,?\\s+(?:and|et|or|ou)\\s+" + ITEM);
    private static final Pattern ITEM_IN_LIST = Pattern.compile(ITEM);
    private static final Pattern ZH_LIST = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{1,12}(?:、[\\p{IsHan}A-Za-z0-9]{1,12})+(?:[和及与][\\p{IsHan}A-Za-z0-9]{1,12})?");

    private static final Pattern COUNTED = Pattern.compile("^[\\s\\u00A0]+(\\p{L}+)");

    private ListCount() {}

    /** Supported by a source list of as many items, tied to the draft's sentence, or {@code null}. */
    static Outcome support(Mention d, SourceIndex index) {
        if (d.kind != ClaimKind.COUNT || d.doc == null || d.sentence < 0 || d.hedge != Mention.Hedge.EXACT) {
            return null;
        }
        double v = d.number();
        if (v != Math.rint(v) || v < 2 || v > 30) {
            return null;
        }
        int n = (int) v;
        String draftSentence = d.doc.folded.substring(d.doc.sentences.start(d.sentence), d.doc.sentences.end(d.sentence)).toLowerCase(Locale.ROOT);
        String counted = null;
        for (SourceList list : lists(index)) {
            if (list.items().size() != n) {
                continue;
            }
            long named = list.items().stream().filter(i -> i.length() >= 2 && draftSentence.contains(i)).count();
            if (named < 2) {
                counted = counted == null ? countedWord(d) : counted;
                String stem = counted.length() >= 4 ? counted.substring(0, counted.length() - 1) : null;
                if ((stem == null || !list.sentence().contains(stem)) && !ListOwners.sameOwner(d, list)) {
                    continue;
                }
            }
            Doc s = list.doc();
            int si = s.sentences.indexOf(list.start());
            int ps = s.sentences.start(si);
            int pe = s.sentences.end(si);
            return Outcome.supported("a list of " + n + " in " + s.label() + ": " + s.text.substring(list.start(), list.end()),
                    List.of(new Evidence(s.sourceId, s.text.substring(ps, pe), ps, pe, s.text.substring(list.start(), list.end()), list.start(), list.end(), s.title)));
        }
        return null;
    }

    /** A list a source writes out: where, its items, and its sentence in lower case. */
    record SourceList(Doc doc, int start, int end, List<String> items, String sentence) {}

    /** The lists of the sources, found once per set of sources. */
    static List<SourceList> lists(SourceIndex index) {
        List<SourceList> out = index.lists;
        if (out != null) {
            return out;
        }
        out = new ArrayList<>();
        for (Doc s : index.docs) {
            Matcher m = ("zh".equals(s.language) ? ZH_LIST : LATIN_LIST).matcher(s.folded);
            while (m.find()) {
                int si = s.sentences.indexOf(m.start());
                out.add(new SourceList(s, m.start(), m.end(), items(m.group()),
                        s.folded.substring(s.sentences.start(si), s.sentences.end(si)).toLowerCase(Locale.ROOT)));
            }
        }
        index.lists = out;
        return out;
    }

    /** The word right after the count ("six counties" → "counties"), lower case, or {@code null}. */
    private static String countedWord(Mention d) {
        Matcher m = COUNTED.matcher(d.doc.folded.substring(d.end, Math.min(d.doc.folded.length(), d.end + 30)));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** The items of a list, lower case, without a leading article. */
    static List<String> items(String list) {
        List<String> out = new ArrayList<>();
        if (list.indexOf('、') >= 0) {
            for (String part : list.split("[、和及与]")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }
        for (String part : list.split("\\s*,\\s*(?:(?:and|et|or|ou)\\s+)?|\\s+(?:and|et|or|ou)\\s+")) {
            Matcher m = ITEM_IN_LIST.matcher(part.strip());
            if (m.matches()) {
                out.add(m.group().toLowerCase(Locale.ROOT).replaceFirst("^(?:the|l[ae']|les)\\s*", "").strip());
            }
        }
        return out;
    }
}
