// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisbench.h"

#include "analysis/feedbackanalyser.h"
#include "stats.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace innkeep::bench {

namespace {

// Guest sentences like the demo's, per language; joined four at a time into one text.
const char16_t *const Sentences[][4] = {
    {u"Շատ հաճելի հյուրանոց է, անձնակազմը շատ բարեհամբույր էր։", u"Սենյակը աղմկոտ էր, և նախաճաշը սառն էր։",
     u"Լավ տեղադրություն, մաքուր սենյակ, կվերադառնանք։", u"Wi-Fi-ը չէր աշխատում, բայց անձնակազմը օգնեց։"},
    {u"შესანიშნავი სასტუმროა, პერსონალი ძალიან თბილი და ყურადღებიანი იყო.",
     u"ოთახი ბინძური იყო და ცხელი წყალი არ მოდიოდა.", u"კარგი საუზმე და მშვიდი ოთახი, ისევ ჩამოვალთ.",
     u"მდებარეობა კარგია, მაგრამ ოთახი პატარა იყო."},
    {u"Прекрасный отель, очень чисто и уютно, персонал всегда готов помочь.",
     u"В номере было шумно, кондиционер не работал.",
     u"Завтрак хороший, но на ресепшене пришлось долго ждать.",
     u"Номер не убирали два дня, полотенца не меняли."},
    {u"Sehr freundliches Personal und ein hervorragendes Frühstück.",
     u"Das Zimmer war laut und die Dusche nur lauwarm.",
     u"Gute Lage, sauberes Zimmer, das WLAN könnte besser sein.",
     u"Der Check-in dauerte ewig und niemand hat sich entschuldigt."},
    {u"Séjour parfait, le personnel était aux petits soins.",
     u"Chambre sale et personne à la réception pour nous aider.",
     u"Très bon petit-déjeuner, mais la chambre était un peu petite.",
     u"Le wifi ne marchait pas et le parking était trop cher."},
    {u"Un hotel encantador, el personal fue muy amable y atento.",
     u"La habitación era ruidosa y el aire acondicionado no funcionaba.",
     u"Buena ubicación y desayuno rico, volveremos.", u"El baño estaba sucio y las toallas olían mal."},
};

QStringList corpus(double &meanWords)
{
    QStringList english;
    QFile file(QStringLiteral(":/innkeep/analysis/train/en-sentences.tsv"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype tab = line.indexOf('\t');
            if (tab > 0)
                english << QString::fromUtf8(line.mid(tab + 1));
        }
    }
    QStringList texts;
    for (qsizetype i = 0; i + 5 <= english.size(); i += 5)
        texts << english.mid(i, 5).join(u' ');
    const qsizetype perLanguage = std::max<qsizetype>(1, texts.size() / 6);
    QRandomGenerator random(11);
    for (const auto &language : Sentences) {
        for (qsizetype n = 0; n < perLanguage; ++n) {
            QStringList parts;
            for (int k = 0; k < 4; ++k)
                parts << QString::fromUtf16(language[random.bounded(4)]);
            texts << parts.join(u' ');
        }
    }
    qint64 words = 0;
    for (const QString &text : std::as_const(texts))
        words += text.split(u' ', Qt::SkipEmptyParts).size();
    meanWords = texts.isEmpty() ? 0.0 : double(words) / double(texts.size());
    return texts;
}

} // namespace

AnalyseFigures benchAnalyse(int rounds)
{
    AnalyseFigures f;
    const FeedbackAnalyser analyser;
    f.loadMs = double(timeNs([&] { (void)analyser.analyse(u"warm up"); })) / 1e6;
    const QStringList texts = corpus(f.meanWords);
    f.texts = int(texts.size());
    f.rounds = std::max(1, rounds);
    QList<double> perSecond, perCpuSecond;
    double checksum = 0;
    for (int r = 0; r < f.rounds; ++r) {
        qint64 cpu = 0;
        const qint64 ns = timeNs(
            [&] {
                for (const QString &text : texts)
                    checksum += analyser.analyse(text).score;
            },
            &cpu);
        perSecond << double(texts.size()) / (double(std::max<qint64>(1, ns)) / 1e9);
        perCpuSecond << double(texts.size()) / (double(std::max<qint64>(1, cpu)) / 1e9);
    }
    std::sort(perSecond.begin(), perSecond.end());
    std::sort(perCpuSecond.begin(), perCpuSecond.end());
    f.textsPerSecond = perSecond.at(perSecond.size() / 2) + checksum * 0.0;
    f.textsPerCpuSecond = perCpuSecond.at(perCpuSecond.size() / 2);
    return f;
}

} // namespace innkeep::bench
