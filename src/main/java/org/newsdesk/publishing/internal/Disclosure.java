package org.newsdesk.publishing.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsdesk.drafting.FieldProvenance;
import org.newsdesk.story.ContentField;

/**
 * The AI disclaimer of an article, in each language, written from the provenance of its fields:
 * which model drafted what, when, from how many sources, and who reviewed and approved it.
 */
final class Disclosure {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Disclosure() {}

    record Line(String language, String label, String text) {}

    static List<Line> lines(List<FieldProvenance> provenance, int sourceCount, String approver, Instant approvedAt) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("en", "Disclaimer", english(provenance, sourceCount, approver, approvedAt)));
        lines.add(new Line("zh", "免责声明", chinese(provenance, sourceCount, approver, approvedAt)));
        return lines;
    }

    private static Map<String, List<FieldProvenance>> byModel(List<FieldProvenance> provenance) {
        Map<String, List<FieldProvenance>> byModel = new LinkedHashMap<>();
        provenance.forEach(p -> byModel.computeIfAbsent(p.model(), m -> new ArrayList<>()).add(p));
        return byModel;
    }

    private static String english(List<FieldProvenance> provenance, int sources, String approver, Instant approvedAt) {
        StringBuilder b = new StringBuilder();
        if (provenance.isEmpty()) {
            b.append("This article was written by the desk's editors without AI drafting. ");
        }
        byModel(provenance).forEach((model, fields) -> {
            Set<String> names = new LinkedHashSet<>();
            fields.forEach(f -> names.add(englishField(f.field())));
            Instant when = fields.stream().map(FieldProvenance::generatedAt).max(Instant::compareTo).orElseThrow();
            b.append("The ").append(join(names)).append(" of this article were drafted by the AI model ").append(model)
                    .append(" on ").append(DAY.format(when)).append(" from ").append(sources).append(sources == 1 ? " source" : " sources")
                    .append(" listed on this page");
            long edited = fields.stream().filter(FieldProvenance::editedByPerson).count();
            b.append(edited > 0 ? ", and then edited by the desk. " : ". ");
        });
        b.append("It was reviewed and approved by ").append(approver).append(" on ").append(DAY.format(approvedAt)).append('.');
        return b.toString();
    }

    private static String chinese(List<FieldProvenance> provenance, int sources, String approver, Instant approvedAt) {
        StringBuilder b = new StringBuilder();
        if (provenance.isEmpty()) {
            b.append("本文由编辑撰写,未使用 AI 起草。");
        }
        byModel(provenance).forEach((model, fields) -> {
            Set<String> names = new LinkedHashSet<>();
            fields.forEach(f -> names.add(chineseField(f.field())));
            Instant when = fields.stream().map(FieldProvenance::generatedAt).max(Instant::compareTo).orElseThrow();
            b.append("本文的").append(names.stream().collect(Collectors.joining("、"))).append("由 AI 模型 ").append(model).append(" 于 ")
                    .append(DAY.format(when)).append(" 根据本页所列的 ").append(sources).append(" 篇来源生成");
            long edited = fields.stream().filter(FieldProvenance::editedByPerson).count();
            b.append(edited > 0 ? ",并经编辑修改。" : "。");
        });
        b.append("本文已由 ").append(approver).append(" 于 ").append(DAY.format(approvedAt)).append(" 审核并批准发布。");
        return b.toString();
    }

    private static String join(Set<String> names) {
        List<String> list = List.copyOf(names);
        return list.size() <= 1 ? String.join("", list) : String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.getLast();
    }

    private static String englishField(ContentField f) {
        return f == ContentField.TLDR ? "TL;DR" : f.label().toLowerCase();
    }

    private static String chineseField(ContentField f) {
        return switch (f) {
            case HEADLINE -> "标题";
            case SUMMARY -> "摘要";
            case TLDR -> "要点";
            case CORE_POINT -> "核心观点";
            case KEY_DATA -> "核心数据";
            case KEY_PLAYERS -> "关键参与者";
            case RELATED_COMPANIES -> "相关公司";
            case DEEP_ANALYSIS -> "深度解读";
            case INSIGHTS -> "行业启示";
            case FAQ -> "常见问题";
            case INDUSTRY_IMPACT -> "行业影响";
            case TRACKING -> "跟踪建议";
            case HIGHLIGHTS -> "亮点标签";
            case CATEGORIES -> "分类";
            case SCORES -> "评分";
        };
    }
}
