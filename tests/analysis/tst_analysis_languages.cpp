// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The analyser in the seven languages and in Armenian / Russian typed in Latin letters: language
// detection, negation, inflected forms reaching their entries, topics.
#include "analysis/feedbackanalyser.h"

#include <catch2/catch.hpp>

using namespace innkeep;

namespace {

TextAnalysis read(const char *text, const QString &language = {})
{
    static const FeedbackAnalyser analyser;
    return analyser.analyse(QString::fromUtf8(text), language);
}

bool hasTopic(const TextAnalysis &a, const char *topic)
{
    for (const TopicFinding &f : a.topics) {
        if (f.topic == QLatin1String(topic))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Language: script first then function words and und when unsure", "[analysis]")
{
    CHECK(read("Номер был чистый и тихий").language == QLatin1String("ru"));
    CHECK(read("Սենյակը մաքուր էր").language == QLatin1String("hy"));
    CHECK(read("ოთახი იყო სუფთა").language == QLatin1String("ka"));
    CHECK(read("The room was clean and the staff were friendly").language == QLatin1String("en"));
    CHECK(read("Das Zimmer war sauber und das Personal sehr freundlich").language == QLatin1String("de"));
    CHECK(read("La chambre était propre et le personnel très aimable").language == QLatin1String("fr"));
    CHECK(read("La habitación estaba limpia y el personal muy amable").language == QLatin1String("es"));
    CHECK(read("shat lav er, senyaky maqur er").language == QLatin1String("hy"));
    CHECK(read("ochen khorosho, nomer chistyy, spasibo").language == QLatin1String("ru"));
    CHECK(read("ok").language == QLatin1String("und"));
    CHECK(read("👍").language == QLatin1String("und"));
    CHECK(read("12345").language == QLatin1String("und"));
}

TEST_CASE("Negation in every language turns clean into a complaint", "[analysis]")
{
    struct Case
    {
        const char *clean;
        const char *notClean;
        const char *language;
    };
    const Case cases[] = {
        {"The room was clean", "The room was not clean", "en"},
        {"Номер чистый", "Номер не чистый", "ru"},
        {"Das Zimmer war sauber", "Das Zimmer war nicht sauber", "de"},
        {"La chambre était propre", "La chambre n'était pas propre", "fr"},
        {"La habitación estaba limpia", "La habitación no estaba limpia", "es"},
        {"Սենյակը մաքուր էր", "Սենյակը ոչ մաքուր էր", "hy"},
        {"ოთახი იყო სუფთა", "ოთახი არ იყო სუფთა", "ka"},
    };
    for (const Case &c : cases) {
        INFO(c.notClean);
        const TextAnalysis clean = read(c.clean);
        const TextAnalysis notClean = read(c.notClean);
        CHECK(clean.language == QLatin1String(c.language));
        CHECK(clean.score > 0);
        CHECK(notClean.score < 0);
        CHECK(notClean.label == SentimentLabel::Negative);
    }
}

TEST_CASE("A negator after the word in de hy ka and the Armenian prefix negate it too", "[analysis]")
{
    CHECK(read("Das Frühstück gefiel uns nicht").score < 0);
    CHECK(read("Սենյակը մաքուր չէր").score < 0);
    CHECK(read("ოთახი სუფთა არ იყო").score < 0);
    CHECK(read("Անձնակազմը օգնեց").score > 0);
    CHECK(read("Անձնակազմը չօգնեց").score < 0); // չ- + օգնեց (helped)
}

TEST_CASE("Inflected forms reach their base form", "[analysis]")
{
    // Russian plural / case forms, Armenian with the article, Georgian with case endings.
    CHECK(read("Отличные номера, вежливым персоналом").score > 0);
    CHECK(read("Սենյակները մաքուր էին, անձնակազմը՝ բարեհամբույր").score > 0);
    CHECK(read("ოთახები სუფთა იყო, პერსონალი თავაზიანი").score > 0);
    CHECK(read("Die Zimmer waren schmutzig und laut").score < 0);
}

TEST_CASE("Armenian and Russian typed in Latin letters are read with their own lists", "[analysis]")
{
    const TextAnalysis hy = read("shat lav er");
    CHECK(hy.language == QLatin1String("hy"));
    CHECK(hy.label == SentimentLabel::Positive);
    const TextAnalysis hyBad = read("senyaky shat vat er, chem haveni");
    CHECK(hyBad.language == QLatin1String("hy"));
    CHECK(hyBad.score < 0);
    const TextAnalysis ru = read("vse bylo ochen khorosho, spasibo");
    CHECK(ru.language == QLatin1String("ru"));
    CHECK(ru.label == SentimentLabel::Positive);
    const TextAnalysis ruBad = read("nomer byl gryaznyy, ochen plokho");
    CHECK(ruBad.language == QLatin1String("ru"));
    CHECK(ruBad.score < 0);
    // Forcing hy on Latin letters reads them as hy-latn.
    const TextAnalysis forced = read("lav", QStringLiteral("hy"));
    CHECK(forced.language == QLatin1String("hy"));
    CHECK(forced.score > 0);
}

TEST_CASE("Topics are found in every language", "[analysis]")
{
    CHECK(hasTopic(read("Завтрак был холодный"), "food-breakfast"));
    CHECK(hasTopic(read("Das Frühstück war kalt"), "food-breakfast"));
    CHECK(hasTopic(read("Le petit déjeuner était froid"), "food-breakfast"));
    CHECK(hasTopic(read("El desayuno estaba frío"), "food-breakfast"));
    CHECK(hasTopic(read("Նախաճաշը սառն էր"), "food-breakfast"));
    CHECK(hasTopic(read("საუზმე ცივი იყო"), "food-breakfast"));
    CHECK(hasTopic(read("The wifi kept dropping"), "wifi"));
    // A German compound the list does not know is read by its last part.
    CHECK(hasTopic(read("Das Dreibettzimmer war eng"), "room"));
    CHECK(hasTopic(read("Der Frühstückskaffee war kalt"), "food-breakfast"));
}

TEST_CASE("Latin words inside Armenian Georgian and Russian text reach the English topic list", "[analysis]")
{
    const TextAnalysis ru = read("Wi-Fi не работал, а номер был грязный");
    CHECK(ru.language == u"ru");
    CHECK(hasTopic(ru, "wifi"));
    CHECK(hasTopic(ru, "room"));
    CHECK(hasTopic(read("Սենյակը մաքուր չէր, wifi-ը չէր աշխատում"), "wifi"));
    CHECK(hasTopic(read("ოთახი ძალიან სუფთა იყო, wifi კარგი"), "wifi"));
    CHECK(hasTopic(read("Очень долгий check in, ждали час"), "front-desk"));
    // A Latin word that is no topic adds nothing.
    CHECK_FALSE(hasTopic(read("Спасибо, Anna!"), "wifi"));
}

TEST_CASE("Armenian definite article and Latin-typed Armenian spellings reach the same entry", "[analysis]")
{
    // "The price is high": գինը carries the article -ը; բարձր alone is "high", not "loud".
    const TextAnalysis price = read("Գինը բարձր է");
    CHECK(hasTopic(price, "value-price"));
    CHECK_FALSE(hasTopic(price, "noise"));
    CHECK(price.score < 0);
    // ղ typed as gh or x: "aghmkot" and "axmkot" (noisy) are one word.
    const TextAnalysis gh = read("Lav tegh er, bayc senyak@ aghmkot");
    const TextAnalysis x = read("Lav tex er, bayc senyak@ axmkot");
    CHECK(gh.language == u"hy");
    CHECK(gh.score == Approx(x.score));
    CHECK(gh.score < 0);
    CHECK(hasTopic(gh, "noise"));
}

TEST_CASE("Words weighted only by the training sentences make no opinion of a factual note", "[analysis]")
{
    CHECK(read("Two nights").label == SentimentLabel::Neutral);
    CHECK(read("Booked by phone").label == SentimentLabel::Neutral);
    CHECK(read("The room was filthy").label == SentimentLabel::Negative);
}

TEST_CASE("A conjunction starts a new clause so each topic keeps its own opinion", "[analysis]")
{
    auto scoreOf = [](const TextAnalysis &a, const char *topic) {
        for (const TopicFinding &f : a.topics) {
            if (f.topic == QLatin1String(topic))
                return f.score;
        }
        return 0.0;
    };
    for (const char *text :
         {"The room was noisy and the breakfast was delicious.",
          "В номере было шумно, и завтрак был вкусный.", "Das Zimmer war laut und das Frühstück lecker.",
          "ოთახი ბინძური იყო და საუზმე გემრიელი.", "Սենյակը աղմկոտ էր, և նախաճաշը համեղ էր։"}) {
        INFO(text);
        const TextAnalysis a = read(text);
        CHECK(scoreOf(a, "room") < 0);
        CHECK(scoreOf(a, "food-breakfast") > 0);
    }
    // The negation stops at the conjunction: only "clean" is negated.
    const TextAnalysis notClean = read("The room was not clean and noisy");
    CHECK(notClean.label == SentimentLabel::Negative);
    CHECK(scoreOf(notClean, "noise") < 0);
}
