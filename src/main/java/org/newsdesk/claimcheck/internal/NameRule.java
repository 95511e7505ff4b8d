package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.Map;

import org.newsdesk.claimcheck.Evidence;
import org.newsdesk.claimcheck.Verdict;

/**
 * Names: supported when a source spells the name, a gazetteer form of it ("英伟达" = NVIDIA), or a distinctive word
 * of it; then its model number must be the sources' and, for an investor, the company it is said to back.
 */
final class NameRule extends Rule {

    NameRule(Verifier check) {
        super(check);
    }

    @Override
    Outcome verify(Mention d) {
        return name(d);
    }

    private Outcome name(Mention d) {
        Outcome o = nameSpelled(d);
        if (o.verdict() != Verdict.SUPPORTED) {
            Outcome across = CrossScript.anchored(d, index);
            return across != null ? across : o;
        }
        String across = CrossScript.swapped(d, o, index);
        if (across != null) {
            return Outcome.unsupported(across);
        }
        String number = Names.unsupportedModelNumber(d.words, index.docs);
        if (number != null) {
            return Outcome.unsupported("model number: the sources name " + d.text.replace(number, "").strip() + " but never \"" + number + "\"");
        }
        String swap = Names.investorSwap(d, index.docs);
        if (swap == null) {
            swap = Investors.moved(d, index);
        }
        if (swap != null) {
            return Outcome.unsupported(swap);
        }
        String role = d.aliasId == null && "same name".equals(o.rule()) ? Roles.swapped(d, index.docs) : null;
        if (role != null) {
            return Outcome.unsupported(role);
        }
        return o;
    }

    private Outcome nameSpelled(Mention d) {
        if (d.aliasId == null && !d.text.isEmpty() && Fold.isCjk(d.text.charAt(0))) {
            for (Doc s : index.docs) {
                int at = s.folded.indexOf(d.text);
                if (at >= 0) {
                    String role = ChineseRoles.swapped(d, index.docs);
                    if (role != null) {
                        return Outcome.unsupported(role);
                    }
                    return Outcome.supported("same name", List.of(evidence(new SourceIndex.Occurrence(s, at, at + d.text.length()))));
                }
            }
            Outcome pinyin = inPinyin(d);
            return pinyin != null ? pinyin : Outcome.unsupported("no source names " + d.text);
        }
        if (d.aliasId != null) {
            SourceIndex.Occurrence o = index.aliases.get(d.aliasId);
            if (o != null) {
                String seen = o.doc().text.substring(o.start(), o.end());
                return Outcome.supported(Lexicon.fold(seen).equals(Lexicon.fold(d.text)) ? "same name" : "same name in another form: " + d.text + " = " + seen,
                        List.of(evidence(o)));
            }
        }
        List<String> base = d.words.stream().filter(w -> w.chars().noneMatch(Character::isDigit)).toList();
        if (!base.isEmpty() && base.size() < d.words.size()) {
            String id = Aliases.latin(String.join(" ", base));
            SourceIndex.Occurrence named = id == null ? null : index.aliases.get(id);
            if (named != null) {
                return Outcome.supported("same name in another form: " + d.text + " = " + named.doc().text.substring(named.start(), named.end())
                        + " (with its number)", List.of(evidence(named)));
            }
        }
        String key = String.join(" ", d.words);
        SourceIndex.Occurrence o = index.ngrams.get(key);
        if (o != null) {
            return Outcome.supported("same name", List.of(evidence(o)));
        }
        Outcome pinyin = inCharacters(d);
        if (pinyin != null) {
            return pinyin;
        }
        Outcome sound = bySound(d);
        if (sound != null) {
            return sound;
        }
        int connector = connectorIndex(d.words);
        if (connector > 0 && distinctive(d.words.subList(0, connector)) && !partSupported(d.words.subList(0, connector))) {
            return Outcome.unsupported("no source names " + String.join(" ", d.text.split("\\s+(?i:of|de|du|des)\\s+", 2)[0]));
        }
        if (connector > 0 && partSupported(d.words.subList(0, connector))) {
            List<String> tail = d.words.subList(connector + 1, d.words.size());
            if (distinctive(tail) && tail.stream().filter(NameRule::distinctive).noneMatch(this::known)) {
                String[] spelled = d.text.split("\\s+(?i:of|de|du|des)\\s+", 2);
                return Outcome.unsupported("no source names " + (spelled.length == 2 ? spelled[1].strip() : d.text)
                        + ": the sources name " + spelled[0].strip() + " of another");
            }
        }
        String person = unknownPerson(d.words);
        if (person != null) {
            String[] spelled = d.text.strip().split("\\s+");
            return Outcome.unsupported("no source names " + (spelled.length >= 2 ? spelled[spelled.length - 2] + " " + spelled[spelled.length - 1] : person));
        }
        String plural = singular(d.words);
        if (plural != null) {
            SourceIndex.Occurrence one = index.ngrams.get(plural);
            if (one != null) {
                return Outcome.supported("same name in the plural: " + d.text + " = " + one.doc().text.substring(one.start(), one.end()),
                        List.of(evidence(one)));
            }
        }
        for (String w : d.words.stream().flatMap(w -> java.util.Arrays.stream(w.split("-"))).toList()) {
            if (w.length() >= 3 && !Lexicon.NOT_NAMES.contains(w) && !Lexicon.COMMON.contains(w)) {
                SourceIndex.Occurrence part = index.ngrams.get(w);
                if (part != null) {
                    return Outcome.supported("part of the name: " + part.doc().text.substring(part.start(), part.end()), List.of(evidence(part)));
                }
            }
        }
        return Outcome.unsupported("no source names " + d.text);
    }

