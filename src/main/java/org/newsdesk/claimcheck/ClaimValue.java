package org.newsdesk.claimcheck;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** The normalised value of a claim, the same whatever language or notation stated it. */
public sealed interface ClaimValue {

    /** A short, language-neutral rendering for reviewers and rule texts ("€3 billion", "Sep 2023"). */
    String display();

    /**
     * A sum of money.
     *
     * @param value in units of the currency (3.0E9 for "€3B")
     * @param currency ISO 4217 code: EUR, USD, CNY, GBP, JPY, ...
     */
    record Amount(double value, String currency) implements ClaimValue {
        @Override
        public String display() {
            String symbol = switch (currency) {
                case "EUR" -> "€";
                case "USD" -> "$";
                case "GBP" -> "£";
                default -> currency + " ";
            };
            return symbol + scaled(value);
        }
    }

    /**
     * A number of things.
     *
     * @param value the number (13800.0 for "1.38万块")
     * @param unit what it counts, normalised across languages ("gpu", "employee"), or {@code null} when
     *     the text does not say
     */
    record Count(double value, String unit) implements ClaimValue {
        @Override
        public String display() {
            return scaled(value) + (unit == null ? "" : " " + unit);
        }
    }

    /** A percentage: 12.0 for "12%". */
    record Percent(double value) implements ClaimValue {
        @Override
        public String display() {
            return plain(value) + "%";
        }
    }

    /**
     * A date as precise as the text states it; a part that is not stated is 0.
     *
     * @param year the year, or 0 when the text gives none ("September")
     * @param month 1–12, or 0 for a year alone
     * @param day 1–31, or 0
     */
    record DateValue(int year, int month, int day) implements ClaimValue {

        /** How precise the text is. */
        public enum Precision { YEAR, MONTH, DAY }

        public Precision precision() {
            return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
        }

        public boolean hasYear() {
            return year > 0;
        }

        @Override
        public String display() {
            String m = month > 0 ? Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) : "";
            if (year > 0 && month > 0 && day > 0) {
                return "%04d-%02d-%02d".formatted(year, month, day);
            }
            if (month > 0 && day > 0) {
                return day + " " + m;
            }
            if (year > 0 && month > 0) {
                return m + " " + year;
            }
            if (month > 0) {
                return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            }
            return Integer.toString(year);
        }
    }

    /**
     * A quarter or a half of a year: "Q3 2025", "T3", "第三季度", "H1", "上半年", "the second half of 2026".
     *
     * @param year the year, or 0 when the text gives none
     * @param firstMonth its first month (7 for Q3)
     * @param lastMonth its last month (9 for Q3)
     */
    record YearPart(int year, int firstMonth, int lastMonth) implements ClaimValue {

        /** "Q3", "H1". */
        public String label() {
            return lastMonth - firstMonth == 2 ? "Q" + (lastMonth / 3) : "H" + (lastMonth / 6);
        }

        @Override
        public String display() {
            return label() + (year > 0 ? " " + year : "");
        }
    }

    /** A length of time in months (6.0 for "half a year", 0.25 for "a week" roughly). */
    record Period(double months) implements ClaimValue {
        @Override
        public String display() {
            if (months >= 12 && Math.abs(months / 12 - Math.rint(months / 12)) < 1e-9) {
                long years = Math.round(months / 12);
                return years + (years == 1 ? " year" : " years");
            }
            if (months >= 1) {
                return plain(months) + (months == 1 ? " month" : " months");
            }
            return plain(Math.round(months * 30.44)) + " days";
        }
    }

    /**
     * A relation between two figures: the larger over the smaller must lie in [low, high].
     *
     * @param meaning what the text says, in English ("nearly double")
     */
    record Ratio(double low, double high, String meaning) implements ClaimValue {
        @Override
        public String display() {
            return meaning;
        }
    }

    /**
     * A name.
     *
     * @param name as written
     * @param key the name normalised for comparison across languages and spellings ("nvidia" for "英伟达")
     */
    record EntityName(String name, String key) implements ClaimValue {
        @Override
        public String display() {
            return name;
        }
    }

    private static String scaled(double value) {
        double abs = Math.abs(value);
        if (abs >= 1e12) {
            return plain(value / 1e12) + " trillion";
        }
        if (abs >= 1e9) {
            return plain(value / 1e9) + " billion";
        }
        if (abs >= 1e6) {
            return plain(value / 1e6) + " million";
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", Math.round(value)) : plain(value);
    }

    private static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
