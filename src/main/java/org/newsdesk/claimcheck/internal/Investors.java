package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;

/**
 * Who backs whom, in sources and drafts alike, read from the structure of a sentence: "Microsoft-backed Inflection AI",
 * "a round backed by Salesforce, Google and Nvidia", "OpenAI soutenue par Microsoft", "Mistral a levé 600 millions
 * d'euros auprès de General Catalyst et de Lightspeed", "raised $235 million from Salesforce", "Microsoft a participé au
 * tour de table de Hugging Face" (the verbs "led" and "invested in" before the company are {@link Names#investorSwap}'s).
 * An investor the draft gives to a company is moved when the sources have it back other companies only, name the
 * draft's company too, and never name the two in one sentence.
 */
final class Investors {

    /** One investor of one company, with the sentence that says so. */
    record Pair(Mention investor, Mention investee) {}

    private static final Pattern HYPHEN_BACKED = Pattern.compile("-(?:backed|funded|owned|supported)(?![\\p{L}])");
    private static final Pattern BY = Pattern.compile("(?i)(?<![\\p{L}])(?:backed|funded|financed|supported|co-led|led|soutenue?s?|financée?s?"
            + "|co-menée?s?|menée?s?|détenue?s?)\\s+(?:in\\s+part\\s+)?(?:by|par)\\s+");
    private static final Pattern FROM = Pattern.compile("(?i)(?<![\\p{L}])(?:from|auprès\\s+d(?:e|')|with\\s+participation\\s+from|including|dont"
            + "|notamment|parmi\\s+lesquels|such\\s+as|include|incluent|comptent|comprennent)\\s*");
    private static final Pattern FUNDING = Pattern.compile("(?i)(?<![\\p{L}])(?:rais\\w*|lev[ée]\\w*|lève\\w*|round|tour\\s+de\\s+table|funding|financement"
            + "|backers|investors|investisseurs|actionnaires|soutiens|invest\\w*)(?![\\p{L}])");
    private static final Pattern PARTICIPATED = Pattern.compile("(?i)(?<![\\p{L}])(?:participé|participated|took\\s+part|joined|a\\s+rejoint|rejoint)"
            + "\\s+(?:au|in|the|à)\\s+(?:(?:latest|new|nouveau|dernier)\\s+)?(?:tour\\s+de\\s+table|round|funding\\s+round|financement|levée\\s+de\\s+fonds)"
            + "\\s*(?:de|d'|of|du)?\\s*");
    private static final Pattern LIST_GAP = Pattern.compile("(?i)^\\s*(?:,|and|et|&|as\\s+well\\s+as|ainsi\\s+que|plus)?\\s*(?:,\\s*)?(?:(?:de|d'|du|des|the|la|le|l')\\s*)?$");

    private Investors() {}

    /** The pairs one text states, read once per text. */
    static List<Pair> of(Doc doc) {
        List<Pair> pairs = doc.investorPairs;
        if (pairs == null) {
            pairs = read(doc);
            doc.investorPairs = pairs;
        }
        return pairs;
    }

    private static List<Pair> read(Doc doc) {
        List<Pair> out = new ArrayList<>();
        if ("zh".equals(doc.language)) {
            return out;
        }
        for (int s = 0; s < doc.bySentence.size(); s++) {
            List<Mention> names = doc.bySentence.get(s).stream().filter(m -> m.kind == ClaimKind.ENTITY && !isPlace(m)).toList();
            if (names.size() < 2) {
                continue;
            }
            int from = doc.sentences.start(s);
            int to = doc.sentences.end(s);
            String t = doc.folded;
            Matcher h = HYPHEN_BACKED.matcher(t).region(from, to);
            while (h.find()) {
                Mention investor = endingAt(names, h.start());
                Mention investee = firstAfter(names, h.end(), 40);
                if (investor != null && investee != null) {
                    out.add(new Pair(investor, investee));
                }
            }
            Matcher by = BY.matcher(t).region(from, to);
            while (by.find()) {
                Mention investee = lastBefore(names, by.start());
                for (Mention investor : listAfter(names, t, by.end())) {
                    if (investee != null && investor != investee) {
                        out.add(new Pair(investor, investee));
                    }
                }
            }
            if (FUNDING.matcher(t).region(from, to).find()) {
                Matcher f = FROM.matcher(t).region(from, to);
                while (f.find()) {
                    Mention investee = lastBefore(names, f.start());
                    for (Mention investor : listAfter(names, t, f.end())) {
                        if (investee != null && investor != investee) {
                            out.add(new Pair(investor, investee));
                        }
                    }
                }
            }
            Matcher p = PARTICIPATED.matcher(t).region(from, to);
            while (p.find()) {
                Mention investor = lastBefore(names, p.start());
                Mention investee = firstAfter(names, p.end(), 3);
                if (investor != null && investee != null && investor != investee) {
                    out.add(new Pair(investor, investee));
                }
            }
        }
        return out;
    }