    /**
     * A name in pinyin that a source writes in Chinese characters ("Lu Weibing" for 卢伟冰): the whole name, or its
     * last two or three words when a title stands before it ("Vice Premier He Lifeng"). Single words are left out
     * (too many characters read "li" or "wang").
     */
    private Outcome inCharacters(Mention d) {
        List<String> words = d.words;
        String head = words.isEmpty() ? null : Pinyin.key(words.get(0));
        if (head != null && head.length() >= 4 && d.aliasId == null && Fold.isLatinLetter(d.text.charAt(0))) {
            // a company's own name in pinyin before its English kind ("Fute Technology" = 富特科技): the reading of the
            // characters before a Chinese company ending
            SourceIndex.Occurrence o = index.pinyinRuns().get(head);
            if (o != null && o.end() - o.start() == 2 && CompanyNames.endingAt(o.doc().folded, o.end())) {
                return Outcome.supported("same name in Chinese characters: " + d.text.strip() + " = " + o.doc().text.substring(o.start(), o.end())
                        + " (read " + head + ", before the company's kind)", List.of(evidence(o)));
            }
        }
        for (int from = 0; from < words.size(); from++) {
            if (words.size() - from < 2 && !(words.size() == 1 && words.get(0).length() >= 6)) {
                break;
            }
            String k = Pinyin.key(String.join(" ", words.subList(from, words.size())));
            if (k == null || k.length() < 5) {
                continue;
            }
            SourceIndex.Occurrence o = index.pinyinRuns().get(k);
            if (o != null) {
                return Outcome.supported("same name in Chinese characters: " + d.text.strip() + " = " + o.doc().text.substring(o.start(), o.end())
                        + " (read " + k + ")", List.of(evidence(o)));
            }
        }
        return null;
    }

    /**
     * A Western name that a source writes by sound in Chinese characters ("Nuno Matos" for 努诺·马托斯, "Nagel" for
     * 内格尔): the whole name's consonants, or its last word's, are those of a transliteration in the sources.
     */
    private Outcome bySound(Mention d) {
        if (d.aliasId != null || d.words.isEmpty() || d.text.isEmpty() || !Fold.isLatinLetter(d.text.charAt(0))) {
            return null;
        }
        Map<String, SourceIndex.Occurrence> runs = index.transliterations();
        if (runs.isEmpty()) {
            return null;
        }
        String[] spelled = d.text.strip().split("\\s+");
        String whole = Transliteration.latin(d.text.strip());
        SourceIndex.Occurrence o = whole != null && whole.length() >= 4 && spelled.length >= 2 ? runs.get(whole) : null;
        String last = Transliteration.latin(spelled[spelled.length - 1]);
        if (o == null && last != null && last.length() >= 3 && distinctive(d.words.get(d.words.size() - 1))) {
            o = runs.get("·" + last);
            if (o == null) {
                o = runs.get(last);
            }
        }
        if (o == null) {
            return null;
        }
        return Outcome.supported("same name written by sound: " + d.text.strip() + " = " + o.doc().text.substring(o.start(), o.end()) + " (consonants "
                + (whole != null && runs.get(whole) == o ? whole : last) + ")", List.of(evidence(o)));
    }

