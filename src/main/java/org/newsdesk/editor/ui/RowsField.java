package org.newsdesk.editor.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.newsdesk.story.ContentField;

/**
 * A structured field edited as rows (Key data, Key players, Industry impact, Related companies, FAQ,
 * Scores): add, remove, move up and down, each cell its own input, checked as typed. Its value is the
 * field's stored text (" | " between cells, one row a line; FAQ as "Q: …" / "A: …" blocks), so diff,
 * provenance and the claim check stay as they are for every field, and nobody types a pipe.
 */
class RowsField extends CustomField<String> {

    /** One column: its header and what kind of input it takes. */
    record Column(String header, List<String> choices, boolean score, boolean wide) {
        static Column text(String header) {
            return new Column(header, List.of(), false, false);
        }
    }

    static final List<ContentField> STRUCTURED = List.of(ContentField.KEY_DATA, ContentField.KEY_PLAYERS, ContentField.RELATED_COMPANIES,
            ContentField.INDUSTRY_IMPACT, ContentField.FAQ, ContentField.SCORES);

    static List<Column> columns(ContentField field) {
        return switch (field) {
            case KEY_DATA -> List.of(Column.text("Entity"), Column.text("Key info"), Column.text("Value"));
            case KEY_PLAYERS -> List.of(Column.text("Name"), Column.text("Role"), Column.text("Based in"));
            case RELATED_COMPANIES -> List.of(Column.text("Name"), Column.text("Stage"),
                    new Column("Sentiment", List.of("positive", "neutral", "negative"), false, false));
            case INDUSTRY_IMPACT -> List.of(Column.text("Sector"), new Column("Impact", List.of("High", "Medium", "Low"), false, false),
                    new Column("Reason", List.of(), false, true));
            case FAQ -> List.of(Column.text("Question"), new Column("Answer", List.of(), false, true));
            case SCORES -> List.of(new Column("Score", List.of("Hot", "Quality", "Impact"), false, false), new Column("0–100", List.of(), true, false),
                    new Column("Rationale", List.of(), false, true));
            default -> throw new IllegalArgumentException(field + " is not edited as rows");
        };
    }

    private final ContentField field;
    private final List<Column> columns;
    private final Div rows = new Div();
    private final Button add;
    private final List<List<HasValue<?, ?>>> cells = new ArrayList<>();
    private boolean readOnly;
    /** The text last shown, and how the rows would write it: an untouched field keeps its text to the letter. */
    private String shown = "";
    private String shownAsRows = "";

