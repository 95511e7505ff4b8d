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
        add("apple", "Apple", "苹果公司", "苹果");
        add("deepseek", "DeepSeek", "深度求索");
        add("alibaba", "Alibaba", "阿里巴巴");
        add("tencent", "Tencent", "腾讯");
        add("baidu", "Baidu", "百度");
        add("bytedance", "ByteDance", "字节跳动");
        add("huawei", "Huawei", "华为");
        add("asml", "ASML", "阿斯麦");
        add("samsung", "Samsung", "Samsung Electronics", "三星电子", "三星");
        add("tsmc", "TSMC", "台积电");
        add("intel", "Intel", "英特尔");
        add("amd", "AMD", "Advanced Micro Devices", "超威半导体");
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
        add("moore-threads", "Moore Threads", "摩尔线程");
        add("cambricon", "Cambricon", "寒武纪");
        add("kunlun", "Kunlun", "Kunlunxin", "昆仑芯", "昆仑");
        add("doubao", "Doubao", "豆包");
        add("ascend", "Ascend", "昇腾");
        add("qwen", "Qwen", "Tongyi Qianwen", "通义千问", "千问");
        add("hunyuan", "Hunyuan", "混元");
        add("ernie", "ERNIE", "Ernie Bot", "文心一言", "文心");
        add("kuaishou", "Kuaishou", "快手");
        add("kling", "Kling", "可灵");
        add("unitree", "Unitree", "宇树科技", "宇树");
        add("jd", "JD.com", "JD", "京东");
        add("alibaba-cloud", "Alibaba Cloud", "阿里云");
        add("biren", "Biren", "壁仞科技", "壁仞");
        add("horizon-robotics", "Horizon Robotics", "地平线");
        add("capgemini", "Capgemini", "凯捷");
        add("dassault-systemes", "Dassault Systèmes", "Dassault Systemes", "达索系统");
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
        // Session 8: companies, markets and institutions of the desk's business and tech coverage, in the forms a Chinese
        // digest, an English wire and a French paper give them (curated by hand, not learned; extend as the desk covers more)
        add("tesla", "Tesla", "特斯拉");
        add("byd", "BYD", "比亚迪");
        add("geely", "Geely", "Geely Auto", "吉利汽车", "吉利");
        add("saic", "SAIC", "SAIC Motor", "上汽集团", "上汽");
        add("xpeng", "XPeng", "Xpeng", "小鹏汽车", "小鹏");
        add("nio", "Nio", "NIO", "蔚来汽车", "蔚来");
        add("li-auto", "Li Auto", "理想汽车");
        add("zeekr", "Zeekr", "极氪");
        add("pop-mart", "Pop Mart", "泡泡玛特");
        add("vipshop", "Vipshop", "唯品会");
        add("iqiyi", "iQiyi", "iQIYI", "爱奇艺");
        add("pdd", "PDD", "Pinduoduo", "PDD Holdings", "拼多多");
        add("weibo", "Weibo", "微博");
        add("walmart", "Walmart", "沃尔玛");
        add("bmw", "BMW", "BMW of North America", "宝马");
        add("boeing", "Boeing", "波音");
        add("airbus", "Airbus", "空中客车", "空客");
        add("sk-hynix", "SK Hynix", "SK hynix", "海力士");
        add("micron", "Micron", "美光");
        add("qualcomm", "Qualcomm", "高通");
        add("stmicro", "STMicroelectronics", "意法半导体");
        add("bosch", "Bosch", "博世");
        add("infineon", "Infineon", "英飞凌");
        add("nxp", "NXP", "恩智浦");
        add("coca-cola", "Coca-Cola", "可口可乐");
        add("infosys", "Infosys");
        add("wipro", "Wipro");
        add("bain", "Bain", "Bain & Company", "贝恩公司", "贝恩");
        add("zoom", "Zoom", "ZOOM", "Zoom Video");
        add("konica-minolta", "Konica Minolta", "柯尼卡美能达");
        add("huayi-brothers", "Huayi Brothers", "华谊兄弟");
        add("baidu-ai-cloud", "Baidu AI Cloud", "百度智能云");
        add("fourth-paradigm", "4Paradigm", "Fourth Paradigm", "第四范式");
        add("hkex", "HKEX", "Hong Kong Exchanges and Clearing", "Hong Kong Exchanges", "香港交易及结算所", "港交所");
        add("lme", "LME", "London Metal Exchange", "伦敦金属交易所");
        add("dow", "Dow", "Dow Jones", "Dow Jones Industrial Average", "道指", "道琼斯指数", "道琼斯");
        add("nasdaq", "Nasdaq", "Nasdaq Composite", "纳指", "纳斯达克");
        add("sp500", "S&P 500", "标普500指数", "标普500");
        add("fed", "Fed", "Federal Reserve", "US Federal Reserve", "Réserve fédérale", "美联储");
        add("ecb", "ECB", "European Central Bank", "BCE", "Banque centrale européenne", "欧洲央行");
        add("riksbank", "Riksbank", "Sveriges Riksbank", "瑞典央行");
        add("boj", "BOJ", "Bank of Japan", "Banque du Japon", "日本央行");
        add("pboc", "PBOC", "People's Bank of China", "Banque populaire de Chine", "中国人民银行", "人民银行",
                "央行"); // 央行: the sources' own central bank; 欧洲央行, 瑞典央行, 日本央行 are longer forms and are read first
        add("who", "WHO", "World Health Organization", "OMS", "Organisation mondiale de la santé", "世界卫生组织", "世卫组织");
        add("nafmii", "NAFMII", "National Association of Financial Market Institutional Investors", "交易商协会");
        add("miit", "MIIT", "Ministry of Industry and Information Technology", "工信部");
        add("idc", "IDC");
        add("steam", "Steam");
        // Session 9: the institutions, markets, banks and listed companies a Chinese market digest (Wind's 财经早餐) names
        // every day, in the forms Chinese, English and French business news give them: China's regulators and ministries
        // with their short forms (北交所 = 北京证券交易所, 央行 for the sources' own central bank), its exchanges, boards
        // and indices, the global banks by their Chinese names, and A- and H-share large caps. Curated by hand, not
        // learned; a name of another company is still compared by its pinyin reading (Pinyin) or its figures (CrossScript).
        add("csrc", "CSRC", "China Securities Regulatory Commission", "中国证监会", "证监会");
        add("nfra", "NFRA", "National Financial Regulatory Administration", "国家金融监督管理总局", "国家金融监管总局", "金融监管总局");
        add("safe", "State Administration of Foreign Exchange", "国家外汇管理局", "外汇局");
        add("nbs", "NBS", "National Bureau of Statistics", "国家统计局", "统计局");
        add("ndrc", "NDRC", "National Development and Reform Commission", "国家发展改革委", "国家发改委", "发改委");
        add("mofcom", "MOFCOM", "Ministry of Commerce", "Commerce Ministry", "ministère du Commerce", "商务部");
        add("mof", "Ministry of Finance", "Finance Ministry", "ministère des Finances", "财政部");
        add("state-council", "State Council", "Conseil des affaires de l'État", "国务院");
        add("customs", "General Administration of Customs", "海关总署");
        add("nea", "National Energy Administration", "国家能源局");
        add("sasac", "SASAC", "国资委");
        add("sse", "Shanghai Stock Exchange", "Bourse de Shanghai", "上海证券交易所", "上交所");
        add("szse", "Shenzhen Stock Exchange", "Bourse de Shenzhen", "深圳证券交易所", "深交所");
        add("bse", "Beijing Stock Exchange", "BSE", "Bourse de Pékin", "北京证券交易所", "北交所");
        add("shanghai-market", "Shanghai market", "Shanghai-listed", "沪市");
        add("shenzhen-market", "Shenzhen market", "Shenzhen-listed", "深市");
        add("chinext", "ChiNext", "创业板");
        add("star-market", "STAR Market", "STAR board", "科创板");
        add("shanghai-composite", "Shanghai Composite", "Shanghai Composite Index", "SSE Composite", "上证指数", "沪指");
        add("shenzhen-component", "Shenzhen Component", "Shenzhen Component Index", "深证成指");
        add("csi300", "CSI 300", "沪深300");
        add("hang-seng", "Hang Seng", "Hang Seng Index", "恒生指数", "恒指", "恒生");
        add("hang-seng-tech", "Hang Seng Tech", "Hang Seng Tech Index", "恒生科技指数");
        add("hsbc", "HSBC", "汇丰银行", "汇丰控股", "汇丰");
        add("ubs", "UBS", "UBS Group", "瑞银集团", "瑞银");
        add("goldman-sachs", "Goldman Sachs", "高盛集团", "高盛");
        add("morgan-stanley", "Morgan Stanley", "摩根士丹利", "大摩");
        add("jpmorgan", "JPMorgan", "JPMorgan Chase", "J.P. Morgan", "摩根大通", "小摩");
        add("citi", "Citi", "Citigroup", "花旗集团", "花旗");
        add("bofa", "Bank of America", "美国银行", "美银");
        add("deutsche-bank", "Deutsche Bank", "德意志银行", "德银");
        add("blackrock", "BlackRock", "贝莱德");
        add("icbc", "ICBC", "Industrial and Commercial Bank of China", "中国工商银行", "工商银行");
        add("ccb", "China Construction Bank", "中国建设银行", "建设银行");
        add("abc", "Agricultural Bank of China", "中国农业银行", "农业银行");
        add("boc", "Bank of China", "中国银行", "中银");
        add("bocom", "Bank of Communications", "BoCom", "交通银行");
        add("cmb", "China Merchants Bank", "招商银行");
        add("cicc", "CICC", "China International Capital Corporation", "中金公司", "中金");
        add("citic-securities", "CITIC Securities", "中信证券");
        add("dell", "Dell", "Dell Technologies", "戴尔科技", "戴尔");
        add("toyota", "Toyota", "丰田汽车", "丰田");
        add("kia", "Kia", "起亚");
        add("catl", "CATL", "Contemporary Amperex Technology", "宁德时代");
        add("moutai", "Kweichow Moutai", "Moutai", "贵州茅台", "茅台");
        add("smic", "SMIC", "Semiconductor Manufacturing International", "中芯国际");
        add("ping-an", "Ping An", "Ping An Insurance", "中国平安");
        add("petrochina", "PetroChina", "中国石油", "中石油");
        add("sinopec", "Sinopec", "中国石化", "中石化");
        add("cnooc", "CNOOC", "中国海油", "中海油");
        add("china-mobile", "China Mobile", "中国移动");
        add("netease", "NetEase", "网易");
        add("lenovo", "Lenovo", "联想集团");
        add("zte", "ZTE", "中兴通讯", "中兴");
        add("midea", "Midea", "Midea Group", "美的集团");
        add("haier", "Haier", "海尔智家", "海尔");
        add("gree", "Gree", "Gree Electric", "格力电器", "格力");
        add("vanke", "Vanke", "China Vanke", "万科");
        add("country-garden", "Country Garden", "碧桂园");
        add("evergrande", "Evergrande", "China Evergrande", "恒大");
        add("baic", "BAIC", "BAIC Group", "北汽集团", "北汽");
        add("boe", "BOE", "BOE Technology", "京东方");
        add("zijin", "Zijin Mining", "Zijin", "紫金矿业");
        add("luxshare", "Luxshare", "Luxshare Precision", "立讯精密");
        add("naura", "NAURA", "Naura", "NAURA Technology", "北方华创");
        add("angel-yeast", "Angel Yeast", "安琪酵母");
        add("yto", "YTO Express", "YTO", "圆通速递", "圆通");
        add("zto", "ZTO Express", "ZTO", "中通快递");
        add("sf-express", "SF Express", "SF Holding", "顺丰控股", "顺丰");
        add("conch-cement", "Conch Cement", "Anhui Conch", "Anhui Conch Cement", "海螺水泥");
        add("hikvision", "Hikvision", "海康威视");
        add("longi", "LONGi", "Longi", "LONGi Green Energy", "隆基绿能", "隆基");
        add("sungrow", "Sungrow", "阳光电源");
        add("wuxi-apptec", "WuXi AppTec", "药明康德");
        add("mindray", "Mindray", "迈瑞医疗");
        add("east-money", "East Money", "East Money Information", "东方财富");
        add("cmoc", "CMOC", "洛阳钼业");
        add("great-wall-motor", "Great Wall Motor", "长城汽车");
        add("telegram", "Telegram");
        add("tsinghua", "Tsinghua", "Tsinghua University", "université Tsinghua", "清华大学", "清华");
        add("pku", "Peking University", "université de Pékin", "北京大学");
        place("louisiana", "Louisiana", "Louisiane", "路易斯安那州");
        place("inner-mongolia", "Inner Mongolia", "Mongolie-Intérieure", "内蒙古");
        place("wuxi", "Wuxi", "无锡");
        place("pudong", "Pudong", "浦东");
        place("dresden", "Dresden", "Dresde", "德累斯顿");
        place("wuhan", "Wuhan", "武汉");
        place("paris", "Paris", "Parisian", "parisien", "parisienne", "巴黎");
        place("france", "France", "French", "français", "française", "françaises", "法国");
        place("asia", "Asia", "Asian", "Asie", "asiatique", "asiatiques", "亚洲");
        place("africa", "Africa", "African", "Afrique", "africain", "africaine", "africains", "africaines", "非洲");
        place("middle-east", "Middle East", "Moyen-Orient", "中东");
        place("latin-america", "Latin America", "Latin American", "Amérique latine", "latino-américain", "latino-américaine", "拉丁美洲", "拉美");
        place("tokyo", "Tokyo", "东京");
        place("europe", "Europe", "European", "Europeans", "européen", "européenne", "européens", "européennes",
                "欧洲");
        place("eu", "EU", "UE", "European Union", "Union européenne", "欧盟");
        place("us", "US", "U.S.", "USA", "United States", "America", "American", "Americans", "États-Unis",
                "Etats-Unis", "américain", "américaine", "américains", "américaines", "美国");
        place("china", "China", "Chinese", "Chine", "chinois", "chinoise", "中国");
        place("luxembourg", "Luxembourg", "Luxembourgish", "luxembourgeois", "luxembourgeoise", "卢森堡");
        place("uk", "UK", "U.K.", "United Kingdom", "Britain", "British", "Royaume-Uni", "britannique", "英国");
        place("germany", "Germany", "German", "Allemagne", "allemand", "allemande", "德国");
        place("netherlands", "Netherlands", "Dutch", "Pays-Bas", "néerlandais", "néerlandaise", "荷兰");
        place("canada", "Canada", "Canadian", "canadien", "canadienne", "canadiens", "canadiennes", "加拿大");
        place("south-korea", "South Korea", "Korea", "Korean", "Corée du Sud", "coréen", "coréenne", "韩国");
        place("israel", "Israel", "Israeli", "Israël", "israélien", "israélienne", "以色列");
        place("uae", "UAE", "United Arab Emirates", "Emirati", "Émirats arabes unis", "émirien", "émirienne", "émiratie", "阿联酋");
        place("saudi-arabia", "Saudi Arabia", "Saudi", "Arabie saoudite", "saoudien", "saoudienne", "沙特");
        place("taiwan", "Taiwan", "Taiwanese", "Taïwan", "taïwanais", "台湾");
        place("switzerland", "Switzerland", "Swiss", "Suisse", "suisse", "瑞士");
        place("italy", "Italy", "Italian", "Italie", "italien", "italienne", "意大利");
        place("spain", "Spain", "Spanish", "Espagne", "espagnol", "espagnole", "西班牙");
        place("shenzhen", "Shenzhen", "深圳");
        place("hangzhou", "Hangzhou", "杭州");
        place("japan", "Japan", "Japanese", "Japon", "japonais", "日本");
        place("india", "India", "Indian", "Inde", "印度");
        place("london", "London", "Londres", "伦敦");
        place("berlin", "Berlin", "柏林");
        place("beijing", "Beijing", "Pékin", "北京");
        place("shanghai", "Shanghai", "上海");
        place("hong-kong", "Hong Kong", "香港");
        place("singapore", "Singapore", "Singapour", "新加坡");
        place("texas", "Texas", "得克萨斯州", "得克萨斯", "德州");
        place("new-york", "New York", "纽约");
        place("san-francisco", "San Francisco", "旧金山");
        place("russia", "Russia", "Russian", "Russians", "Russie", "russe", "russes", "俄罗斯");
        place("belarus", "Belarus", "Belarusian", "Biélorussie", "biélorusse", "白俄罗斯");
        place("ukraine", "Ukraine", "Ukrainian", "ukrainien", "ukrainienne", "乌克兰");
        place("brazil", "Brazil", "Brazilian", "Brésil", "brésilien", "brésilienne", "巴西");
        place("mexico", "Mexico", "Mexican", "Mexique", "mexicain", "mexicaine", "墨西哥");
        place("argentina", "Argentina", "Argentine", "Argentinian", "argentin", "argentine", "阿根廷");
        place("chile", "Chile", "Chilean", "Chili", "chilien", "chilienne", "智利");
        place("colombia", "Colombia", "Colombian", "Colombie", "colombien", "colombienne", "哥伦比亚");
        place("peru", "Peru", "Peruvian", "Pérou", "péruvien", "péruvienne", "秘鲁");
        place("venezuela", "Venezuela", "Venezuelan", "vénézuélien", "vénézuélienne", "委内瑞拉");
        place("australia", "Australia", "Australian", "Australie", "australien", "australienne", "澳大利亚", "澳洲");
        place("new-zealand", "New Zealand", "Nouvelle-Zélande", "néo-zélandais", "néo-zélandaise", "新西兰");
        place("indonesia", "Indonesia", "Indonesian", "Indonésie", "indonésien", "indonésienne", "印度尼西亚", "印尼");
        place("vietnam", "Vietnam", "Vietnamese", "Viêt Nam", "vietnamien", "vietnamienne", "越南");
        place("thailand", "Thailand", "Thai", "Thaïlande", "thaïlandais", "thaïlandaise", "泰国");
        place("malaysia", "Malaysia", "Malaysian", "Malaisie", "malaisien", "malaisienne", "马来西亚");
        place("philippines", "Philippines", "Philippine", "Filipino", "philippin", "philippine", "菲律宾");
        place("pakistan", "Pakistan", "Pakistani", "pakistanais", "pakistanaise", "巴基斯坦");
        place("turkey", "Turkey", "Turkish", "Türkiye", "Turquie", "turc", "turque", "土耳其");
        place("iran", "Iran", "Iranian", "iranien", "iranienne", "伊朗");
        place("iraq", "Iraq", "Iraqi", "Irak", "irakien", "irakienne", "伊拉克");
        place("egypt", "Egypt", "Egyptian", "Égypte", "égyptien", "égyptienne", "埃及");
        place("south-africa", "South Africa", "South African", "Afrique du Sud", "sud-africain", "sud-africaine", "南非");
        place("nigeria", "Nigeria", "Nigerian", "Nigéria", "nigérian", "nigériane", "尼日利亚");
        place("poland", "Poland", "Polish", "Pologne", "polonais", "polonaise", "波兰");
        place("sweden", "Sweden", "Swedish", "Suède", "suédois", "suédoise", "瑞典");
        place("norway", "Norway", "Norwegian", "Norvège", "norvégien", "norvégienne", "挪威");
        place("denmark", "Denmark", "Danish", "Danemark", "danois", "danoise", "丹麦");
        place("finland", "Finland", "Finnish", "Finlande", "finlandais", "finlandaise", "芬兰");
        place("belgium", "Belgium", "Belgian", "Belgique", "belge", "belges", "比利时");
        place("austria", "Austria", "Austrian", "Autriche", "autrichien", "autrichienne", "奥地利");
        place("ireland", "Ireland", "Irish", "Irlande", "irlandais", "irlandaise", "爱尔兰");
        place("portugal", "Portugal", "Portuguese", "portugais", "portugaise", "葡萄牙");
        place("greece", "Greece", "Greek", "Grèce", "grec", "grecque", "希腊");
        place("north-korea", "North Korea", "North Korean", "Corée du Nord", "nord-coréen", "nord-coréenne", "朝鲜");
        place("qatar", "Qatar", "Qatari", "qatari", "qatarie", "卡塔尔");
        place("kazakhstan", "Kazakhstan", "Kazakh", "kazakh", "kazakhe", "哈萨克斯坦");
        place("morocco", "Morocco", "Moroccan", "Maroc", "marocain", "marocaine", "摩洛哥");
        CJK.sort(Comparator.comparingInt(String::length).reversed());
    }

    /**
     * Words of a Chinese text that name a place without being its name: the country the desk's (mainland) Chinese sources
     * write from, by 我国, 全国, 国内, A股, a national body (国家统计局, 国务院); two countries in one word (中美 = China and
     * the US); a market or its exchange (深市, 上交所, 北交所 name Shenzhen, Shanghai, Beijing); and every place form the
     * gazetteer lists where it stands inside a longer word (中国 in 中国人民银行, 香港 in 香港恒生指数).
     */
    private static final java.util.regex.Pattern IMPLIED = java.util.regex.Pattern.compile(
            "我国|全国|央行|国内|境内|国有|国务院|国家[\\x{4E00}-\\x{9FFF}]{1,8}?(?:局|委|部|署|院)|A股|中资|中央|中美|美中|美联储|美股|美债|美方|美元"
                    + "|沪市|上交所|上证|沪指|深市|深交所|深证|北交所|北证|港股|港元|港交所|恒生|赴港|在港|日元|欧元");

    /** Each place a Chinese text names by a word of {@link #IMPLIED} or inside a longer word, with where: id, start, end. */
    static List<Object[]> placesWithin(String text) {
        List<Object[]> out = new ArrayList<>();
        java.util.regex.Matcher m = IMPLIED.matcher(text);
        while (m.find()) {
            String w = m.group();
            int s = m.start();
            int e = m.end();
            switch (w) {
                case "中美", "美中" -> {
                    out.add(new Object[] {"china", s, e});
                    out.add(new Object[] {"us", s, e});
                }
                case "美联储", "美股", "美债", "美方", "美元" -> out.add(new Object[] {"us", s, e});
                case "沪市", "上交所", "上证", "沪指" -> out.add(new Object[] {"shanghai", s, e});
                case "深市", "深交所", "深证" -> out.add(new Object[] {"shenzhen", s, e});
                case "北交所", "北证" -> out.add(new Object[] {"beijing", s, e});
                case "港股", "港元", "港交所", "恒生", "赴港", "在港" -> out.add(new Object[] {"hong-kong", s, e});
                case "日元" -> out.add(new Object[] {"japan", s, e});
                case "欧元" -> out.add(new Object[] {"europe", s, e});
                default -> out.add(new Object[] {"china", s, e});
            }
        }
        for (String f : CJK) {
            String id = CJK_IDS.get(f);
            if (PLACES.contains(id) && f.length() >= 2) {
                int at = text.indexOf(f);
                if (at >= 0) {
                    out.add(new Object[] {id, at, at + f.length()});
                }
            }
        }
        return out;
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

    /** The Chinese forms of places that open a longer Chinese name ("瑞典" in "瑞典央行"), shortest first; empty for Latin names. */
    static List<String> placePrefixes(String name) {
        if (name.isEmpty() || !Fold.isCjk(name.charAt(0))) {
            return List.of();
        }
        List<String> out = new ArrayList<>(1);
        for (String f : CJK) {
            if (f.length() < name.length() && name.startsWith(f) && PLACES.contains(CJK_IDS.get(f))) {
                out.add(f);
            }
        }
        return out;
    }

    static String cjk(String form) {
        return CJK_IDS.get(form);
    }

    /** Whether the name is a place or a people (whose adjective is not a name by itself). */
    static boolean isPlace(String id) {
        return PLACES.contains(id);
    }
}
