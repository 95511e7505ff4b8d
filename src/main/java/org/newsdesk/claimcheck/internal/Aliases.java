package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small gazetteer of names the desk writes about, in the forms they take in English, French and Chinese
 * ("NVIDIA", "英伟达"; "France", "French", "français", "法国"). It lets a name in one language be found in a
 * source in another; names it does not list are compared by their Latin spelling.
 */
final class Aliases {

    private static final Map<String, String> LATIN = new HashMap<>();
    private static final Map<String, String> LATIN_EXACT = new HashMap<>();
    private static final List<String> CJK = new ArrayList<>();
    private static final Map<String, String> CJK_IDS = new HashMap<>();
    private static final java.util.Set<String> PLACES = new java.util.HashSet<>();

    private Aliases() {}

    private static void add(String id, String... forms) {
        for (String f : forms) {
            if (Fold.isCjk(f.charAt(0))) {
                CJK.add(f);
                CJK_IDS.put(f, id);
            } else if (f.length() <= 3 && f.equals(f.toUpperCase())) {
                LATIN_EXACT.put(f, id);
            } else {
                LATIN.put(Lexicon.fold(f), id);
            }
        }
    }

    private static void place(String id, String... forms) {
        PLACES.add(id);
        add(id, forms);
    }

    static {
        add("nvidia", "NVIDIA", "Nvidia", "英伟达", "輝達");
        add("microsoft", "Microsoft", "微软");
        add("google", "Google", "谷歌");
        add("alphabet", "Alphabet");
        add("deepmind", "DeepMind", "Google DeepMind");
        add("openai", "OpenAI");
        add("anthropic", "Anthropic");
        add("meta", "Meta", "Meta Platforms");
        add("amazon", "Amazon", "亚马逊");
        add("aws", "AWS", "Amazon Web Services");
        add("apple", "Apple", "苹果公司");
        add("deepseek", "DeepSeek", "深度求索");
        add("alibaba", "Alibaba", "阿里巴巴");
        add("tencent", "Tencent", "腾讯");
        add("baidu", "Baidu", "百度");
        add("bytedance", "ByteDance", "字节跳动");
        add("huawei", "Huawei", "华为");
        add("asml", "ASML", "阿斯麦");
        add("samsung", "Samsung", "三星电子");
        add("tsmc", "TSMC", "台积电");
        add("intel", "Intel", "英特尔");
        add("amd", "AMD", "超威半导体");
        add("ibm", "IBM");
        add("softbank", "SoftBank", "软银");
        add("oracle", "Oracle", "甲骨文");
        add("xai", "xAI");
        add("salesforce", "Salesforce");
        add("moonshot", "Moonshot AI", "Moonshot", "月之暗面");
        add("zhipu", "Zhipu AI", "Zhipu", "Z.ai", "智谱", "智谱AI");
        add("minimax", "MiniMax", "稀宇科技");
        add("baichuan", "Baichuan", "百川智能");
        add("01ai", "01.AI", "零一万物");
        add("stepfun", "StepFun", "阶跃星辰");
        add("iflytek", "iFlytek", "科大讯飞");
        add("sensetime", "SenseTime", "商汤", "商汤科技");
        add("xiaomi", "Xiaomi", "小米");
        add("bnp-paribas", "BNP Paribas", "BNP", "法国巴黎银行");
        add("credit-agricole", "Crédit Agricole", "法国农业信贷银行");
        add("societe-generale", "Société Générale", "法国兴业银行");
        add("bpifrance", "Bpifrance", "法国公共投资银行");
        add("financial-times", "Financial Times", "FT", "金融时报", "英国金融时报");
        add("bloomberg", "Bloomberg", "彭博", "彭博社");
        add("reuters", "Reuters", "路透", "路透社");
        add("wall-street", "Wall Street", "华尔街");
        add("silicon-valley", "Silicon Valley", "硅谷");
        add("sam-altman", "Sam Altman", "Altman", "萨姆·奥尔特曼", "奥尔特曼", "奥特曼");
        add("arthur-mensch", "Arthur Mensch", "阿瑟·门施", "门施");
        add("emmanuel-macron", "Emmanuel Macron", "Macron", "马克龙");
        add("jensen-huang", "Jensen Huang", "黄仁勋");
        place("paris", "Paris", "Parisian", "parisien", "parisienne", "巴黎");
        place("france", "France", "French", "français", "française", "françaises", "法国");
        place("europe", "Europe", "European", "Europeans", "européen", "européenne", "européens", "européennes",
                "欧洲");
        place("eu", "EU", "UE", "European Union", "Union européenne", "欧盟");
        place("us", "US", "U.S.", "USA", "United States", "America", "American", "Americans", "États-Unis",
                "Etats-Unis", "américain", "américaine", "américains", "américaines", "美国");
        place("china", "China", "Chinese", "Chine", "chinois", "chinoise", "中国");
        place("luxembourg", "Luxembourg", "Luxembourgish", "luxembourgeois", "luxembourgeoise", "卢森堡");
        place("uk", "UK", "U.K.", "United Kingdom", "Britain", "British", "Royaume-Uni", "britannique", "英国");
        place("germany", "Germany", "German", "Allemagne", "allemand", "allemande", "德国");
        place("japan", "Japan", "Japanese", "Japon", "japonais", "日本");
        place("india", "India", "Indian", "Inde", "印度");
        place("london", "London", "Londres", "伦敦");
        place("berlin", "Berlin", "柏林");
        place("beijing", "Beijing", "Pékin", "北京");
        place("shanghai", "Shanghai", "上海");
        place("new-york", "New York", "纽约");
        place("san-francisco", "San Francisco", "旧金山");
        CJK.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** The id of a name written in Latin script, or {@code null}. */
    static String latin(String name) {
        String exact = LATIN_EXACT.get(name);
        if (exact != null) {
            return exact;
        }
        return LATIN.get(Lexicon.fold(name));
    }

    /** Chinese-script forms, longest first. */
    static List<String> cjkForms() {
        return CJK;
    }

    static String cjk(String form) {
        return CJK_IDS.get(form);
    }

    /** Whether the name is a place or a people (whose adjective is not a name by itself). */
    static boolean isPlace(String id) {
        return PLACES.contains(id);
    }
}
