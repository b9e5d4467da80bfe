// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisconsoleformat.h"

#include "analysis/feedbackanalyser.h"
#include "analysis/hospitalitytopic.h"
#include "common/textfield.h"
#include "exchange/jsonwriter.h"
#include "ticketconsoleformat.h"

#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

// The score in hundredths, so that printing never depends on the locale or on binary fractions.
qint64 hundredths(double score)
{
    return std::isfinite(score) ? std::llround(score * 100.0) : 0;
}

void appendNumber(QByteArray &out, double score)
{
    const qint64 n = hundredths(score);
    if (n < 0)
        out += '-';
    const qint64 whole = std::llabs(n) / 100;
    const qint64 fraction = std::llabs(n) % 100;
    out += QByteArray::number(whole);
    if (fraction != 0) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            out += char('0' + fraction % 10);
    }
}

// A JSON string with every control character escaped (C0, DEL, C1), so a line never breaks and no
// escape sequence reaches a terminal raw.
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    JsonWriter::appendEscaped(out, text.toUtf8(), JsonWriter::Controls::AlsoDeleteAndC1);
    out += '"';
}

} // namespace

Result<SentimentLabel> AnalysisConsoleFormat::label(const QString &option, const QString &token)
{
    const QString given = token.trimmed().toLower();
    if (auto label = sentimentLabelFromToken(given))
        return *label;
    return std::unexpected(TicketConsoleFormat::optionError(
        option, tr("unknown label \"%1\"; use one of: %2.")
                    .arg(TextField::quoted(token), u"positive, negative, neutral, mixed"_s)));
}

Result<QString> AnalysisConsoleFormat::topic(const QString &option, const QString &key)
{
    const QString given = key.trimmed().toLower();
    if (HospitalityTopic::isKey(given))
        return given;
    return std::unexpected(TicketConsoleFormat::optionError(
        option, tr("unknown topic \"%1\"; use one of: %2.")
                    .arg(TextField::quoted(key), HospitalityTopic::keys().join(u", "_s))));
}

Result<QString> AnalysisConsoleFormat::language(const QString &option, const QString &code)
{
    const QString given = code.trimmed().toLower();
    if (FeedbackAnalyser::languages().contains(given))
        return given;
    return std::unexpected(TicketConsoleFormat::optionError(
        option, tr("the analyser does not know the language \"%1\"; use one of: %2.")
                    .arg(TextField::quoted(code), FeedbackAnalyser::languages().join(u", "_s))));
}

QByteArray AnalysisConsoleFormat::jsonLine(const TextAnalysis &analysis)
{
    QByteArray out;
    out.reserve(96 + 64 * analysis.topics.size());
    out += "{\"language\":";
    appendJsonString(out, analysis.language);
    out += ",\"score\":";
    appendNumber(out, analysis.score);
    out += ",\"label\":";
    appendJsonString(out, sentimentLabelToken(analysis.label));
    out += ",\"topics\":[";
    for (qsizetype i = 0; i < analysis.topics.size(); ++i) {
        const TopicFinding &topic = analysis.topics.at(i);
        if (i > 0)
            out += ',';
        out += "{\"topic\":";
        appendJsonString(out, topic.topic);
        out += ",\"score\":";
        appendNumber(out, topic.score);
        out += ",\"evidence\":[";
        for (qsizetype k = 0; k < topic.evidence.size(); ++k) {
            if (k > 0)
                out += ',';
            appendJsonString(out, topic.evidence.at(k));
        }
        out += "]}";
    }
    out += "]}";
    return out;
}

double AnalysisConsoleFormat::rounded(double score)
{
    return double(hundredths(score)) / 100.0;
}

QJsonArray AnalysisConsoleFormat::topicsJson(const QList<TopicFinding> &topics)
{
    QJsonArray array;
    for (const TopicFinding &topic : topics)
        array.append(QJsonObject{{u"topic"_s, topic.topic},
                                 {u"score"_s, rounded(topic.score)},
                                 {u"evidence"_s, QJsonArray::fromStringList(topic.evidence)}});
    return array;
}

QString AnalysisConsoleFormat::score(double score)
{
    return QLocale().toString(rounded(score), 'f', 2);
}

QString AnalysisConsoleFormat::topicsText(const QList<TopicFinding> &topics)
{
    if (topics.isEmpty())
        return u"—"_s;
    QStringList parts;
    for (const TopicFinding &topic : topics) {
        if (topic.evidence.isEmpty())
            parts.append(tr("%1 %2", "topic name, score")
                             .arg(HospitalityTopic::text(topic.topic), score(topic.score)));
        else
            parts.append(tr("%1 %2 (%3)", "topic name, score, the words that show it")
                             .arg(HospitalityTopic::text(topic.topic), score(topic.score),
                                  topic.evidence.join(tr(", "))));
    }
    return parts.join(tr("; "));
}

QString AnalysisConsoleFormat::line(const TextAnalysis &analysis)
{
    return tr("%1  %2  %3  %4", "language, label, score, topics")
        .arg(analysis.language, sentimentLabelText(analysis.label), score(analysis.score),
             topicsText(analysis.topics));
}

} // namespace innkeep::cli
