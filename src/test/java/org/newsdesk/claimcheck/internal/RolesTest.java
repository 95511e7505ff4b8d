package org.newsdesk.claimcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.claimcheck.Claim;
import org.newsdesk.claimcheck.ClaimChecker;
import org.newsdesk.claimcheck.ClaimReport;
import org.newsdesk.claimcheck.DraftText;
import org.newsdesk.claimcheck.SourceId;
import org.newsdesk.claimcheck.SourceText;

class RolesTest {

    private static final String SOURCE = "Matt Maley, equity strategist at Miller Tabak, says the stock could be a risky bet. "
            + "The deal could start a trend, says John Petrides, portfolio manager at Tocqueville Asset Management. "
            + "In a research report, Jefferies analyst Jonathan Matuszewski said the market is misreading the results. "
            + "Some benefits will take longer to realize, said CEO Craig Menear.";

    private static Claim name(String draft, String text) {
        ClaimReport report = new ClaimChecker().check(List.of(new DraftText("summary", "en", draft)),
                List.of(new SourceText(new SourceId("s1"), "en", SOURCE, LocalDate.of(2019, 11, 19), "CNBC")));
        return report.claims().stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void theWordsBeforeANameAndItsAppositionSayWhoItIs() {
        String draft = "Jefferies analyst Jonathan Matuszewski agreed with John Petrides, equity strategist at Miller Tabak, on Monday.";
        int jm = draft.indexOf("Jonathan");
        assertThat(Roles.roleWords(draft, jm, jm + "Jonathan Matuszewski".length())).containsExactly("analyst", "jefferies");
        int jp = draft.indexOf("John Petrides");
        assertThat(Roles.roleWords(draft, jp, jp + "John Petrides".length())).containsExactly("strategist", "miller", "tabak");
    }

    @Test
    void aRoleTheSourcesGiveAnotherPersonIsASwap() {
        Claim swapped = name("John Petrides, equity strategist at Miller Tabak, sees a breakout.", "John Petrides");
        assertThat(swapped.flagged()).isTrue();
        assertThat(swapped.rule()).isEqualTo("swapped role: in the sources \"strategist\" goes with Matt Maley, not John Petrides");
        assertThat(name("Matt Maley, equity strategist at Miller Tabak, sees a breakout.", "Matt Maley").flagged()).isFalse();
        assertThat(name("Jefferies analyst Craig Menear called it a buying opportunity.", "Craig Menear").flagged()).isTrue();
        assertThat(name("Jefferies analyst Jonathan Matuszewski called it a buying opportunity.", "Jonathan Matuszewski").flagged()).isFalse();
        assertThat(name("CEO Craig Menear was disappointed.", "Craig Menear").flagged()).isFalse();
    }

    @Test
    void aLongAppositionStillSaysWhoThePersonIs() {
        String draft = "Ian Hamilton, associate professor of epidemiology at Columbia University and the study's senior author, said so.";
        int at = draft.indexOf("Ian Hamilton");
        assertThat(Roles.roleWords(draft, at, at + "Ian Hamilton".length())).contains("epidemiology", "columbia", "author");
    }
}
