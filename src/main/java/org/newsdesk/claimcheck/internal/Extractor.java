package org.newsdesk.claimcheck.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the claims in one text by running a finder per kind, in this order, each skipping the spans an earlier
 * one took ("Sep 2023" is a date, not the number 2023): {@link DateFinder}, {@link PeriodFinder},
 * {@link RatioFinder}, the number words of {@link FigureFinder}, the gazetteer names of {@link NameFinder}
 * (so that "昇腾910" is a name), the numbers of {@link FigureFinder}, then the other names. Each finder reads
 * its kind in one pass of precompiled patterns, so the cost grows linearly with the text.
 */
final class Extractor {

    /** What the extraction needs to know about the words of the texts around it. */
    interface Words {
        /** Whether a word (lower case) is seen in lower case somewhere in the texts: a common word, then. */
        boolean seenInLowerCase(String lower);

        /** Whether the sources use a name (folded words joined by single spaces). */
        boolean knownName(String key);
    }

    private Extractor() {}

    /** The claims in a folded draft text (see {@link Fold}), in text order. */
    static List<Mention> extract(String folded, String language, Sentences sentences, Words words) {
        return extract(folded, language, sentences, words, null, false);
    }

    /**
     * The claims in a folded text, in text order; a source's relative dates ("on Thursday", "下月") are resolved
     * against its publication date. The finders run in this order, each skipping what an earlier one took.
     */
    static List<Mention> extract(String folded, String language, Sentences sentences, Words words, LocalDate publishedOn, boolean source) {
        Scan scan = new Scan(folded, language, sentences, words, publishedOn, source);
        FigureFinder figures = new FigureFinder(scan);
        NameFinder names = new NameFinder(scan);
        new DateFinder(scan).find();
        new PeriodFinder(scan).find();
        new RatioFinder(scan).find();
        figures.findWords();
        names.findGazetteerNames();
        figures.findNumbers();
        names.findOtherNames();
        return scan.sorted();
    }
}
