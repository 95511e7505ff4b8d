package org.newsdesk.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The language stored with each imported item, on real news texts: short (titles) and long (past the 300 characters the
 * detector reads), in English, French, Chinese, German and Spanish, and mixed (names and quotes in another language). The
 * detector before session 9 (optimaize's defaults on 500 characters) gives the same answers, checked here too.
 */
class LanguageDetectionTest {

    /** Text, expected language (null: no answer). */
    static final Map<String, String> TEXTS = new LinkedHashMap<>();

    static {
        // short: titles as feeds give them
        TEXTS.put("Emirates inks order for 30 Boeing 787 jets, talks expansion plans", "en");
        TEXTS.put("MISTRAL mobilise 705 millions d’euros pour son data center et avancerait désormais seul", "fr");
        TEXTS.put("MISTRAL筹集7.05亿欧元用于数据中心建设,并可能将独立推进项目。", "zh");
        TEXTS.put("Die Bundesregierung will den Ausbau der Stromnetze schneller genehmigen", "de");
        TEXTS.put("El Gobierno aprueba una nueva ley de vivienda para frenar la subida de los alquileres", "es");
        // long: the first 300 characters decide
        TEXTS.put("""
                DUBAI, United Arab Emirates — Dubai's flagship carrier Emirates Airline finalized a deal to purchase 30 of Boeing 's 787-9 \
                Dreamliner jets, executives of both companies announced Wednesday at the Dubai Air Show. The deal sets up for a reduction \
                to a prior commitment of 777x jets from the U.S. plane-maker, down by 30 to 126, which Emirates is opting for by employing \
                its substitution rights. The 777 program has faced delays due to engine problems and other technical issues in its \
                testing phase.""", "en");
        TEXTS.put("""
                L’attractivité de la France, tant vantée par Emmanuel Macron, a des limites. Dans la guerre économique, la souveraineté \
                industrielle et technologique est devenue cruciale, constate Jean-Michel Bezat, journaliste économique au « Monde ». \
                Segault fournit notamment à Naval Group les robinetteries des chaufferies des sous-marins nucléaires (ici « L’Inflexible », \
                à Cherbourg, le 26 avril 2023). Le gouvernement « va mettre un veto » à la vente aux Américains de la société Segault.""", "fr");
        TEXTS.put("""
                法国AI初创公司Mistral AI近日宣布完成7.05亿欧元债务融资，将用于在巴黎附近建设数据中心，并计划采购13,800块英伟达GPU以提升自主算力。\
                这标志着AI行业竞争重点正从模型开发转向基础设施布局，企业通过自建算力来强化技术自主性。""", "zh");
        TEXTS.put("""
                Die Bundesregierung will den Ausbau der Stromnetze deutlich beschleunigen. Nach einem Beschluss des Kabinetts sollen \
                Genehmigungsverfahren für neue Leitungen künftig höchstens zwei Jahre dauern, bisher sind es oft mehr als zehn. Die \
                Netzbetreiber begrüßten den Schritt, warnten aber vor steigenden Kosten, die am Ende die Verbraucher über die Netzentgelte \
                tragen müssten. Umweltverbände kritisierten, dass die Beteiligung der Öffentlichkeit eingeschränkt werde.""", "de");
        TEXTS.put("""
                El Gobierno aprobó este martes en el Consejo de Ministros el proyecto de ley de vivienda, que limitará la subida de los \
                alquileres en las zonas con mayor presión y obligará a los grandes propietarios a ofrecer parte de sus pisos a precios \
                asequibles. Las comunidades autónomas podrán decidir si aplican la norma en su territorio, y varias de ellas ya han \
                anunciado que recurrirán la ley ante el Tribunal Constitucional por invadir sus competencias.""", "es");
        // mixed: an English text with Chinese names, a Chinese one with Latin names, a French one quoting English
        TEXTS.put("Zhipu AI (智谱) and Moonshot (月之暗面) raised new funding this week, according to people familiar with the deals.", "en");
        TEXTS.put("英伟达（NVIDIA）CEO Jensen Huang表示，Blackwell GPU的需求非常强劲，公司预计下一季度营收将达到375亿美元。", "zh");
        TEXTS.put("« We are not for sale », a répété le patron de la start-up, qui refuse toute offre de rachat venue des États-Unis "
                + "et veut rester indépendant face aux géants américains du secteur.", "fr");
        TEXTS.put("12345 — 678 / 90", null);
    }

    @Test
    void realNewsTextsGetTheirLanguage() {
        TEXTS.forEach((text, language) -> assertThat(LanguageDetection.detect(text)).as(text).isEqualTo(language));
    }

    @Test
    void theDetectorBeforeSession9AgreesOnTheseTexts() {
        LanguageDetection before = new LanguageDetection(LanguageDetectionBenchmark.BEFORE, 500);
        TEXTS.forEach((text, language) -> assertThat(before.language(text)).as(text).isEqualTo(language));
    }

    @Test
    void onlyTheFirst300CharactersAreRead() {
        String french = TEXTS.keySet().stream().filter(t -> t.startsWith("L’attractivité")).findFirst().orElseThrow();
        String english = " The rest of this text is in English, long enough to win if it were read: the government said on Tuesday that it "
                + "would block the sale, and officials added that talks with other buyers were continuing this week.";
        assertThat(LanguageDetection.detect(french.substring(0, LanguageDetection.SAMPLE) + english.repeat(5))).isEqualTo("fr");
    }
}
