package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.Map;

import org.newsdesk.claimcheck.Evidence;

/**
 * A name in Latin script that no source spells, when every source is written in Chinese ("Li Auto", "Goldman Sachs"
 * for sources that say 理想汽车, 高盛): the letters cannot be
 * compared, so the name is checked by what its sentence says instead. It is supported when the same sentence of the
 * draft states a figure or a day that a source states in one sentence with a name in Chinese script (the source's sentence
 * is quoted, so the reviewer sees which name it is); without such a figure it stays unsupported. The draft's sentence
 * takes in the parts a semicolon splits from it ("He Xiaopeng said the chip had taped out; the M03 starts at 119,800 yuan").
 */
final class CrossScript {

    private CrossScript() {}

    static Outcome anchored(Mention d, SourceIndex index) {
        if (d.aliasId != null || d.text.isEmpty() || !Fold.isLatinLetter(d.text.charAt(0)) || d.doc == null || !index.onlyChineseScript()) {
            return null;
        }
        for (Mention x : sentenceOf(d)) {
            if (!x.isFigure() && x.kind != org.newsdesk.claimcheck.ClaimKind.DATE) {
                continue;
            }
            for (Mention s : x.kind == org.newsdesk.claimcheck.ClaimKind.DATE ? sameDay(x, index) : sameValue(x, index)) {
                if (hasChineseName(s)) {
                    Doc doc = s.doc;
                    int ps = doc.passageStart(s);
                    int pe = doc.passageEnd(s);
                    Evidence e = new Evidence(doc.sourceId, doc.text.substring(ps, pe), ps, pe, doc.text.substring(s.start, s.end), s.start, s.end,
                            doc.title);
                    return Outcome.supported("name in another script: every source writes names in Chinese characters, and "
                            + doc.label() + " states this sentence's " + x.text.strip() + " (" + s.text.strip() + ") with the name it is about",
                            List.of(e));
                }
            }
        }
        return null;
    }