    RowsField(ContentField field, String label) {
        this.field = field;
        this.columns = columns(field);
        setLabel(label);
        rows.addClassName("nd-rows");
        add = new Button("Add a row", e -> {
            addRow(new String[columns.size()]);
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        add.addClassName("nd-add-row");
        add(rows, add);
        setWidthFull();
    }

    @Override
    protected String generateModelValue() {
        List<String[]> values = new ArrayList<>();
        for (List<HasValue<?, ?>> row : cells) {
            String[] v = new String[row.size()];
            for (int i = 0; i < row.size(); i++) {
                Object o = row.get(i).getValue();
                v[i] = o == null ? "" : String.valueOf(o).replace('\n', ' ').replace("|", "/").strip();
            }
            values.add(v);
        }
        String problem = problem(values);
        setInvalid(problem != null);
        setErrorMessage(problem);
        String text = format(field, values);
        return text.equals(shownAsRows) ? shown : text;
    }

    @Override
    protected void setPresentationValue(String text) {
        shown = text == null ? "" : text;
        shownAsRows = format(field, parse(field, shown, columns.size()));
        rows.removeAll();
        cells.clear();
        for (String[] row : parse(field, text == null ? "" : text, columns.size())) {
            addRow(row);
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        rows.getChildren().forEach(r -> r.getChildren().forEach(c -> {
            if (c instanceof HasValue<?, ?> v) {
                v.setReadOnly(readOnly);
            } else if (c instanceof Button b) {
                b.setVisible(!readOnly);
            }
        }));
    }

    /** The row editor's rows, for tests. */
    List<List<HasValue<?, ?>>> cells() {
        return cells;
    }

    private void addRow(String[] values) {
        Div row = new Div();
        row.addClassName("nd-row");
        List<HasValue<?, ?>> inputs = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String value = i < values.length && values[i] != null ? values[i] : "";
            Component input;
            if (c.score()) {
                IntegerField score = new IntegerField();
                score.setMin(0);
                score.setMax(100);
                score.setStepButtonsVisible(false);
                score.setWidth("5rem");
                try {
                    score.setValue(value.isBlank() ? null : Integer.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    score.setValue(null);
                }
                score.addValueChangeListener(e -> updateValue());
                inputs.add(score);
                input = score;
            } else if (!c.choices().isEmpty()) {
                ComboBox<String> choice = new ComboBox<>();
                List<String> items = new ArrayList<>(c.choices());
                if (!value.isBlank() && items.stream().noneMatch(x -> x.equalsIgnoreCase(value))) {
                    items.add(value); // what the model wrote, kept until someone picks a listed one
                }
                choice.setItems(items);
                choice.setAllowCustomValue(false);
                choice.setValue(items.stream().filter(x -> x.equalsIgnoreCase(value)).findFirst().orElse(null));
                choice.addValueChangeListener(e -> updateValue());
                inputs.add(choice);
                input = choice;
            } else if (c.wide()) {
                TextArea area = new TextArea();
                area.setValue(value);
                area.addValueChangeListener(e -> updateValue());
                inputs.add(area);
                input = area;
            } else {
                TextField text = new TextField();
                text.setValue(value);
                text.addValueChangeListener(e -> updateValue());
                inputs.add(text);
                input = text;
            }
            ((com.vaadin.flow.component.HasElement) input).getElement().setAttribute("aria-label", c.header());
            ((com.vaadin.flow.component.HasElement) input).getElement().setAttribute("placeholder", c.header());
            ((HasValue<?, ?>) input).setReadOnly(readOnly);
            row.add(input);
        }
        cells.add(inputs);
        Button up = small("↑", "Move up", () -> move(inputs, -1));
        Button down = small("↓", "Move down", () -> move(inputs, 1));
        Button remove = small("✕", "Remove this row", () -> {
            int at = cells.indexOf(inputs);
            cells.remove(at);
            rows.remove(rows.getComponentAt(at));
            updateValue();
        });
        row.add(up, down, remove);
        rows.add(row);
    }

    private Button small(String text, String title, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        b.getElement().setAttribute("title", title);
        b.getElement().setAttribute("aria-label", title);
        b.setVisible(!readOnly);
        return b;
    }

    private void move(List<HasValue<?, ?>> row, int by) {
        int at = cells.indexOf(row);
        int to = at + by;
        if (to < 0 || to >= cells.size()) {
            return;
        }
        String value = generateModelValue();
        List<String[]> parsed = new ArrayList<>(parse(field, value, columns.size()));
        String[] moved = parsed.remove(at);
        parsed.add(to, moved);
        setPresentationValue(format(field, parsed));
        updateValue();
    }

    /** What is wrong with the rows, in words, or null. */
    String problem(List<String[]> values) {
        for (int r = 0; r < values.size(); r++) {
            String[] row = values.get(r);
            boolean any = Arrays.stream(row).anyMatch(v -> !v.isBlank());
            if (any && row[0].isBlank()) {
                return "Row " + (r + 1) + ": fill in the " + columns.get(0).header().toLowerCase(Locale.ROOT) + ", or remove the row.";
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).score()) {
                for (int r = 0; r < values.size(); r++) {
                    String v = values.get(r)[i];
                    if (!v.isBlank() && (!v.matches("\\d{1,3}") || Integer.parseInt(v) > 100)) {
                        return "Row " + (r + 1) + ": a score is a whole number from 0 to 100.";
                    }
                }
            }
        }
        return null;
    }

    /** The stored text of the rows: cells joined by " | ", one row a line; FAQ entries as Q/A blocks. Empty rows are left out. */
    static String format(ContentField field, List<String[]> values) {
        List<String> out = new ArrayList<>();
        for (String[] row : values) {
            if (Arrays.stream(row).allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            if (field == ContentField.FAQ) {
                out.add("Q: " + row[0].strip() + "\nA: " + (row.length > 1 ? row[1].strip() : ""));
            } else {
                String line = String.join(" | ", Arrays.stream(row).map(v -> v == null ? "" : v.strip()).toList());
                out.add(line.replaceAll("( \\| )+$", ""));
            }
        }
        return String.join(field == ContentField.FAQ ? "\n\n" : "\n", out);
    }

    /** The rows of a field's stored text. */
    static List<String[]> parse(ContentField field, String text, int width) {
        List<String[]> out = new ArrayList<>();
        if (field == ContentField.FAQ) {
            var faq = new org.newsdesk.story.LocalizedContent(java.util.Map.of(ContentField.FAQ, text)).faq();
            faq.forEach(f -> out.add(new String[] {f.question(), f.answer()}));
            return out;
        }
        for (String line : text.lines().map(String::strip).map(l -> l.replaceFirst("^[-*•]\\s+", "")).filter(l -> !l.isEmpty()).toList()) {
            String[] parts = line.split("\\s*\\|\\s*", width);
            String[] row = new String[width];
            for (int i = 0; i < width; i++) {
                row[i] = i < parts.length ? parts[i].strip() : "";
            }
            out.add(row);
        }
        return out;
    }
}