    /** Why the draft's name {@code d} does not back the company the draft says it backs; null when nothing says so. */
    static String moved(Mention d, SourceIndex index) {
        Mention investee = null;
        for (Pair p : of(d.doc)) {
            if (p.investor() == d) {
                investee = p.investee();
                break;
            }
        }
        if (investee == null) {
            return null;
        }
        Pair elsewhere = null;
        boolean investeeNamed = false;
        for (Doc doc : index.docs) {
            List<Pair> pairs = of(doc);
            for (List<Mention> sentence : doc.bySentence) {
                boolean investor = false;
                boolean company = false;
                for (Mention m : sentence) {
                    if (m.kind == ClaimKind.ENTITY) {
                        investor |= m.sameEntity(d);
                        company |= m.sameEntity(investee);
                    }
                }
                int at = sentence.isEmpty() ? -1 : sentence.get(0).sentence;
                if (investor && company && pairs.stream().noneMatch(p -> p.investor().sentence == at && p.investor().sameEntity(d))) {
                    return null;
                }
                investeeNamed |= company;
            }
            for (Pair p : pairs) {
                if (p.investor().sameEntity(d)) {
                    if (p.investee().sameEntity(investee)) {
                        return null;
                    }
                    elsewhere = elsewhere == null ? p : elsewhere;
                }
            }
        }
        if (elsewhere == null || !investeeNamed) {
            return null;
        }
        Doc doc = elsewhere.investor().doc;
        int s = elsewhere.investor().sentence;
        String passage = doc.folded.substring(doc.sentences.start(s), doc.sentences.end(s)).strip().replaceAll("\\s+", " ");
        return "investor moved: in " + doc.label() + " " + elsewhere.investor().text.strip() + " backs " + elsewhere.investee().text.strip()
                + ", not " + investee.text.strip() + "; no source says it backs " + investee.text.strip() + " — “"
                + (passage.length() > 200 ? passage.substring(0, 200) + "…" : passage) + "”";
    }

    private static boolean isPlace(Mention m) {
        return m.aliasId != null && Aliases.isPlace(m.aliasId);
    }

    private static Mention endingAt(List<Mention> names, int at) {
        for (Mention m : names) {
            if (m.end == at) {
                return m;
            }
        }
        return null;
    }

    private static Mention firstAfter(List<Mention> names, int at, int within) {
        for (Mention m : names) {
            if (m.start >= at) {
                return m.start - at <= within ? m : null;
            }
        }
        return null;
    }

    /** The last name before a position that is not a credit in brackets ("(Reuters) - AI startup Hugging Face"). */
    private static Mention lastBefore(List<Mention> names, int at) {
        Mention last = null;
        for (Mention m : names) {
            String t = m.doc.folded;
            boolean bracketed = m.start > 0 && t.charAt(m.start - 1) == '(' && m.end < t.length() && t.charAt(m.end) == ')';
            if (m.end <= at && !bracketed) {
                last = m;
            }
        }
        return last;
    }

    /** The names listed from a position on: "Salesforce, Google and Nvidia", "de General Catalyst et de Lightspeed". */
    private static List<Mention> listAfter(List<Mention> names, String t, int at) {
        List<Mention> out = new ArrayList<>();
        int pos = at;
        for (Mention m : names) {
            if (m.start < pos) {
                continue;
            }
            String gap = t.substring(pos, m.start);
            if (!(out.isEmpty() ? gap.isBlank() || LIST_GAP.matcher(gap).matches() : LIST_GAP.matcher(gap).matches())) {
                break;
            }
            out.add(m);
            pos = m.end;
        }
        return out;
    }
}