    /**
     * A name in Latin script found in Chinese-only sources ("HSBC" = 汇丰, "Nuno Matos" = 努诺·马托斯) that its sentence
     * ties to another of their names: a swap, named with both. Two ties are read. The figure or day nearest the name in
     * the draft's sentence: when the sources state it only where another name is the subject (from the start of the source's
     * sentence to the end of the figure's clause: "瑞银宣布…，该任命将于2024年9月16日生效" is said of 瑞银) and never where
     * this name stands, the name has taken another's figure. And for a name that is no company of the gazetteer (a
     * person): a company of the draft's sentence that the sources name, but not in the person's sentence, where another
     * company stands ("Nuno Matos will become president of UBS" where 努诺·马托斯 is 汇丰's).
     */
    static String swapped(Mention d, Outcome o, SourceIndex index) {
        if (d.text.isEmpty() || !Fold.isLatinLetter(d.text.charAt(0)) || d.doc == null || !index.onlyChineseScript()
                || d.aliasId != null && Aliases.isPlace(d.aliasId) || o.evidence().isEmpty() || o.evidence().get(0).matched().isEmpty()
                || !Fold.isCjk(o.evidence().get(0).matched().charAt(0))) {
            return null;
        }
        List<String> forms = new java.util.ArrayList<>();
        if (d.aliasId != null) {
            Aliases.cjkForms().stream().filter(f -> d.aliasId.equals(Aliases.cjk(f))).forEach(forms::add);
        } else {
            forms.add(o.evidence().get(0).matched());
        }
        if (forms.isEmpty()) {
            return null;
        }
        java.util.Set<String> draftIds = new java.util.HashSet<>();
        for (Mention m : sentenceOf(d)) {
            if (m.kind == org.newsdesk.claimcheck.ClaimKind.ENTITY && m.aliasId != null) {
                draftIds.add(m.aliasId);
            }
        }
        Mention x = nearestAnchor(d);
        if (x != null) {
            List<Mention> stated = x.kind == org.newsdesk.claimcheck.ClaimKind.DATE ? sameDay(x, index) : exact(x, index);
            Mention other = null;
            Mention at = null;
            for (Mention s : stated) {
                String t = s.doc.folded;
                int from = s.doc.sentences.start(s.sentence);
                int to = clauseEnd(t, s.end, s.doc.sentences.end(s.sentence));
                String span = t.substring(from, to);
                if (forms.stream().anyMatch(span::contains)) {
                    return null;
                }
                if (other == null) {
                    // the name the figure's clause is said of: one in the clause, or else the one that opens the sentence
                    int clause = clauseStart(t, s.start, from);
                    boolean named = false;
                    for (Mention m : s.doc.bySentence.get(s.sentence)) {
                        if (m.kind != org.newsdesk.claimcheck.ClaimKind.ENTITY || m.end > to) {
                            continue;
                        }
                        boolean inClause = m.start >= clause;
                        named |= inClause;
                        if (m.aliasId != null && !Aliases.isPlace(m.aliasId) && !draftIds.contains(m.aliasId) && (inClause || !named && m.start <= from + 1)) {
                            other = m;
                            at = s;
                        }
                    }
                }
            }
            if (other != null && ownFigure(forms, x, index)) {
                other = null; // the sources give this name a figure of its own of this kind: the figure moved, which the figure's rule reads
            }
            if (other != null) {
                return "swapped name: " + at.doc.label() + " states " + x.text.strip() + " (" + at.text.strip() + ") of " + other.text
                        + ", not of " + forms.get(0) + " (" + d.text.strip() + "): \"" + at.doc.text.substring(at.doc.sentences.start(at.sentence),
                                at.doc.sentences.end(at.sentence)).strip() + "\"";
            }
        }
        if (d.aliasId == null && o.rule().startsWith("same name written by sound")) {
            Evidence e = o.evidence().get(0);
            Doc doc = index.docs.stream().filter(z -> z.sourceId.equals(e.sourceId()) && z.text.regionMatches(e.matchedStart(), e.matched(), 0,
                    e.matched().length())).findFirst().orElse(null);
            if (doc == null) {
                return null;
            }
            List<Mention> theirs = doc.bySentence.get(doc.sentences.indexOf(e.matchedStart())).stream()
                    .filter(m -> m.kind == org.newsdesk.claimcheck.ClaimKind.ENTITY && m.aliasId != null && !Aliases.isPlace(m.aliasId)).toList();
            java.util.Set<String> theirIds = new java.util.HashSet<>();
            theirs.forEach(m -> theirIds.add(m.aliasId));
            Mention elsewhere = null;
            for (Mention m : sentenceOf(d)) {
                if (m != d && m.kind == org.newsdesk.claimcheck.ClaimKind.ENTITY && m.aliasId != null && !Aliases.isPlace(m.aliasId)
                        && !theirIds.contains(m.aliasId) && index.aliases.containsKey(m.aliasId)) {
                    elsewhere = m;
                }
            }
            Mention own = theirs.stream().filter(m -> !draftIds.contains(m.aliasId)).findFirst().orElse(null);
            if (elsewhere != null && own != null) {
                return "swapped name: " + doc.label() + " names " + e.matched() + " (" + d.text.strip() + ") with " + own.text + ", not "
                        + elsewhere.text.strip() + ": \"" + e.passage().strip() + "\"";
            }
        }
        return null;
    }

    /** The figure or day (with its month) of the draft's sentence nearest the name, or null. */
    private static Mention nearestAnchor(Mention d) {
        Mention best = null;
        int gap = Integer.MAX_VALUE;
        for (Mention x : sentenceOf(d)) {
            boolean day = x.kind == org.newsdesk.claimcheck.ClaimKind.DATE && x.value instanceof org.newsdesk.claimcheck.ClaimValue.DateValue v
                    && v.month() > 0 && v.day() > 0;
            if (!day && !x.isFigure()) {
                continue;
            }
            int g = x.start >= d.end ? x.start - d.end : d.start - x.end;
            if (g >= 0 && g < gap) {
                gap = g;
                best = x;
            }
        }
        return best;
    }

