package org.newsdesk.claimcheck.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;
import org.newsdesk.claimcheck.PreparedSources;
import org.newsdesk.claimcheck.SourceId;
import org.newsdesk.claimcheck.SourceText;

/**
 * The claims of the sources, normalised once and kept in maps keyed by value (sorted, for the tolerance of
 * rounding), currency, month and year, and the names of the sources as word n-grams and gazetteer ids; a
 * draft claim is then looked up, never compared with every source claim or searched for in the text.
 */
public final class SourceIndex implements PreparedSources {

    private static final Pattern WORD = Pattern.compile("[A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F0-9]*(?:[-&.][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F0-9]+)*\\.?");

    /** Where a name occurs in a source. */
    record Occurrence(Doc doc, int start, int end) {}

    /** A day a source speaks of (or was published on), for periods between dates. */
    record DatePoint(LocalDate date, String label, Doc doc, Mention mention) {}

    final List<Doc> docs = new ArrayList<>();
    final Set<String> lowerCaseWords = new HashSet<>();
    final Map<String, NavigableMap<Double, List<Mention>>> amounts = new HashMap<>();
    final NavigableMap<Double, List<Mention>> counts = new TreeMap<>();
    final NavigableMap<Double, List<Mention>> figures = new TreeMap<>();
    final NavigableMap<Double, List<Mention>> percents = new TreeMap<>();
    final NavigableMap<Double, List<Mention>> periods = new TreeMap<>();
    /** Differences between two percentages of one sentence ("18%, up from 11%": 7 points), larger first. */
    final NavigableMap<Double, List<Mention[]>> percentDifferences = new TreeMap<>();
    /** Percentage changes between two comparable figures of one sentence ("$130 million from $100 million": +30%). */
    final NavigableMap<Double, List<Mention[]>> derivedPercents = new TreeMap<>();
    final Map<Integer, List<Mention>> datesByMonth = new HashMap<>();
    final Map<Integer, List<Mention>> datesByYear = new HashMap<>();
    /** Quarters and halves the sources give ("Q3", "上半年"), their year resolved when the publication date fixes it. */
    final List<Mention> yearParts = new ArrayList<>();
    /** Years and days the sources give relative to their publication ("last year", "on Thursday"), resolved. */
    final Set<Integer> relativeYears = new HashSet<>();
    final Set<LocalDate> relativeDays = new HashSet<>();
    /** Months the sources give relative to their publication ("next month", "下月"), resolved. */
    final Set<java.time.YearMonth> relativeMonths = new HashSet<>();
    /** Multiples the sources state in words ("doubled", "增长超过40倍"). */
    final List<Mention> ratios = new ArrayList<>();
    final Map<String, Occurrence> ngrams = new HashMap<>();
    final Map<String, Occurrence> aliases = new HashMap<>();
    final List<DatePoint> datePoints = new ArrayList<>();
    /** Sums, differences and shares of the sources' figures ({@link Derived}), made on first need. */
    volatile NavigableMap<Double, List<Derived.Made>> derivedFigures;
    /** Shares and changes of the sources' figures within neighbouring sentences ({@link Shares}), made on first need. */
    volatile NavigableMap<Double, List<Shares.Made>> shares;
    /** The lists the sources write out ({@link ListCount}), found on first need. */
    volatile List<ListCount.SourceList> lists;
    /** The claims of each source sentence that speaks of "the previous year" ({@link PreviousYear}), found on first need. */
    volatile List<List<Mention>> previousYearSentences;
    /** The epoch day of each date point, in the same (ascending) order. */
    final long[] datePointDays;
    final LocalDate latestPublication;

