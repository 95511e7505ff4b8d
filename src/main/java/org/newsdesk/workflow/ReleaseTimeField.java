package org.newsdesk.workflow;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The one release-time picker of the desk (the editor's schedule dialog and the calendar both use it):
 * a date and a 24-hour time on the wall clock of a named zone, with what that means shown beside it in
 * the zone and in UTC, daylight-saving gaps refused and overlaps explained ({@link ReleaseTimes} says
 * what a time means; this only shows it).
 */
public class ReleaseTimeField extends Composite<VerticalLayout> {

    private final DateTimePicker when;
    private final ComboBox<String> zones = new ComboBox<>("Time zone");
    private final Span preview = new Span();

    /** @param idPrefix "release" gives ids release-time, release-zone and release-preview */
    public ReleaseTimeField(String label, String idPrefix, LocalDateTime initial, ZoneId zone) {
        when = new DateTimePicker(label);
        when.setId(idPrefix + "-time");
        when.setStep(Duration.ofMinutes(15));
        when.setLocale(Locale.UK); // 24-hour clock
        DatePicker.DatePickerI18n iso = new DatePicker.DatePickerI18n();
        iso.setDateFormat("yyyy-MM-dd");
        iso.setFirstDayOfWeek(1);
        when.setDatePickerI18n(iso);
        when.setValue(initial);
        zones.setId(idPrefix + "-zone");
        zones.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zones.setValue(zone.getId());
        zones.setWidth("18rem");
        preview.setId(idPrefix + "-preview");
        preview.addClassName("nd-release-preview");
        when.addValueChangeListener(e -> update());
        zones.addValueChangeListener(e -> update());
        update();
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(when, zones, preview);
    }

    public LocalDateTime localTime() {
        return when.getValue();
    }

    public ZoneId zone() {
        return zones.getValue() == null ? null : ZoneId.of(zones.getValue());
    }

    /** What the chosen time means, in its zone and in UTC, or why it cannot be used. */
    public String describe() {
        return describe(when.getValue(), zones.getValue());
    }

    /** What a dialog's confirm button does with the chosen time: the workflow's schedule or reschedule. */
    @FunctionalInterface
    public interface Release {
        void at(LocalDateTime localTime, ZoneId zone);
    }

    /**
     * The primary button of {@code dialog}: hands the chosen time to {@code release}; a refusal from the
     * workflow shows under the picker and keeps the dialog open; otherwise the dialog closes and
     * {@code done} hears what the time meant ("Goes live …").
     */
    public Button confirm(String label, String id, Dialog dialog, Release release, Consumer<String> done) {
        Button button = new Button(label, e -> {
            try {
                String meant = describe();
                release.at(localTime(), zone());
                dialog.close();
                done.accept(meant);
            } catch (WorkflowException refused) {
                refused(refused.getMessage());
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    /** Shows a refusal from the workflow under the picker. */
    public void refused(String reason) {
        preview.setText(reason);
        preview.getElement().setAttribute("data-error", "true");
    }

    private void update() {
        preview.setText(describe());
        preview.getElement().removeAttribute("data-error");
    }

    static String describe(LocalDateTime local, String zoneId) {
        if (local == null || zoneId == null) {
            return "Pick a date, a time and a time zone.";
        }
        try {
            ZoneId zone = ZoneId.of(zoneId);
            var schedule = ReleaseTimes.resolve(local, zone);
            return "Goes live " + ReleaseTimes.describe(schedule) + ReleaseTimes.ambiguity(local, zone).map(a -> ". " + a).orElse("");
        } catch (WorkflowException e) {
            return e.getMessage();
        }
    }
}