    private static List<Mention> exact(Mention x, SourceIndex index) {
        Map<Double, List<Mention>> map = switch (x.kind) {
            case PERCENT -> index.percents;
            case COUNT -> index.counts;
            default -> index.figures;
        };
        return map.getOrDefault(x.number(), List.of());
    }

    /** Whether a source sentence that writes one of the name's forms states a figure of the draft figure's kind. */
    private static boolean ownFigure(List<String> forms, Mention x, SourceIndex index) {
        for (Doc doc : index.docs) {
            for (int i = 0; i < doc.bySentence.size(); i++) {
                String sentence = doc.folded.substring(doc.sentences.start(i), doc.sentences.end(i));
                if (forms.stream().anyMatch(sentence::contains) && doc.bySentence.get(i).stream().anyMatch(m -> m.kind == x.kind)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the clause of a source figure starts: after its previous comma or semicolon, or the sentence's start. */
    private static int clauseStart(String t, int at, int sentenceStart) {
        for (int i = at - 1; i > sentenceStart; i--) {
            char c = t.charAt(i);
            if (c == '，' || c == '；' || c == ';' || c == ',') {
                return i + 1;
            }
        }
        return sentenceStart;
    }

    /** Where the clause of a source figure ends: its next comma, semicolon or the sentence's end. */
    private static int clauseEnd(String t, int from, int sentenceEnd) {
        for (int i = from; i < sentenceEnd; i++) {
            char c = t.charAt(i);
            if (c == '，' || c == '；' || c == ';' || c == '。' || c == ',') {
                return i;
            }
        }
        return sentenceEnd;
    }

    /** The draft sentence of the name with the parts a semicolon splits from it ("X said …; the M03 starts at 119,800 yuan"). */
    private static List<Mention> sentenceOf(Mention d) {
        List<Mention> out = new java.util.ArrayList<>(d.doc.bySentence.get(d.sentence));
        String t = d.doc.folded;
        for (int i = d.sentence - 1; i >= 0 && semicolonAt(t, d.doc.sentences.end(i)); i--) {
            out.addAll(d.doc.bySentence.get(i));
        }
        for (int i = d.sentence; i + 1 < d.doc.bySentence.size() && semicolonAt(t, d.doc.sentences.end(i)); i++) {
            out.addAll(d.doc.bySentence.get(i + 1));
        }
        return out;
    }

    private static boolean semicolonAt(String t, int end) {
        int i = end - 1;
        while (i >= 0 && Character.isWhitespace(t.charAt(i))) {
            i--;
        }
        return i >= 0 && (t.charAt(i) == ';' || t.charAt(i) == '；');
    }

    /** Source dates with the same month and day as a draft date that writes both. */
    private static List<Mention> sameDay(Mention x, SourceIndex index) {
        if (!(x.value instanceof org.newsdesk.claimcheck.ClaimValue.DateValue v) || v.month() == 0 || v.day() == 0) {
            return List.of();
        }
        return index.datesByMonth.getOrDefault(v.month(), List.of()).stream()
                .filter(s -> s.value instanceof org.newsdesk.claimcheck.ClaimValue.DateValue w && w.day() == v.day()).toList();
    }

    private static List<Mention> sameValue(Mention x, SourceIndex index) {
        Map<Double, List<Mention>> map = switch (x.kind) {
            case PERCENT -> index.percents;
            case COUNT -> index.counts;
            default -> index.figures;
        };
        List<Mention> exact = map.get(x.number());
        return exact == null ? Rule.candidates(x.kind == org.newsdesk.claimcheck.ClaimKind.PERCENT ? index.percents : index.figures, x) : exact;
    }

    /** Whether the source sentence of a figure has Chinese characters before the figure in its clause (the name it is said of). */
    private static boolean hasChineseName(Mention s) {
        String t = s.doc.folded;
        int from = s.doc.sentences.start(s.sentence);
        int cjk = 0;
        for (int i = s.start - 1; i >= from && cjk < 2; i--) {
            char c = t.charAt(i);
            if (c == '，' || c == '；' || c == ';' || c == '。') {
                break;
            }
            if (Fold.isCjk(c)) {
                cjk++;
            }
        }
        return cjk >= 2;
    }
}
