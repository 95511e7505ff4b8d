package org.newsdesk.claimcheck.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Words the extraction knows, in English, French and Chinese. */
final class Lexicon {

    private Lexicon() {}

    /** Currency words and signs to ISO codes; "¥" is read as CNY in Chinese text and JPY elsewhere. */
    static String currency(String word, String language) {
        String w = word.toLowerCase(Locale.ROOT).replace(" ", "").replace("\u00A0", "");
        return switch (w) {
            case "€", "eur", "euro", "euros", "d'euros", "deuros", "欧元" -> "EUR";
            case "$", "us$", "u.s.$", "usd", "dollar", "dollars", "dedollars", "dollarsaméricains", "dollarsus",
                    "dedollarsaméricains", "美元" -> "USD";
            case "£", "gbp", "pound", "pounds", "livres", "livressterling", "delivres", "delivressterling", "英镑" -> "GBP";
            case "cny", "rmb", "yuan", "yuans", "deyuan", "deyuans", "人民币", "元" -> "CNY";
            case "jpy", "yen", "yens", "deyen", "deyens", "日元" -> "JPY";
            case "hkd", "hk$", "港元", "港币", "hongkongdollars", "dollarsdehongkong", "dedollarsdehongkong" -> "HKD";
            case "chf" -> "CHF";
            case "¥", "￥" -> "zh".equals(language) ? "CNY" : "JPY";
            default -> null;
        };
    }

    /** Rough bounds of units of USD per unit of a currency, 2015–2026: wide on purpose. */
    static double[] usdBand(String currency) {
        return switch (currency) {
            case "USD" -> new double[] {1, 1};
            case "EUR" -> new double[] {0.95, 1.25};
            case "GBP" -> new double[] {1.05, 1.45};
            case "CNY" -> new double[] {0.13, 0.165};
            case "JPY" -> new double[] {0.0062, 0.0095};
            case "HKD" -> new double[] {0.127, 0.129};
            case "CHF" -> new double[] {0.98, 1.28};
            default -> null;
        };
    }

    /** A Latin scale word to its factor; single letters only count when glued to the number or beside a currency. */
    static double scale(String word, String language, boolean glued, boolean withCurrency) {
        String w = word.toLowerCase(Locale.ROOT);
        boolean letterOk = glued || withCurrency;
        return switch (w) {
            case "trillion", "trillions", "tn" -> 1e12;
            case "billion", "billions" -> "fr".equals(language) ? 1e12 : 1e9;
            case "bn", "milliard", "milliards", "md", "mds", "mrd", "mrds" -> 1e9;
            case "million", "millions", "mn", "mln" -> 1e6;
            case "thousand", "mille" -> 1e3;
            case "b" -> letterOk && !"fr".equals(language) ? 1e9 : 0;
            case "m" -> letterOk ? 1e6 : 0;
            case "k" -> letterOk ? 1e3 : 0;
            case "t" -> glued && withCurrency ? 1e12 : 0;
            default -> 0;
        };
    }

    private static final Map<String, String> UNITS = new HashMap<>();

    private static void units(String canonical, String... words) {
        for (String w : words) {
            UNITS.put(w, canonical);
        }
    }

