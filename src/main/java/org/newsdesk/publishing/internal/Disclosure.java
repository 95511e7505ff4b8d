package org.newsdesk.publishing.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsdesk.drafting.FieldProvenance;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.story.ContentField;

/**
 * The AI disclosure of an article, in each of its languages, written from the provenance of its
 * fields: which model (and provider) drafted which fields, when, from which sources, which fields a
 * person edited since, and who reviewed and approved it. {@link #facts} is the same, for JSON-LD.
 */
final class Disclosure {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Disclosure() {}

    record Line(String language, String label, String text) {}

    /** What one model drafted. */
    record ModelPart(String model, String provider, Set<ContentField> fields, Set<String> languages, Instant lastGenerated,
            List<String> sources, List<Edited> editedFields) {}

    /** A drafted field a person changed since. */
    record Edited(ContentField field, String language) {}

    /** The disclosure's facts, language-neutral. */
    record Facts(List<ModelPart> models, String approver, Instant approvedAt, boolean edited) {

        boolean aiDrafted() {
            return !models.isEmpty();
        }
    }

    static Facts facts(List<FieldProvenance> provenance, List<SourceItem> sources, String approver, Instant approvedAt) {
        Map<String, List<FieldProvenance>> byModel = new LinkedHashMap<>();
        provenance.forEach(p -> byModel.computeIfAbsent(p.provider() + "\u0000" + p.model(), m -> new ArrayList<>()).add(p));
        Map<SourceItemId, SourceItem> sourceById = new LinkedHashMap<>();
        sources.forEach(s -> sourceById.put(s.id(), s));
        List<ModelPart> parts = new ArrayList<>();
        byModel.values().forEach(fields -> {
            FieldProvenance first = fields.getFirst();
            Set<ContentField> names = new LinkedHashSet<>();
            Set<String> languages = new LinkedHashSet<>();
            Set<String> from = new LinkedHashSet<>();
            List<Edited> edited = new ArrayList<>();
            for (FieldProvenance f : fields) {
                names.add(f.field());
                languages.add(f.language());
                f.sources().forEach(id -> from.add(sourceById.containsKey(id) ? sourceById.get(id).displaySource() : "source " + id.value()));
                if (f.editedByPerson()) {
                    edited.add(new Edited(f.field(), f.language()));
                }
            }
            Instant when = fields.stream().map(FieldProvenance::generatedAt).max(Instant::compareTo).orElseThrow();
            parts.add(new ModelPart(first.model(), first.provider(), names, languages, when, List.copyOf(from), edited));
        });
        boolean edited = parts.stream().anyMatch(p -> !p.editedFields().isEmpty());
        return new Facts(parts, approver, approvedAt, edited);
    }

    static List<Line> lines(List<String> languages, Facts facts) {
        List<Line> lines = new ArrayList<>();
        for (String lang : languages) {
            lines.add(switch (lang) {
                case "zh" -> new Line("zh", "免责声明", chinese(facts));
                case "fr" -> new Line("fr", "Avertissement", french(facts));
                default -> new Line(lang, "Disclaimer", english(facts));
            });
        }
        return lines;
    }

    static String english(Facts facts) {
        StringBuilder b = new StringBuilder();
        if (!facts.aiDrafted()) {
            b.append("This article was written by the desk's editors without AI drafting. ");
        }
        for (ModelPart m : facts.models()) {
            b.append("The ").append(join(m.fields().stream().map(Disclosure::englishField).toList(), ", ", " and "))
                    .append(" (").append(languageNames(m.languages(), ", ")).append(") of this article were drafted by the AI model ")
                    .append(m.model()).append(" (").append(m.provider()).append(") on ").append(TIME.format(m.lastGenerated()))
                    .append(" from ").append(m.sources().size()).append(m.sources().size() == 1 ? " source" : " sources");
            if (!m.sources().isEmpty()) {
                b.append(": ").append(String.join(", ", m.sources()));
            }
            b.append(". ");
            if (!m.editedFields().isEmpty()) {
                b.append("A person then edited: ").append(String.join(", ", m.editedFields().stream()
                        .map(e -> englishField(e.field()) + " (" + SiteText.languageName(e.language()) + ")").toList())).append(". ");
            }
        }
        b.append("It was reviewed and approved by ").append(facts.approver()).append(" on ").append(TIME.format(facts.approvedAt())).append('.');
        if (facts.aiDrafted()) {
            b.append(" AI can make mistakes: the sources above are the reference.");
        }
        return b.toString();
    }

