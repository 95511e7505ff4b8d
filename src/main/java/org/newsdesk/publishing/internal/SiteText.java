package org.newsdesk.publishing.internal;

import java.util.Map;

/**
 * The public site's own words in each language it writes in (English, Chinese, French); a language
 * it does not know gets English. Templates read them as {@code text.get('tldr')}.
 */
final class SiteText {

    private static final Map<String, Map<String, String>> TEXT = Map.of(
            "en", Map.ofEntries(
                    Map.entry("language", "English"),
                    Map.entry("tldr", "TL;DR"),
                    Map.entry("summary", "Summary"),
                    Map.entry("sources", "Sources"),
                    Map.entry("original", "Original"),
                    Map.entry("disclaimer", "AI disclosure"),
                    Map.entry("published", "Published"),
                    Map.entry("updated", "Updated"),
                    Map.entry("categories", "Categories"),
                    Map.entry("tags", "Tags"),
                    Map.entry("languages", "Read in"),
                    Map.entry("latest", "Latest articles"),
                    Map.entry("home", "Home"),
                    Map.entry("nothing", "Nothing published here yet."),
                    Map.entry("skip", "Skip to content"),
                    Map.entry("keyData", "Key data"),
                    Map.entry("entity", "Entity"),
                    Map.entry("keyInfo", "Key info"),
                    Map.entry("metrics", "Data/Metrics"),
                    Map.entry("deepAnalysis", "Deep analysis"),
                    Map.entry("insights", "Industry insights"),
                    Map.entry("faq", "FAQ"),
                    Map.entry("aiInsight", "AI insight"),
                    Map.entry("corePoint", "Core point:"),
                    Map.entry("basedIn", ", based in "),
                    Map.entry("tracking", "Tracking:"),
                    Map.entry("scores", "Scores")),
            "zh", Map.ofEntries(
                    Map.entry("language", "中文"),
                    Map.entry("tldr", "要点"),
                    Map.entry("summary", "摘要"),
                    Map.entry("sources", "来源"),
                    Map.entry("original", "原文"),
                    Map.entry("disclaimer", "AI 声明"),
                    Map.entry("published", "发布于"),
                    Map.entry("updated", "更新于"),
                    Map.entry("categories", "分类"),
                    Map.entry("tags", "标签"),
                    Map.entry("languages", "阅读语言"),
                    Map.entry("latest", "最新文章"),
                    Map.entry("home", "首页"),
                    Map.entry("nothing", "这里还没有发布的文章。"),
                    Map.entry("skip", "跳到正文"),
                    Map.entry("keyData", "核心数据"),
                    Map.entry("entity", "实体"),
                    Map.entry("keyInfo", "关键信息"),
                    Map.entry("metrics", "数据/指标"),
                    Map.entry("deepAnalysis", "深度解读"),
                    Map.entry("insights", "行业启示"),
                    Map.entry("faq", "FAQ"),
                    Map.entry("aiInsight", "AI 洞察"),
                    Map.entry("corePoint", "核心观点:"),
                    Map.entry("basedIn", ",总部:"),
                    Map.entry("tracking", "跟踪建议:"),
                    Map.entry("scores", "评分")),
            "fr", Map.ofEntries(
                    Map.entry("language", "Français"),
                    Map.entry("tldr", "L'essentiel"),
                    Map.entry("summary", "Résumé"),
                    Map.entry("sources", "Sources"),
                    Map.entry("original", "Original"),
                    Map.entry("disclaimer", "Transparence IA"),
                    Map.entry("published", "Publié le"),
                    Map.entry("updated", "Mis à jour le"),
                    Map.entry("categories", "Catégories"),
                    Map.entry("tags", "Mots-clés"),
                    Map.entry("languages", "Lire en"),
                    Map.entry("latest", "Derniers articles"),
                    Map.entry("home", "Accueil"),
                    Map.entry("nothing", "Rien n'est encore publié ici."),
                    Map.entry("skip", "Aller au contenu"),
                    Map.entry("keyData", "Données clés"),
                    Map.entry("entity", "Entité"),
                    Map.entry("keyInfo", "Information"),
                    Map.entry("metrics", "Donnée"),
                    Map.entry("deepAnalysis", "Analyse"),
                    Map.entry("insights", "Enseignements"),
                    Map.entry("faq", "FAQ"),
                    Map.entry("aiInsight", "Regard IA"),
                    Map.entry("corePoint", "Point clé :"),
                    Map.entry("basedIn", ", basé à "),
                    Map.entry("tracking", "Suivi :"),
                    Map.entry("scores", "Notes")));

    private SiteText() {}

    static Map<String, String> in(String language) {
        return TEXT.getOrDefault(language, TEXT.get("en"));
    }

    static String languageName(String language) {
        return TEXT.containsKey(language) ? TEXT.get(language).get("language") : language;
    }
}