    private SourceIndex(List<SourceText> sources) {
        for (SourceText s : sources) {
            docs.add(new Doc(s.id(), null, s.language(), s.text(), s.publishedOn(), s.title()));
            if (s.title() != null && !s.title().isBlank() && !s.title().equals(s.id().value())) {
                // the headline is part of what the source says ("Alexeï Navalny : vent debout" names whom the text calls "le blogueur")
                docs.add(new Doc(s.id(), null, s.language(), s.title(), s.publishedOn(), s.title()));
            }
        }
        for (Doc d : docs) {
            d.lowerCaseWords(lowerCaseWords);
        }
        for (Doc d : docs) {
            indexNames(d);
        }
        Extractor.Words words = new Extractor.Words() {
            @Override
            public boolean seenInLowerCase(String lower) {
                return lowerCaseWords.contains(lower);
            }

            @Override
            public boolean knownName(String key) {
                return false;
            }
        };
        LocalDate latest = null;
        for (Doc d : docs) {
            d.extract(words);
            for (Mention m : d.mentions) {
                index(m);
            }
            if ("zh".equals(d.language)) {
                for (Object[] p : Aliases.placesWithin(d.folded)) {
                    aliases.putIfAbsent((String) p[0], new Occurrence(d, (Integer) p[1], (Integer) p[2]));
                }
            }
            for (List<Mention> sentence : d.bySentence) {
                for (Mention a : sentence) {
                    for (Mention b : sentence) {
                        if (a.kind == ClaimKind.PERCENT && b.kind == ClaimKind.PERCENT && a.number() > b.number()) {
                            percentDifferences.computeIfAbsent(a.number() - b.number(), k -> new ArrayList<>(1)).add(new Mention[] {a, b});
                        }
                    }
                }
            }
            for (List<Mention> sentence : d.bySentence) {
                Ratios.indexDerivedPercents(sentence, derivedPercents);
            }
            if (d.publishedOn != null) {
                datePoints.add(new DatePoint(d.publishedOn, "publication of " + d.label() + " (" + d.publishedOn + ")", d, null));
                latest = latest == null || d.publishedOn.isAfter(latest) ? d.publishedOn : latest;
            }
        }
        latestPublication = latest;
        datePoints.sort(java.util.Comparator.comparing(DatePoint::date));
        datePointDays = datePoints.stream().mapToLong(p -> p.date().toEpochDay()).toArray();
    }

    private Boolean onlyChineseScript;

    private Map<String, Occurrence> pinyinRuns;

    private Map<String, Occurrence> latinKeys;

    private volatile Map<String, Occurrence> transliterations;

    /** The sources' transliterated Western names by their consonants ({@link Transliteration#runs}), built when first asked. */
    Map<String, Occurrence> transliterations() {
        if (transliterations == null) {
            transliterations = Transliteration.runs(docs);
        }
        return transliterations;
    }

    /** The sources' runs of Chinese characters by their reading ({@link Pinyin#runs}), built when first asked. */
    Map<String, Occurrence> pinyinRuns() {
        if (pinyinRuns == null) {
            pinyinRuns = Pinyin.runs(docs);
        }
        return pinyinRuns;
    }

    /** The sources' names in Latin script of one to three words by their letters run together ("lu weibing" → "luweibing"), built when first asked. */
    Map<String, Occurrence> latinKeys() {
        if (latinKeys == null) {
            Map<String, Occurrence> out = new HashMap<>();
            for (Map.Entry<String, Occurrence> e : ngrams.entrySet()) {
                String k = Pinyin.key(e.getKey());
                if (k != null) {
                    out.putIfAbsent(k, e.getValue());
                }
            }
            latinKeys = out;
        }
        return latinKeys;
    }

    /** Whether every source is written in Chinese (then a Latin name the sources do not spell may translate one of theirs). */
    boolean onlyChineseScript() {
        if (onlyChineseScript == null) {
            onlyChineseScript = docs.stream().allMatch(d -> "zh".equals(d.language));
        }
        return onlyChineseScript;
    }

    public static SourceIndex of(List<SourceText> sources) {
        return new SourceIndex(sources);
    }

    @Override
    public List<SourceId> sourceIds() {
        return docs.stream().map(d -> d.sourceId).distinct().toList();
    }

    private static void put(NavigableMap<Double, List<Mention>> map, Mention m) {
        map.computeIfAbsent(m.number(), k -> new ArrayList<>(1)).add(m);
    }

