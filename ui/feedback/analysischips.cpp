// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysischips.h"

#include "analysis/hospitalitytopic.h"
#include "widgets/format.h"

#include <QDateTime>
#include <QLocale>

namespace innkeep::ui {

bool AnalysisChips::hasAnalysis(const FeedbackEntry &e)
{
    return e.analyserVersion > 0 || isCorrected(e);
}

bool AnalysisChips::isCorrected(const FeedbackEntry &e)
{
    return e.correctedLabel.has_value() || !e.topicsAdded.isEmpty() || !e.topicsRemoved.isEmpty();
}

std::optional<theme::Tone> AnalysisChips::tone(SentimentLabel label)
{
    switch (label) {
    case SentimentLabel::Positive: return theme::Tone::Success;
    case SentimentLabel::Negative: return theme::Tone::Critical;
    case SentimentLabel::Mixed: return theme::Tone::Warning;
    case SentimentLabel::Neutral: break;
    }
    return std::nullopt;
}

Chip AnalysisChips::labelChip(const FeedbackEntry &e)
{
    Chip chip;
    chip.text = sentimentLabelText(e.effectiveLabel());
    chip.tone = tone(e.effectiveLabel());
    chip.edited = e.correctedLabel.has_value();
    return chip;
}

ChipList AnalysisChips::topicChips(const FeedbackEntry &e)
{
    ChipList chips;
    for (const TopicFinding &t : e.effectiveTopics()) {
        Chip chip;
        chip.text = HospitalityTopic::text(t.topic);
        chip.small = true;
        chip.edited = e.topicsAdded.contains(t.topic);
        chips << chip;
    }
    return chips;
}

QString AnalysisChips::labelText(const FeedbackEntry &e)
{
    const QString label = sentimentLabelText(e.effectiveLabel());
    return labelChip(e).edited ? tr("%1 (corrected)").arg(label) : label;
}

QString AnalysisChips::topicsText(const FeedbackEntry &e)
{
    QStringList names;
    for (const TopicFinding &t : e.effectiveTopics()) {
        const QString name = HospitalityTopic::text(t.topic);
        names << (e.topicsAdded.contains(t.topic) ? tr("%1 (added by staff)").arg(name) : name);
    }
    return names.join(QStringLiteral(", "));
}

QString AnalysisChips::correctionNote(const FeedbackEntry &e)
{
    if (!isCorrected(e) || !e.correctedAt)
        return isCorrected(e) ? tr("Corrected by staff") : QString();
    const QString date = Format::date(QDateTime::fromMSecsSinceEpoch(*e.correctedAt).date());
    return e.correctedBy.isEmpty() ? tr("Corrected on %1").arg(date)
                                   : tr("Corrected by %1 on %2").arg(e.correctedBy, date);
}

QString AnalysisChips::labelToolTip(const FeedbackEntry &e)
{
    if (!hasAnalysis(e))
        return tr("Not analysed yet");
    const QString score = QLocale().toString(e.analysis.score, 'f', 2);
    QStringList lines;
    if (e.correctedLabel) {
        lines << correctionNote(e);
        lines << tr("The analyser found: %1 (score %2)").arg(sentimentLabelText(e.analysis.label), score);
    } else {
        lines << tr("Found by the analyser (score %1)").arg(score);
    }
    return lines.join(QLatin1Char('\n'));
}

QString AnalysisChips::evidenceText(const TopicFinding &finding)
{
    if (finding.evidence.isEmpty())
        return {};
    return tr("Found in: %1").arg(finding.evidence.join(QStringLiteral(", ")));
}

QString AnalysisChips::topicsToolTip(const FeedbackEntry &e)
{
    QStringList lines;
    for (const TopicFinding &t : e.effectiveTopics()) {
        const QString name = HospitalityTopic::text(t.topic);
        if (e.topicsAdded.contains(t.topic))
            lines << tr("%1: added by staff").arg(name);
        else if (const QString evidence = evidenceText(t); !evidence.isEmpty())
            lines << tr("%1: %2").arg(name, evidence);
        else
            lines << name;
    }
    QStringList removed;
    for (const QString &key : e.topicsRemoved)
        removed << HospitalityTopic::text(key);
    if (!removed.isEmpty())
        lines << tr("Removed by staff: %1").arg(removed.join(QStringLiteral(", ")));
    if (!e.topicsAdded.isEmpty() || !e.topicsRemoved.isEmpty())
        lines << correctionNote(e);
    return lines.join(QLatin1Char('\n'));
}

} // namespace innkeep::ui
