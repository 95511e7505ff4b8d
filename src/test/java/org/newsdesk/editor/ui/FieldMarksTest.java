package org.newsdesk.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

/** An unsupported claim marked in its field's own words: the sentences that hold it, the words in {@code <mark>}. */
class FieldMarksTest {

    static List<String> marks(com.vaadin.flow.component.html.Div div) {
        return div.getElement().getChildren().filter(e -> !e.isTextNode() && e.getTag().equals("mark")).map(Element::getText).toList();
    }

    @Test
    void onlyTheSentencesHoldingTheClaimAreShownWithItsWordsMarked() {
        var shown = ContentForm.marked("Mistral raised €3B. Its Series C closed in Sep 2023. Paris is home. It said Sep 2023 again!",
                List.of("Sep 2023"), false);
        assertThat(shown.getElement().getTextRecursively()).isEqualTo("Its Series C closed in Sep 2023. … It said Sep 2023 again!");
        assertThat(marks(shown)).containsExactly("Sep 2023", "Sep 2023");
    }

    @Test
    void twoClaimsInOneSentenceShowItOnce() {
        var shown = ContentForm.marked("It raised €3B at a €20B valuation. Nothing else.", List.of("€3B", "€20B"), false);
        assertThat(shown.getElement().getTextRecursively()).isEqualTo("It raised €3B at a €20B valuation.");
        assertThat(marks(shown)).containsExactly("€3B", "€20B");
    }

    @Test
    void aStructuredFieldShowsItsCellsWithoutPipes() {
        var shown = ContentForm.marked("Mistral AI | Series C | Sep 2023\nNvidia | Investor | 2024", List.of("Sep 2023"), true);
        assertThat(shown.getElement().getTextRecursively()).isEqualTo("Mistral AI · Series C · Sep 2023");
        assertThat(marks(shown)).containsExactly("Sep 2023");
    }

    @Test
    void wordsNoLongerInTheFieldAreStillNamed() {
        assertThat(marks(ContentForm.marked("Rewritten since.", List.of("Sep 2023"), false))).containsExactly("Sep 2023");
    }
}
