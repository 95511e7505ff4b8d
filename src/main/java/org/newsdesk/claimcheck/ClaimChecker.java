package org.newsdesk.claimcheck;

import java.util.List;
import java.util.Objects;

import org.newsdesk.claimcheck.internal.SourceIndex;
import org.newsdesk.claimcheck.internal.Verifier;

/**
 * Finds every amount, count, percentage, date, period, ratio and name in a draft, in English, French and
 * Chinese, and says for each whether the draft's sources support it, and by which rule.
 *
 * <p>Claims are normalised across languages and notations: "€3B", "3 milliards d'euros" and "30亿欧元" are all
 * EUR 3.0E9; "13 800 GPU", "13,800 GPUs" and "1.38万块GPU" are 13,800 GPUs; "9月" and "September" are the same
 * month. The sources are read once into maps keyed by value, currency, unit, month and name, and each draft
 * claim is looked up in them, so a draft of thousands of words is checked in milliseconds.
 *
 * <p>Names are found without a language model: runs of capitalised words in Latin script (also inside
 * Chinese text), cut at frequent words and at words the texts also write in lower case, and names in any
 * script that a small gazetteer of the industry lists ("英伟达" = NVIDIA, "法国" = France = "French"). A name
 * is supported when a source spells it, one of its gazetteer forms, or a distinctive word of it.
 *
 * <p>A figure is also checked against the name it is said of (the nearest name before it in its sentence,
 * not after a preposition): when the sources give the value but say it of another name, the claim is a
 * swapped entity. A count keeps the noun it counts ("13,800 GPUs" is no "13,800 employees") and an amount
 * the kind of money it is (raised or spent, valuation, revenue, profit, loss) when the words beside it say.
 *
 * <p>The check is pure Java with no state between calls: one instance can serve every thread.
 *
 * <pre>{@code
 * ClaimReport report = new ClaimChecker().check(
 *         List.of(new DraftText("summary", "en", "Mistral AI raised €3B in Sep 2023.")),
 *         List.of(new SourceText("s1", "fr", "Mistral AI lève 3 milliards d'euros en septembre.", LocalDate.of(2024, 2, 12))));
 * report.unsupported(); // "Sep 2023": year added, the source says only "septembre"
 * }</pre>
 */
public final class ClaimChecker {

    /** Reads and indexes sources once, to check many versions of a draft against them. */
    public PreparedSources prepare(List<SourceText> sources) {
        Objects.requireNonNull(sources, "sources");
        return SourceIndex.of(List.copyOf(sources));
    }

    /** Checks a draft, every field in every language, against its sources. */
    public ClaimReport check(List<DraftText> draft, List<SourceText> sources) {
        return check(draft, prepare(sources));
    }

    /** Checks a draft against sources prepared by {@link #prepare(List)}. */
    public ClaimReport check(List<DraftText> draft, PreparedSources sources) {
        Objects.requireNonNull(draft, "draft");
        if (!(sources instanceof SourceIndex index)) {
            throw new IllegalArgumentException("sources must come from ClaimChecker.prepare");
        }
        return new ClaimReport(Verifier.check(List.copyOf(draft), index));
    }
}