    /** A name in Chinese characters that a source writes in pinyin (卢伟冰 for "Lu Weibing"). */
    private Outcome inPinyin(Mention d) {
        String k = Pinyin.of(d.text.strip());
        if (k == null || k.length() < 5 || d.text.strip().length() < 2) {
            return null;
        }
        SourceIndex.Occurrence o = index.latinKeys().get(k);
        if (o == null) {
            return null;
        }
        return Outcome.supported("same name in pinyin: " + d.text.strip() + " = " + o.doc().text.substring(o.start(), o.end()) + " (read " + k + ")",
                List.of(evidence(o)));
    }

    /**
     * A name that ends in two distinctive words no source spells ("Ombudsman Jeanine Añez" where the sources name
     * Nadia Cruz) is a person the sources do not name, though a title or first word of it is theirs.
     */
    private String unknownPerson(List<String> words) {
        int n = words.size();
        if (n < 3) {
            return null;
        }
        String first = words.get(n - 2);
        String last = words.get(n - 1);
        if (!distinctive(first) || !distinctive(last) || !alphabetic(first) || !alphabetic(last)) {
            return null;
        }
        return known(first) || known(last) ? null : first + " " + last;
    }

    private boolean known(String w) {
        return index.ngrams.get(w) != null || Aliases.latin(w) != null && index.aliases.get(Aliases.latin(w)) != null;
    }

    private static boolean alphabetic(String w) {
        return w.chars().allMatch(Character::isLetter);
    }

    /** The name with its last word in the singular ("Dreamliners" → "dreamliner"), or null when it ends in no plural s. */
    private static String singular(List<String> words) {
        String last = words.get(words.size() - 1);
        if (last.length() < 5 || !last.endsWith("s") || last.endsWith("ss") || !alphabetic(last)) {
            return null;
        }
        List<String> one = new java.util.ArrayList<>(words.subList(0, words.size() - 1));
        one.add(last.substring(0, last.length() - 1));
        return String.join(" ", one);
    }

    /** Where "of", "de", "du" or "des" joins two names in one ("Guillaume Lample of Mistral AI"), or -1. */
    private static int connectorIndex(List<String> words) {
        for (int i = 1; i < words.size() - 1; i++) {
            String w = words.get(i);
            if (w.equals("of") || w.equals("de") || w.equals("du") || w.equals("des")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean distinctive(String w) {
        return w.length() >= 3 && !Lexicon.NOT_NAMES.contains(w) && !Lexicon.COMMON.contains(w);
    }

    private static boolean distinctive(List<String> words) {
        return words.stream().anyMatch(NameRule::distinctive);
    }

    /** Whether the sources name the head of a joined name, whole or by a distinctive word ("Bank of America" has none: left to the whole). */
    private boolean partSupported(List<String> head) {
        if (index.ngrams.get(String.join(" ", head)) != null) {
            return true;
        }
        return head.stream().filter(NameRule::distinctive).anyMatch(w -> index.ngrams.get(w) != null || Aliases.latin(w) != null
                && index.aliases.get(Aliases.latin(w)) != null);
    }

    private static Evidence evidence(SourceIndex.Occurrence o) {
        Doc d = o.doc();
        int sentence = d.sentences.indexOf(o.start());
        int ps = d.sentences.start(sentence);
        int pe = d.sentences.end(sentence);
        return new Evidence(d.sourceId, d.text.substring(ps, pe), ps, pe, d.text.substring(o.start(), o.end()), o.start(), o.end(), d.title);
    }
}
