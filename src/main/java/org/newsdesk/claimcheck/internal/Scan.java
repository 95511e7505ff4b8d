package org.newsdesk.claimcheck.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One text being read for claims: the spans the finders took so far and the claims they found. */
final class Scan {

    final String text;
    final String language;
    final Sentences sentences;
    final Extractor.Words words;
    final LocalDate publishedOn;
    /** Whether the text is a source (its relative dates are resolved, its sentence openers may be names). */
    final boolean source;
    private final boolean[] taken;
    private final List<Mention> found = new ArrayList<>();

    Scan(String text, String language, Sentences sentences, Extractor.Words words, LocalDate publishedOn, boolean source) {
        this.text = text;
        this.language = language;
        this.sentences = sentences;
        this.words = words;
        this.publishedOn = publishedOn;
        this.source = source;
        this.taken = new boolean[text.length() + 1];
    }

    boolean free(int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    void add(Mention m) {
        for (int i = m.start; i < m.end; i++) {
            taken[i] = true;
        }
        found.add(m);
    }

    /** The claims found, in text order. */
    List<Mention> sorted() {
        found.sort(Comparator.comparingInt(m -> m.start));
        return found;
    }
}
