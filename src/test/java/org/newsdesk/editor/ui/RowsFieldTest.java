package org.newsdesk.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.Test;
import org.newsdesk.story.ContentField;

/** Structured fields are edited as rows, and what is stored is the same text as before: nobody types a pipe. */
class RowsFieldTest {

    @SuppressWarnings("unchecked")
    static void type(HasValue<?, ?> input, Object value) {
        ((HasValue<?, Object>) input).setValue(value);
    }

    @Test
    void keyDataRowsAreAddedTypedReorderedAndRemovedAndStoredAsOneLineEach() {
        RowsField rows = new RowsField(ContentField.KEY_DATA, "Key data · English");
        rows.setValue("Mistral AI | debt financing | €705M\nData center | site | near Paris");
        assertThat(rows.cells()).hasSize(2);
        assertThat(rows.cells().get(1).get(2).getValue()).isEqualTo("near Paris");

        // a new row, typed cell by cell, with a pipe in it that cannot break the row
        rows.getChildren().filter(c -> c instanceof Button).map(Button.class::cast).findFirst().orElseThrow().click();
        List<HasValue<?, ?>> added = rows.cells().get(2);
        type(added.get(0), "GPUs");
        type(added.get(1), "count | planned");
        type(added.get(2), "13,800");
        assertThat(rows.getValue()).isEqualTo("Mistral AI | debt financing | €705M\nData center | site | near Paris\nGPUs | count / planned | 13,800");
        assertThat(rows.isInvalid()).isFalse();

        // moved up, then the first row removed
        Div lastRow = (Div) rows.getChildren().filter(c -> c instanceof Div).findFirst().orElseThrow().getChildren().toList().get(2);
        buttons(lastRow).get(0).click();
        assertThat(rows.getValue().lines().toList()).containsExactly("Mistral AI | debt financing | €705M", "GPUs | count / planned | 13,800",
                "Data center | site | near Paris");
        Div firstRow = (Div) rows.getChildren().filter(c -> c instanceof Div).findFirst().orElseThrow().getChildren().toList().get(0);
        buttons(firstRow).get(2).click();
        assertThat(rows.getValue().lines().toList()).containsExactly("GPUs | count / planned | 13,800", "Data center | site | near Paris");
    }

    @Test
    void aRowWithoutItsFirstCellOrAScoreOutOfRangeIsShownAsAnErrorOnTheField() {
        RowsField scores = new RowsField(ContentField.SCORES, "Scores · English");
        scores.setValue("Hot | 80 | big round\nQuality | 70 | two sources");
        assertThat(scores.cells().getFirst().get(0)).isInstanceOf(ComboBox.class);
        assertThat(scores.cells().getFirst().get(1)).isInstanceOf(IntegerField.class);
        type(scores.cells().get(1).get(1), 140);
        assertThat(scores.isInvalid()).isTrue();
        assertThat(scores.getErrorMessage()).isEqualTo("Row 2: a score is a whole number from 0 to 100.");
        type(scores.cells().get(1).get(1), 75);
        assertThat(scores.isInvalid()).isFalse();
        assertThat(scores.getValue()).isEqualTo("Hot | 80 | big round\nQuality | 75 | two sources");

        RowsField players = new RowsField(ContentField.KEY_PLAYERS, "Key players · English");
        players.setValue("Arthur Mensch | CEO | Paris");
        type(players.cells().getFirst().get(0), "");
        assertThat(players.getErrorMessage()).isEqualTo("Row 1: fill in the name, or remove the row.");
    }

    @Test
    void faqIsQuestionAndAnswerRowsStoredAsBlocks() {
        RowsField faq = new RowsField(ContentField.FAQ, "FAQ · English");
        faq.setValue("Q: How much?\nA: €705 million.\n\nQ: Where?\nA: Near Paris.");
        assertThat(faq.cells()).hasSize(2);
        assertThat(faq.cells().get(1).get(1).getValue()).isEqualTo("Near Paris.");
        type(faq.cells().get(1).get(1), "In Bruyères-le-Châtel, near Paris.");
        assertThat(faq.getValue()).isEqualTo("Q: How much?\nA: €705 million.\n\nQ: Where?\nA: In Bruyères-le-Châtel, near Paris.");
        assertThat(faq.cells().getFirst().get(0)).isInstanceOf(TextField.class);
    }

    @Test
    void anUntouchedFieldKeepsItsTextToTheLetter() {
        RowsField impact = new RowsField(ContentField.INDUSTRY_IMPACT, "Industry impact · English");
        String drafted = "- Cloud|High|more capacity in Europe";
        impact.setValue(drafted);
        assertThat(impact.cells().getFirst().get(1).getValue()).isEqualTo("High");
        assertThat(impact.getValue()).isEqualTo(drafted);
    }

    static List<Button> buttons(Div row) {
        return row.getChildren().filter(c -> c instanceof Button).map(Button.class::cast).toList();
    }
}
