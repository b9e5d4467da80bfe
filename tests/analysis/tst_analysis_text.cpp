// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The analyser's reading of English text: tokens, negation, contrast, emphasis, emoji, stars,
// topics, and the same results from several threads.
#include "analysis/feedbackanalyser.h"
#include "analysis/hospitalitytopic.h"
#include "analysis/textnormaliser.h"

#include <catch2/catch.hpp>

#include <future>

using namespace innkeep;

namespace {

QStringList listOf(const char *joined)
{
    return QString::fromUtf8(joined).split(u'|');
}

const FeedbackAnalyser &analyser()
{
    static const FeedbackAnalyser a;
    return a;
}

TextAnalysis read(const QString &text, const QString &language = {})
{
    return analyser().analyse(text, language);
}

QStringList topicsOf(const TextAnalysis &a)
{
    QStringList keys;
    for (const TopicFinding &f : a.topics)
        keys << f.topic;
    return keys;
}

const TopicFinding *finding(const TextAnalysis &a, const QString &topic)
{
    for (const TopicFinding &f : a.topics) {
        if (f.topic == topic)
            return &f;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The normaliser keeps emoticons and emoji as tokens and cuts stretched words", "[analysis]")
{
    const TokenisedText t = TextNormaliser::tokenise(u"Sooo gooood :) 😍 <3 but :-( NOT ok!!!");
    QStringList words;
    for (const TextToken &token : t.tokens)
        words << token.word;
    CHECK(words == listOf("soo|good|:)|😍|<3|but|:-(|not|ok"));
    CHECK(t.tokens.at(0).stretched);
    CHECK(t.tokens.at(1).stretched);
    CHECK(t.tokens.at(2).kind == TextToken::Kind::Emoticon);
    CHECK(t.tokens.at(3).kind == TextToken::Kind::Emoji);
    CHECK(t.tokens.at(7).shouted);
    CHECK_FALSE(t.tokens.at(8).shouted);
    CHECK(t.exclamations.value(0) == 3);
}

TEST_CASE("The normaliser splits clauses at punctuation and French elisions and keeps ratings whole", "[analysis]")
{
    const TokenisedText t = TextNormaliser::tokenise(u"L'hôtel, vraiment; 4/5. Ｗｉｆｉ");
    QStringList words;
    for (const TextToken &token : t.tokens)
        words << token.word;
    CHECK(words == listOf("le|hôtel|vraiment|4/5|wifi"));
    CHECK(t.tokens.at(1).clause == 0);
    CHECK(t.tokens.at(2).clause == 1);
    CHECK(t.tokens.at(3).clause == 2);
    CHECK(t.tokens.at(3).kind == TextToken::Kind::Number);
    CHECK(t.tokens.at(4).sentence == 1);
}

TEST_CASE("An empty or blank text is neutral and undetermined", "[analysis]")
{
    for (const QString &text : {QString(), QStringLiteral("   \n\t ")}) {
        const TextAnalysis a = read(text);
        CHECK(a.language == QLatin1String("und"));
        CHECK(a.score == 0.0);
        CHECK(a.label == SentimentLabel::Neutral);
        CHECK(a.topics.isEmpty());
    }
}

TEST_CASE("English sentiment: plain and negated and intensified", "[analysis]")
{
    const TextAnalysis good = read(QStringLiteral("The room was clean and the staff were lovely."));
    CHECK(good.language == QLatin1String("en"));
    CHECK(good.label == SentimentLabel::Positive);
    CHECK(good.score > 0.3);

    const TextAnalysis notClean = read(QStringLiteral("The room was not clean."));
    CHECK(notClean.label == SentimentLabel::Negative);
    CHECK(notClean.score < 0);

    const TextAnalysis very = read(QStringLiteral("The room was very clean."));
    const TextAnalysis plain = read(QStringLiteral("The room was clean."));
    CHECK(very.score > plain.score);
    CHECK(plain.score > 0);
}

TEST_CASE("Contrast: a mixed review keeps both sides", "[analysis]")
{
    const TextAnalysis a = read(QStringLiteral("Great location but the room was filthy"));
    const bool mixed = a.label == SentimentLabel::Mixed;
    const TopicFinding *location = finding(a, QStringLiteral("location"));
    const TopicFinding *cleanliness = finding(a, QStringLiteral("cleanliness"));
    const TopicFinding *room = finding(a, QStringLiteral("room"));
    REQUIRE(location);
    REQUIRE(room);
    CHECK(location->score > 0);
    CHECK(room->score < 0);
    CHECK(location->evidence.contains(QStringLiteral("location")));
    CHECK(location->evidence.contains(QStringLiteral("Great")));
    CHECK(room->evidence.contains(QStringLiteral("room")));
    CHECK(room->evidence.contains(QStringLiteral("filthy")));
    if (cleanliness)
        CHECK(cleanliness->score < 0);
    CHECK((mixed || a.score < 0)); // the clause after "but" weighs more
}

TEST_CASE("Topics come in key order once each with the sentiment of their clause", "[analysis]")
{
    const TextAnalysis a = read(QStringLiteral("The wifi kept dropping and the breakfast was cold. Rude "
                                               "staff at reception, but the bed was comfy."));
    QStringList topics = topicsOf(a);
    CHECK(topics.contains(QStringLiteral("wifi")));
    CHECK(topics.contains(QStringLiteral("food-breakfast")));
    CHECK(topics.contains(QStringLiteral("bed-sleep")));
    QStringList ordered = topics;
    CHECK(ordered.removeDuplicates() == 0);
    std::sort(ordered.begin(), ordered.end(), [](const QString &x, const QString &y) {
        return HospitalityTopic::keys().indexOf(x) < HospitalityTopic::keys().indexOf(y);
    });
    CHECK(topics == ordered);
    REQUIRE(finding(a, QStringLiteral("bed-sleep")));
    CHECK(finding(a, QStringLiteral("bed-sleep"))->score > 0);
    REQUIRE(finding(a, QStringLiteral("food-breakfast")));
    CHECK(finding(a, QStringLiteral("food-breakfast"))->score < 0);
}

TEST_CASE("Emoji and emoticons and capitals and exclamation marks move the score", "[analysis]")
{
    CHECK(read(QStringLiteral("Room 12 😍")).score > 0);
    CHECK(read(QStringLiteral("Room 12 😡")).score < 0);
    CHECK(read(QStringLiteral("Room 12 :(")).score < 0);
    CHECK(read(QStringLiteral("Room 12 <3")).score > 0);
    const double plain = read(QStringLiteral("The view was good.")).score;
    CHECK(read(QStringLiteral("The view was good!!!")).score > plain);
    CHECK(read(QStringLiteral("The view was GOOD.")).score > plain);
    CHECK(read(QStringLiteral("The view was sooo good.")).score > plain);
}

TEST_CASE("Star phrases set the score strongly", "[analysis]")
{
    CHECK(read(QStringLiteral("5 stars")).score > 0.6);
    CHECK(read(QStringLiteral("1/10")).score < -0.6);
    CHECK(read(QStringLiteral("I'd give it 4/5")).score > 0.2);
    CHECK(read(QStringLiteral("2 out of 10, would not return")).score < -0.4);
    CHECK(read(QStringLiteral("10 из 10")).score > 0.6);
    CHECK(read(QStringLiteral("5 звезд")).score > 0.6);
    CHECK(read(QStringLiteral("Nur 2 Sterne")).score < 0);
    CHECK(read(QStringLiteral("★★★★★")).score > 0.6);
}

TEST_CASE("A forced language wins over the guess", "[analysis]")
{
    const TextAnalysis a = read(QStringLiteral("The room was clean."), QStringLiteral("de"));
    CHECK(a.language == QLatin1String("de"));
    const TextAnalysis b = read(QStringLiteral("Das Zimmer war sauber."), QStringLiteral("DE"));
    CHECK(b.language == QLatin1String("de"));
    CHECK(b.label == SentimentLabel::Positive);
}

TEST_CASE("Analysing from four threads gives the same results as one", "[analysis]")
{
    QStringList texts;
    for (int i = 0; i < 50; ++i) {
        texts << QStringLiteral("Room %1 was not clean but the staff were lovely 😊").arg(i)
              << QStringLiteral("Номер %1 был грязный, персонал не помог").arg(i)
              << QStringLiteral("Das Frühstück war sehr gut, aber das Zimmer war laut")
              << QStringLiteral("shat lav er, senyaky maqur er") << QStringLiteral("ოთახი არ იყო სუფთა")
              << QStringLiteral("Սենյակը մաքուր չէր");
    }
    QList<TextAnalysis> expected;
    for (const QString &text : texts)
        expected << read(text);
    auto runAll = [&] {
        const FeedbackAnalyser own; // a second analyser shares the loaded lists
        QList<TextAnalysis> out;
        for (const QString &text : texts)
            out << own.analyse(text);
        return out;
    };
    std::vector<std::future<QList<TextAnalysis>>> runs;
    for (int t = 0; t < 4; ++t)
        runs.push_back(std::async(std::launch::async, runAll));
    for (auto &run : runs)
        CHECK(run.get() == expected);
}

TEST_CASE("Any text gives a result in range and never crashes", "[analysis]")
{
    // Random mixes of letters of every script, digits, emoji, punctuation, marks and broken UTF-16.
    const char32_t pieces[] = {
        U'a',      U'Z',      U'é',          U'ß',  U'я', U'Ж',      U'ա',      U'Ե',      U'ք',
        U'ა',      U'ყ',      U'1',          U'0',  U'/', U'!',      U'?',      U'.',      U',',
        U';',      U':',      U')',          U'(',  U'<', U'3',      U'-',      U' ',      U'\n',
        U'\'',     U'’',      U'★',          U'😍',  U'😡', U'\u0301', U'\uFE0F', U'\u200D', U'\u0589',
        U'\u00A0', U'\uFFFF', U'\U0001F3FB', U'中', U'ع'};
    quint32 state = 2026;
    auto next = [&] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int n = 0; n < 2000; ++n) {
        QString text;
        const quint32 length = next() % 120;
        for (quint32 i = 0; i < length; ++i) {
            if (next() % 50 == 0)
                text.append(QChar(ushort(0xD800 + next() % 0x800))); // a lone surrogate
            else
                text.append(QString::fromUcs4(&pieces[next() % std::size(pieces)], 1));
        }
        const TextAnalysis a = read(text);
        REQUIRE(a.score >= -1.0);
        REQUIRE(a.score <= 1.0);
        REQUIRE_FALSE(a.language.isEmpty());
        qsizetype last = -1;
        for (const TopicFinding &f : a.topics) {
            const qsizetype index = HospitalityTopic::keys().indexOf(f.topic);
            REQUIRE(index > last);
            last = index;
            REQUIRE(f.score >= -1.0);
            REQUIRE(f.score <= 1.0);
        }
    }
    const QString longText =
        QStringLiteral("The room was not clean but the staff were lovely. ").repeated(2000);
    const TextAnalysis a = read(longText);
    CHECK(a.language == QLatin1String("en"));
    CHECK(a.score >= -1.0);
    CHECK(a.score <= 1.0);
}