    private void index(Mention m) {
        switch (m.value) {
            case ClaimValue.Amount a -> {
                put(amounts.computeIfAbsent(a.currency(), k -> new TreeMap<>()), m);
                put(figures, m);
            }
            case ClaimValue.Count c -> {
                put(counts, m);
                put(figures, m);
            }
            case ClaimValue.Percent p -> put(percents, m);
            case ClaimValue.Period p -> put(periods, m);
            case ClaimValue.Ratio r -> ratios.add(m);
            case ClaimValue.YearPart p -> {
                yearParts.add(m);
                if (p.year() > 0) {
                    datesByYear.computeIfAbsent(p.year(), k -> new ArrayList<>()).add(m);
                }
            }
            case ClaimValue.DateValue v -> {
                if (m.resolved != null && v.month() == 0) {
                    relativeYears.add(v.year());
                } else if (m.resolved != null && v.day() > 0) {
                    relativeDays.add(LocalDate.of(v.year(), v.month(), v.day()));
                } else if (m.resolved != null && v.year() > 0) {
                    relativeMonths.add(java.time.YearMonth.of(v.year(), v.month()));
                }
                if (v.month() > 0) {
                    datesByMonth.computeIfAbsent(v.month(), k -> new ArrayList<>()).add(m);
                }
                Dates.Resolved r = Dates.resolve(m, m.doc.publishedOn);
                if (r.year() > 0 && (r.stated() || r.unambiguous())) {
                    datesByYear.computeIfAbsent(r.year(), k -> new ArrayList<>()).add(m);
                }
                int pointYear = r.year() > 0 ? r.year() : r.pastYear();
                if (v.month() > 0 && pointYear > 0) {
                    int day = v.day() > 0 ? Math.min(v.day(), java.time.YearMonth.of(pointYear, v.month()).lengthOfMonth()) : 15;
                    datePoints.add(new DatePoint(LocalDate.of(pointYear, v.month(), day), "\"" + m.text + "\" ("
                            + new ClaimValue.DateValue(pointYear, v.month(), v.day()).display() + ") in " + m.doc.label(), m.doc, m));
                }
            }
            case ClaimValue.EntityName n -> {
                if (m.aliasId != null) {
                    aliases.putIfAbsent(m.aliasId, new Occurrence(m.doc, m.start, m.end));
                    // "瑞典央行" (the Riksbank) also names Sweden, "美联储" does not name a place: a place's form opening the name
                    for (String form : Aliases.placePrefixes(m.text)) {
                        aliases.putIfAbsent(Aliases.cjk(form), new Occurrence(m.doc, m.start, m.start + form.length()));
                    }
                }
            }
            default -> {
            }
        }
    }

    /** Word n-grams (up to four words in a row) and the gazetteer names they spell, in any case. */
    private void indexNames(Doc d) {
        Matcher m = WORD.matcher(d.folded);
        List<int[]> run = new ArrayList<>();
        int lastEnd = -1;
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String w = m.group();
            if (w.endsWith(".") && !w.substring(0, w.length() - 1).contains(".")) {
                e--;
            }
            if (lastEnd < 0 || s - lastEnd != 1 || !Fold.isSpace(d.folded.charAt(lastEnd))) {
                run.clear();
            }
            run.add(new int[] {s, e});
            lastEnd = m.end();
            if (run.size() > 4) {
                run.remove(0);
            }
            for (int i = 0; i < run.size(); i++) {
                int from = run.get(i)[0];
                StringBuilder key = new StringBuilder();
                for (int k = i; k < run.size(); k++) {
                    if (k > i) {
                        key.append(' ');
                    }
                    key.append(Lexicon.fold(d.folded.substring(run.get(k)[0], run.get(k)[1])));
                }
                String surface = d.folded.substring(from, e);
                Occurrence o = new Occurrence(d, from, e);
                ngrams.putIfAbsent(key.toString(), o);
                if (i == run.size() - 1 && surface.indexOf('-') > 0) {
                    int partStart = from;
                    for (String part : surface.split("-")) { // "DeepSeek-R1" also names DeepSeek and R1
                        ngrams.putIfAbsent(Lexicon.fold(part), new Occurrence(d, partStart, partStart + part.length()));
                        partStart += part.length() + 1;
                    }
                }
                String alias = run.size() - i <= 3 ? Aliases.latin(surface) : null;
                if (alias != null) {
                    aliases.merge(alias, o, (was, now) -> was.doc() == now.doc() && was.start() == now.start() && now.end() > was.end() ? now : was);
                }
            }
        }
    }

    List<Mention> sentenceOf(Mention m) {
        return m.doc == null ? Collections.emptyList() : m.doc.bySentence.get(m.sentence);
    }

    boolean knownName(String key) {
        return ngrams.containsKey(key);
    }
}
