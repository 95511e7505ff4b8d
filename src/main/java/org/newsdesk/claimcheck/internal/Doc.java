package org.newsdesk.claimcheck.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.SourceId;

/** One text (a source, or a draft field in one language) with its sentences and the claims found in it. */
final class Doc {

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![A-Za-z\\u00C0-\\u024F])[a-z\\u00DF-\\u00F6\\u00F8-\\u00FF][a-z\\u00DF-\\u00F6\\u00F8-\\u00FF'-]*");

    final SourceId sourceId;
    final String field;
    final String language;
    final String text;
    final String folded;
    final LocalDate publishedOn;
    final Sentences sentences;
    List<Mention> mentions = List.of();
    List<List<Mention>> bySentence = List.of();

    Doc(SourceId sourceId, String field, String language, String text, LocalDate publishedOn) {
        this.sourceId = sourceId;
        this.field = field;
        this.language = language == null ? "en" : language.toLowerCase(java.util.Locale.ROOT);
        this.text = text;
        this.folded = Fold.fold(text);
        this.publishedOn = publishedOn;
        this.sentences = Sentences.of(folded);
    }

    /** Adds the words this text writes in lower case to {@code into}. */
    void lowerCaseWords(Set<String> into) {
        Matcher m = LOWER_WORD.matcher(folded);
        while (m.find()) {
            into.add(Lexicon.fold(m.group()));
        }
    }

    /** Finds the claims and links each figure to the name it is said of: the nearest one before it in its sentence. */
    void extract(Extractor.Words words) {
        mentions = Extractor.extract(folded, language, sentences, words);
        List<List<Mention>> groups = new ArrayList<>(sentences.count());
        for (int i = 0; i < sentences.count(); i++) {
            groups.add(new ArrayList<>(2));
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            m.doc = this;
            m.position = i;
            m.sentence = sentences.indexOf(m.start);
            groups.get(m.sentence).add(m);
        }
        for (List<Mention> sentence : groups) {
            Mention subject = null;
            for (Mention m : sentence) {
                if (m.kind == ClaimKind.ENTITY && (m.aliasId == null || !Aliases.isPlace(m.aliasId))) {
                    subject = m;
                } else if (m.isFigure()) {
                    m.subject = subject;
                }
            }
        }
        bySentence = groups;
    }

    /** The label a reviewer knows this text by: the source id, or the field and language. */
    String label() {
        return sourceId != null ? sourceId.value() : field + "/" + language;
    }

    int passageStart(Mention m) {
        return sentences.start(m.sentence);
    }

    int passageEnd(Mention m) {
        return sentences.end(m.sentence);
    }
}