    static String chinese(Facts facts) {
        StringBuilder b = new StringBuilder();
        if (!facts.aiDrafted()) {
            b.append("本文由编辑撰写,未使用 AI 起草。");
        }
        for (ModelPart m : facts.models()) {
            b.append("本文的").append(String.join("、", m.fields().stream().map(Disclosure::chineseField).toList()))
                    .append("(").append(languageNames(m.languages(), "、")).append(")由 AI 模型 ").append(m.model())
                    .append("(").append(m.provider()).append(")于 ").append(TIME.format(m.lastGenerated())).append(" 根据 ")
                    .append(m.sources().size()).append(" 篇来源");
            if (!m.sources().isEmpty()) {
                b.append("(").append(String.join("、", m.sources())).append(")");
            }
            b.append("起草。");
            if (!m.editedFields().isEmpty()) {
                b.append("编辑随后修改了:").append(String.join("、", m.editedFields().stream()
                        .map(e -> chineseField(e.field()) + "(" + SiteText.languageName(e.language()) + ")").toList())).append("。");
            }
        }
        b.append("本文已由 ").append(facts.approver()).append(" 于 ").append(TIME.format(facts.approvedAt())).append(" 审核并批准发布。");
        if (facts.aiDrafted()) {
            b.append("AI 可能出错,请以上列来源为准。");
        }
        return b.toString();
    }

    static String french(Facts facts) {
        StringBuilder b = new StringBuilder();
        if (!facts.aiDrafted()) {
            b.append("Cet article a été écrit par la rédaction, sans rédaction par IA. ");
        }
        for (ModelPart m : facts.models()) {
            b.append("Les champs suivants de cet article : ").append(join(m.fields().stream().map(Disclosure::frenchField).toList(), ", ", " et "))
                    .append(" (").append(languageNames(m.languages(), ", ")).append(") ont été rédigés par le modèle d'IA ").append(m.model())
                    .append(" (").append(m.provider()).append(") le ").append(TIME.format(m.lastGenerated())).append(" à partir de ")
                    .append(m.sources().size()).append(m.sources().size() == 1 ? " source" : " sources");
            if (!m.sources().isEmpty()) {
                b.append(" : ").append(String.join(", ", m.sources()));
            }
            b.append(". ");
            if (!m.editedFields().isEmpty()) {
                b.append("Une personne a ensuite modifié : ").append(String.join(", ", m.editedFields().stream()
                        .map(e -> frenchField(e.field()) + " (" + SiteText.languageName(e.language()) + ")").toList())).append(". ");
            }
        }
        b.append("Il a été relu et approuvé par ").append(facts.approver()).append(" le ").append(TIME.format(facts.approvedAt())).append('.');
        if (facts.aiDrafted()) {
            b.append(" L'IA peut se tromper : les sources ci-dessus font foi.");
        }
        return b.toString();
    }

    private static String languageNames(Set<String> languages, String separator) {
        return String.join(separator, languages.stream().map(SiteText::languageName).toList());
    }

    private static String join(List<String> items, String separator, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(separator, items.subList(0, items.size() - 1)) + last + items.getLast();
    }

    private static String englishField(ContentField f) {
        return switch (f.name()) {
            case "HEADLINE" -> "headline";
            case "SUMMARY" -> "summary";
            case "TLDR" -> "TL;DR";
            default -> f.label().toLowerCase(Locale.ROOT);
        };
    }

    private static String chineseField(ContentField f) {
        return switch (f.name()) {
            case "HEADLINE" -> "标题";
            case "SUMMARY" -> "摘要";
            case "TLDR" -> "要点";
            case "CORE_POINT" -> "核心观点";
            case "KEY_DATA" -> "核心数据";
            case "KEY_PLAYERS" -> "关键参与者";
            case "RELATED_COMPANIES" -> "相关公司";
            case "DEEP_ANALYSIS" -> "深度解读";
            case "INSIGHTS" -> "行业启示";
            case "FAQ" -> "常见问题";
            case "INDUSTRY_IMPACT" -> "行业影响";
            case "TRACKING" -> "跟踪建议";
            case "HIGHLIGHTS" -> "亮点标签";
            case "CATEGORIES" -> "分类";
            case "SCORES" -> "评分";
            default -> f.label();
        };
    }

    private static String frenchField(ContentField f) {
        return switch (f.name()) {
            case "HEADLINE" -> "titre";
            case "SUMMARY" -> "résumé";
            case "TLDR" -> "l'essentiel";
            default -> f.label().toLowerCase(Locale.ROOT);
        };
    }
}
