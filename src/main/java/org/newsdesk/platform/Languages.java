package org.newsdesk.platform;

/** How the editorial app names the desk's languages. */
public final class Languages {

    private Languages() {}

    /** The language's English name and, for the others, its own: "Chinese · 中文"; the code itself for a language the desk does not know. */
    public static String label(String code) {
        return switch (code) {
            case "en" -> "English";
            case "zh" -> "Chinese · 中文";
            case "fr" -> "French · Français";
            default -> code;
        };
    }

    /** The language's English name alone ("Chinese"), where space is short: "Key data (Chinese)". */
    public static String name(String code) {
        return switch (code) {
            case "en" -> "English";
            case "zh" -> "Chinese";
            case "fr" -> "French";
            default -> code;
        };
    }
}
