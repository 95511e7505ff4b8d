package org.newsdesk.claimcheck.internal;

import java.util.List;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/** One claim-like span found in a text, draft or source, with what is needed to compare it. */
final class Mention {

    /** How a figure is hedged. */
    enum Hedge { EXACT, APPROX, AT_LEAST, AT_MOST }

    final int start;
    final int end;
    final String text;
    final ClaimKind kind;
    final ClaimValue value;
    /** Significant digits of a figure as written ("3.5" → 2, "20" → 2, "13,800" → 3). */
    final int digits;
    final Hedge hedge;
    /** Whether the figure was written with 万 or 亿. */
    final boolean wanYi;
    /** For dates: the year was given relative to the publication ("last September", "去年9月"): the offset. */
    final Integer relativeYear;
    /** For names: the gazetteer id, or {@code null}. */
    final String aliasId;
    /** For names: the name's words, folded. */
    final List<String> words;

    /** For a date resolved against a publication date ("Thursday", "Q3" without a year): how, in words; else null. */
    String resolved;
    /** For names: found by its shape alone ("曦智科技"), so not reported as a claim, only tied to figures. */
    /** The labels {@link FigureLabels} read around this figure, computed once: measure, basis, direction, expectation. */
    String[] labels;

    boolean weak;
    /** For amounts: what the amount is, from the words beside it ({@link Lexicon#amountMeaning}), or {@code null}. */
    String meaning;
    Doc doc;
    /** Position among the mentions of its text. */
    int position;
    int sentence;
    /** For figures: the name nearest to it in its sentence, the one it is said of. */
    Mention subject;
    /** For figures: how {@link #subject} was found when not as the name before it in its sentence ({@link Owners}); else null. */
    String subjectHow;
    /** For figures in Chinese without a name before them: the words before them in their segment as a name ("美团" of "美团涨逾12%"); else null. */
    Mention labelOwner;
    /** For names: the sources' names in Latin and in Chinese script this one is ({@link Attribution}), found when first asked. */
    Mention[] formsInSources;
    /** For a date written with its weekday ("Tuesday, May 22", "mardi 2 février", "2月2日（周二）"): that weekday. */
    java.time.DayOfWeek weekday;

    private Mention(int start, int end, String text, ClaimKind kind, ClaimValue value, int digits, Hedge hedge,
            boolean wanYi, Integer relativeYear, String aliasId, List<String> words) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.kind = kind;
        this.value = value;
        this.digits = digits;
        this.hedge = hedge;
        this.wanYi = wanYi;
        this.relativeYear = relativeYear;
        this.aliasId = aliasId;
        this.words = words;
    }

    static Mention figure(int start, int end, String text, ClaimKind kind, ClaimValue value, int digits, Hedge hedge,
            boolean wanYi) {
        return new Mention(start, end, text, kind, value, digits, hedge, wanYi, null, null, List.of());
    }

    static Mention date(int start, int end, String text, ClaimValue.DateValue value, Integer relativeYear) {
        return new Mention(start, end, text, ClaimKind.DATE, value, 0, Hedge.EXACT, false, relativeYear, null, List.of());
    }

    static Mention other(int start, int end, String text, ClaimKind kind, ClaimValue value, Hedge hedge) {
        return new Mention(start, end, text, kind, value, 0, hedge, false, null, null, List.of());
    }

    static Mention name(int start, int end, String text, String key, String aliasId, List<String> words) {
        return new Mention(start, end, text, ClaimKind.ENTITY, new ClaimValue.EntityName(text, key), 0, Hedge.EXACT,
                false, null, aliasId, words);
    }

    /** This figure as an amount in a currency its sentence gave earlier ("OpenAI 186 milliards de dollars, Anthropic 161,25 milliards"). */
    Mention inCurrency(String currency) {
        return new Mention(start, end, text, ClaimKind.AMOUNT, new ClaimValue.Amount(number(), currency), digits, hedge, wanYi, null, null, List.of());
    }

    double number() {
        return switch (value) {
            case ClaimValue.Amount a -> a.value();
            case ClaimValue.Count c -> c.value();
            case ClaimValue.Percent p -> p.value();
            case ClaimValue.Period p -> p.months();
            default -> Double.NaN;
        };
    }

    boolean isFigure() {
        return kind == ClaimKind.AMOUNT || kind == ClaimKind.COUNT || kind == ClaimKind.PERCENT;
    }

    /** Whether two names refer to the same thing: same gazetteer id, same spelling, or a distinctive word in common. */
    boolean sameEntity(Mention other) {
        if (aliasId != null && aliasId.equals(other.aliasId)) {
            return true;
        }
        if (aliasId != null && other.aliasId != null) {
            return false;
        }
        for (String w : words) {
            if (w.length() >= 3 && !Lexicon.NOT_NAMES.contains(w) && other.words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return kind + "(" + text + "=" + value.display() + ")@" + start;
    }
}