    static {
        units("gpu", "gpu", "gpus", "graphics processors", "processeurs graphiques", "显卡", "图形处理器", "GPU");
        units("chip", "chip", "chips", "puce", "puces", "芯片", "accelerators", "accélérateurs", "加速卡");
        units("employee", "employee", "employees", "staff", "workers", "employé", "employés", "salarié", "salariés",
                "collaborateurs", "员工", "雇员", "职员", "engineers", "ingénieurs", "工程师", "researchers", "chercheurs", "研究员");
        units("person", "people", "persons", "personnes", "人");
        units("user", "user", "users", "utilisateurs", "utilisateur", "用户", "subscribers", "abonnés", "订阅用户");
        units("customer", "customer", "customers", "clients", "client", "客户");
        units("company", "company", "companies", "firms", "startups", "start-up", "start-ups", "entreprises",
                "sociétés", "公司", "企业", "初创公司");
        units("data center", "data center", "data centers", "data centres", "datacenters", "datacenter",
                "centres de données", "centre de données", "数据中心");
        units("model", "model", "models", "modèles", "modèle", "模型", "大模型");
        units("parameter", "parameters", "paramètres", "参数");
        units("token", "tokens", "词元");
        units("country", "countries", "pays", "国家");
        units("server", "servers", "serveurs", "服务器");
        units("investor", "investors", "investisseurs", "投资者", "投资方", "投资人");
        units("job", "jobs", "emplois", "postes", "岗位", "就业岗位");
        units("download", "downloads", "téléchargements", "下载");
        units("share", "shares", "actions", "股");
        units("bank", "banks", "banques", "银行");
        units("office", "offices", "bureaux", "办公室");
        units("language", "languages", "langues", "语言");
        units("case", "cases", "cas", "病例", "例");
        units("death", "deaths", "décès", "morts", "死亡");
        units("vehicle", "vehicles", "cars", "véhicules", "voitures", "辆汽车", "汽车");
        units("copy", "copies", "exemplaires", "份");
        units("player", "players", "joueurs", "玩家");
        units("basis point", "basis points", "bp", "bps", "BP", "points de base", "基点", "个基点");
    }

    /** The canonical noun a counted word stands for, or {@code null}. */
    static String unit(String word) {
        String u = UNITS.get(word);
        return u != null ? u : UNITS.get(word.toLowerCase(Locale.ROOT));
    }

    /** Unit words written in Chinese script, longest first, to find after a measure word. */
    static final String[] CJK_UNITS = UNITS.keySet().stream().filter(w -> Fold.isCjk(w.charAt(0)))
            .sorted((a, b) -> b.length() - a.length()).toArray(String[]::new);

