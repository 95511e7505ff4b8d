package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Shortcuts for the tests: the claims of one text, and checks against one source. */
final class Claims {

    private static final ClaimChecker CHECKER = new ClaimChecker();

    private Claims() {}

    /** The claims found in one text checked against no source. */
    static List<Claim> in(String language, String text) {
        return CHECKER.check(List.of(new DraftText("summary", language, text)), List.of()).claims();
    }

    /** The one claim of a kind found in a text. */
    static Claim one(ClaimKind kind, String language, String text) {
        List<Claim> found = in(language, text).stream().filter(c -> c.kind() == kind).toList();
        assertThat(found).as("%s claims in \"%s\"", kind, text).hasSize(1);
        return found.get(0);
    }

    static ClaimValue.Amount amount(String language, String text) {
        return (ClaimValue.Amount) one(ClaimKind.AMOUNT, language, text).value();
    }

    static ClaimValue.Count count(String language, String text) {
        return (ClaimValue.Count) one(ClaimKind.COUNT, language, text).value();
    }

    static ClaimValue.DateValue date(String language, String text) {
        return (ClaimValue.DateValue) one(ClaimKind.DATE, language, text).value();
    }

    static ClaimReport check(String draftLanguage, String draft, String sourceLanguage, String source, LocalDate published) {
        return CHECKER.check(List.of(new DraftText("summary", draftLanguage, draft)),
                List.of(new SourceText("s1", sourceLanguage, source, published)));
    }

    /** The claim whose text is exactly {@code text}. */
    static Claim claim(ClaimReport report, String text) {
        List<Claim> found = report.claims().stream().filter(c -> c.text().equals(text)).toList();
        assertThat(found).as("claims \"%s\" among %s", text, report.claims().stream().map(Claim::text).toList()).hasSize(1);
        return found.get(0);
    }

    /** The claim whose text is {@code text}, in a one-field draft checked against one source with a title. */
    static Claim titled(String draft, String language, String source, String sourceLanguage, LocalDate published, String title, String text) {
        ClaimReport report = CHECKER.check(List.of(new DraftText("summary", language, draft)),
                List.of(new SourceText(new SourceId("s1"), sourceLanguage, source, published, title)));
        return report.claims().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim \"" + text + "\" in " + report.claims()));
    }
}
