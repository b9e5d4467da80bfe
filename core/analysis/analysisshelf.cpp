// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisshelf.h"

#include <QFile>

namespace innkeep {

const AnalysisShelf &AnalysisShelf::shipped()
{
    static const AnalysisShelf shelf = [] {
        const QString root = QStringLiteral(":/innkeep/analysis");
        AnalysisShelf s = load(root);
        s.setTrained(
            AnalysisLanguage::En,
            TrainedWeights::train(TrainedWeights::readTexts(root + QStringLiteral("/train/en-sentences.tsv")),
                                  s, AnalysisLanguage::En, trainingOptions()));
        return s;
    }();
    return shelf;
}

AnalysisShelf AnalysisShelf::load(const QString &root)
{
    AnalysisShelf shelf;
    for (const AnalysisLanguage language : AllAnalysisLanguages) {
        shelf.m_packs[std::size_t(language)] = LanguagePack::load(root, language);
        shelf.m_problems << shelf.m_packs[std::size_t(language)].problems;
    }
    const QString path = root + QStringLiteral("/lexicon/emoji.tsv");
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        int number = 0;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            ++number;
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList fields = line.split(u'\t');
            bool ok = false;
            const float score = fields.value(1).toFloat(&ok);
            QString emoji = fields.value(0);
            emoji.remove(QChar(0xFE0F));
            if (fields.size() < 2 || !ok || emoji.isEmpty()) {
                shelf.m_problems << QStringLiteral("%1:%2").arg(path).arg(number);
                continue;
            }
            shelf.m_emoji.insert(emoji, score);
        }
    }
    return shelf;
}

TrainedWeights::Options AnalysisShelf::trainingOptions()
{
    return TrainedWeights::Options{};
}

QStringList AnalysisShelf::problems() const
{
    return m_problems;
}

} // namespace innkeep