    /** Units that name the same people: a count of people may be a count of employees. */
    static boolean compatibleUnits(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        return Set.of(a, b).equals(Set.of("person", "employee")) || Set.of(a, b).equals(Set.of("gpu", "chip"))
                || Set.of(a, b).equals(Set.of("person", "user")) || Set.of(a, b).equals(Set.of("person", "death"));
    }

    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("eighteen", 18),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("un", 1), Map.entry("une", 1),
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
            Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
            Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("quinze", 15), Map.entry("dix-huit", 18),
            Map.entry("vingt", 20), Map.entry("trente", 30));

    /** English and French month names and abbreviations to 1–12. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (w) {
            case "january", "jan", "janvier", "janv" -> 1;
            case "february", "feb", "février", "fevrier", "févr", "fév" -> 2;
            case "march", "mar", "mars" -> 3;
            case "april", "apr", "avril", "avr" -> 4;
            case "may", "mai" -> 5;
            case "june", "jun", "juin" -> 6;
            case "july", "jul", "juillet", "juil" -> 7;
            case "august", "aug", "août", "aout" -> 8;
            case "september", "sep", "sept", "septembre" -> 9;
            case "october", "oct", "octobre" -> 10;
            case "november", "nov", "novembre" -> 11;
            case "december", "dec", "décembre", "decembre", "déc" -> 12;
            default -> 0;
        };
    }

    /** Acronyms and labels that are never a name by themselves, though they may end one ("Mistral AI"). */
    static final Set<String> NOT_NAMES = Set.of("ai", "ia", "llm", "llms", "gpu", "gpus", "cpu", "tpu", "api", "apis",
            "ceo", "cfo", "cto", "coo", "pdg", "ipo", "vc", "faq", "tl;dr", "tldr", "tl", "dr", "q", "a", "i", "agi", "ml",
            "saas", "b2b", "b2c", "esg", "r&d", "ict", "it", "pr", "hr", "kpi", "roi", "ok", "tv", "pc", "inc", "ltd",
            "corp", "sa", "sas", "gmbh", "plc", "llc", "co", "nv", "ag", "ai's", "genai", "ar", "vr", "iot", "5g", "id",
            "ui", "ux", "ip", "m&a", "rss", "url", "pdf", "html", "json", "gw", "mw", "kw", "hot", "etc", "arr", "mrr", "qoq", "yoy", "mom",
            "capex", "opex", "ebitda", "eps", "gaap", "cagr", "tam", "sota", "rag", "moe", "asic", "npu", "hbm", "pme", "eti", "ttm", "fy",
            "b2g", "dau", "mau", "nlp", "ocr", "ipos");

    /**
     * Heads of the names of institutions and meetings, in English and French. A draft name made only of these (and of
     * frequent words) says which kind of body it is, not which one: "House of Representatives" translating "Chambre
     * des représentants", "the Summit", "le Forum". It is no claim of its own.
     */
    static final Set<String> INSTITUTION_HEADS = Set.of("house", "senate", "assembly", "parliament", "congress", "council", "committee",
            "commission", "court", "ministry", "department", "agency", "office", "summit", "forum", "conference", "representatives",
            "chamber", "board", "authority", "bureau", "cabinet", "government", "administration", "tribunal", "sommet", "conseil", "comité",
            "cour", "ministère", "agence", "chambre", "représentants", "assemblée", "sénat", "gouvernement", "autorité");

    /**
     * Titles and offices written before a person's name, and the portfolios of ministries, in English and French
     * ("Vice Premier He Lifeng", "Deputy Prime Minister", "ministre de l'Industrie"): not the name. A draft name
     * that begins with them is checked without them; one made only of them names no one.
     */
    static final Set<String> TITLES = Set.of("vice", "deputy", "minister", "ministers", "prime", "premier", "secretary", "secretary-general",
            "deputy-secretary-general", "governor", "chairman", "chairwoman", "chair", "director", "director-general", "sen", "senator",
            "rep", "representative", "attorney", "mayor", "ambassador", "spokesperson", "spokesman", "spokeswoman", "professor", "dr",
            "vice-president", "vice-premier", "ministre", "vice-ministre", "secrétaire", "directeur", "directrice", "présidente", "sénateur",
            "gouverneur", "porte-parole", "industry", "industrie", "finance", "finances", "economy", "économie", "transport", "transports",
            "defence", "defense", "défense", "commerce", "trade", "interior", "intérieur", "health", "santé", "justice", "education",
            "éducation", "foreign", "affairs", "étrangères", "affaires");

    /** Words that may end a name though they are none by themselves: "Mistral AI", "Acme Inc", "Scaleway SAS". */
    static final Set<String> NAME_ENDINGS = Set.of("ai", "ia", "inc", "ltd", "corp", "sa", "sas", "gmbh", "plc", "llc", "co",
            "nv", "ag", "labs", "lab", "group", "groupe", "bank", "capital", "ventures", "partners", "research", "technologies", "company");

    /**
     * Frequent English and French words that are not names when capitalised at the start of a sentence, in
     * a title or a table header.
     */
    static final Set<String> COMMON = new HashSet<>(java.util.Arrays.asList(("the a an and or but if then so as at by for from in into of "
            + "on onto to with without within about above after again against all also am any are around because "
            + "been before being below between both can could did do does doing down during each few further had "
            + "has have having he her here hers him his how however i it its itself just me more most my no nor not "
            + "now off once only other our out over own same she should some such than that their them there these "
            + "they this those through too under until up very was we were what when where which while who whom why "
            + "will would you your yes new key data info information metrics entity entities value values current "
            + "previous projected total funding round raise raised raises raising valuation valued series date dates "
            + "summary analysis deep insight insights industry core point players player impact tracking track "
            + "highlights highlight related company companies categories category hot quality question answer "
            + "questions answers investment investments revenue revenues profit growth market markets model models "
            + "open closed source sources sovereign strong strongly high medium low headline title note notes "
            + "update updated share ago report reports reported according says said announce announces announced "
            + "announcement deal deals startup startups firm firms group bank banks fund funds capital venture "
            + "billion million first second third last next early late mid half year years month months week weeks "
            + "day days today yesterday tomorrow chief executive officer president founder founders co-founder "
            + "investor investors employees staff users customers partners partner partnership strategy strategic "
            + "technology tech compute computing infrastructure cloud data center centre debt equity financing "
            + "debt-financing government governments army military state public private european american french "
            + "chinese british german global world international national local regional big large small major "
            + "minor top leading leader leaders rival rivals competitor competitors giant giants lab labs "
            + "research product products service services platform platforms system systems tool tools based "
            + "role sector sectors reason reasons score scores rationale stage sentiment positive negative neutral "
            + "mature disclaimer content generated reference only share ai-generated processing original "
            + "why is was how what who can will does do its "
            + "le la les un une des du de d l cette ce ces cet son sa ses leur leurs notre nos votre vos mon ma mes "
            + "après avant avec dans pour par sur sous selon entre vers chez depuis pendant lors en au aux et ou "
            + "mais donc or ni car si comme alors ainsi aussi il elle ils elles on nous vous je tu qui que quoi dont "
            + "où quand comment pourquoi tout tous toute toutes plus moins très bien deux trois article apparu "
            + "premier première dernier dernière résumé levée dette centre données intelligence artificielle "
            + "infrastructure infrastructures modèle modèles marché entreprise entreprises société sociétés "
            + "course phase annonce financement fonds banque banques groupe capacité capacités calcul "
            + "january february march april may june july august september october november december "
            + "monday tuesday wednesday thursday friday saturday sunday janvier février mars avril mai juin juillet "
            + "août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche "
            + "q1 q2 q3 q4 h1 h2 fy bourse").split(" ")));

    private static final Map<String, String> MEANINGS = new HashMap<>();

    private static void meaning(String meaning, String... words) {
        for (String w : words) {
            MEANINGS.put(w, meaning);
        }
    }

    static {
        meaning("money raised or spent", "raise", "raised", "raises", "raising", "round", "funding", "fundraise", "fundraising",
                "investment", "investments", "invested", "invest", "invests", "financing", "financed", "loan", "loans", "debt", "bond",
                "bonds", "spend", "spent", "spending", "capex", "levee", "leve", "leves", "lever", "leve", "financement",
                "investissement", "investi", "investit", "dette", "pret", "prets", "emprunt", "depenses", "融资", "投资", "募资", "筹集",
                "筹资", "注资", "领投", "债务", "贷款", "债券", "投入", "花费", "支出");
        meaning("valuation", "valuation", "valuations", "valued", "values", "valorisation", "valorise", "valorisee", "valorisant",
                "valoriser", "估值", "市值");
        meaning("revenue", "revenue", "revenues", "sales", "turnover", "chiffre", "ventes", "营收", "收入", "销售额");
        meaning("profit", "profit", "profits", "earnings", "benefice", "benefices", "利润", "盈利", "净利");
        meaning("loss", "loss", "losses", "perte", "pertes", "亏损");
    }

    /** What an amount beside this word is (money raised or spent, valuation, revenue, profit, loss), or {@code null}. */
    static String amountMeaning(String foldedWord) {
        return MEANINGS.get(foldedWord);
    }

    /** Chinese-script words that say what an amount is, longest first. */
    static final String[] CJK_MEANINGS = MEANINGS.keySet().stream().filter(w -> Fold.isCjk(w.charAt(0)))
            .sorted((a, b) -> b.length() - a.length()).toArray(String[]::new);

    /** Lower case without accents, for comparing names. */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
