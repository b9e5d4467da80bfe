// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// insights trends: feedback per week or month (entries, sentiment, share negative, topics) and
// the topics that are getting worse.
#include "analysis/hospitalitytopic.h"
#include "analysisconsoleformat.h"
#include "commandoptions.h"
#include "commandregistry.h"
#include "commands.h"
#include "common/clock.h"
#include "console.h"
#include "feedback/feedbackchannel.h"
#include "insights/feedbacktrends.h"
#include "ticketconsoleformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

// Topics shown per period in the table; --json has them all.
constexpr qsizetype TopicsPerPeriod = 3;

class InsightsTrendsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InsightsTrendsCommand)

public:
    using Command::Command;
    QString name() const override { return u"insights trends"_s; }
    QString description() const override
    {
        return tr("Feedback per week or month: entries, average sentiment, share negative, topics; and the "
                  "topics getting worse.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        addValueOption(parser, u"by"_s, tr("week or month (default: month)."), tr("period"));
        addValueOption(parser, u"from"_s,
                       tr("First day, YYYY-MM-DD (default: the first day of the month eleven months before "
                          "--to)."),
                       tr("date"));
        addValueOption(parser, u"to"_s, tr("Last day, YYYY-MM-DD (default: today)."), tr("date"));
        addValueOption(parser, u"split"_s,
                       tr("One row per period and channel, or per period and review site."),
                       tr("channel|site"));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        TrendQuery query;
        query.by = TrendPeriod::Month;
        if (parser.isSet(u"by"_s)) {
            const auto by = trendPeriodFromToken(parser.value(u"by"_s).trimmed().toLower());
            if (!by)
                return usage(TicketConsoleFormat::optionError(
                                 u"by"_s, tr("\"%1\" is not one of week, month.").arg(parser.value(u"by"_s)))
                                 .toString());
            query.by = *by;
        }
        if (parser.isSet(u"split"_s)) {
            const auto split = trendSplitFromToken(parser.value(u"split"_s).trimmed().toLower());
            if (!split || *split == TrendSplit::None)
                return usage(
                    TicketConsoleFormat::optionError(
                        u"split"_s, tr("\"%1\" is not one of channel, site.").arg(parser.value(u"split"_s)))
                        .toString());
            query.split = *split;
        }
        auto to = optionalValue(parser, u"to"_s, date);
        if (!to)
            return usage(to.error().toString());
        auto from = optionalValue(parser, u"from"_s, date);
        if (!from)
            return usage(from.error().toString());
        query.to = to->value_or(clock().today());
        // Twelve calendar months, the one of --to included.
        const QDate monthOfTo(query.to.year(), query.to.month(), 1);
        query.from = from->value_or(monthOfTo.addMonths(-11));
        if (query.from > query.to)
            return usage(
                TicketConsoleFormat::optionError(
                    u"from"_s, tr("%1 is after the last day, %2.")
                                   .arg(query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate)))
                    .toString());

        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        auto report = (*opened)->feedbackTrends().report(query);
        if (!report)
            return fail(report.error());
        if (json(parser))
            printJson(toJson(*report));
        else
            printText(toText(*report));
        return Success;
    }

private:
    [[nodiscard]] static Result<QDate> date(const QString &option, const QString &text)
    {
        const QDate parsed = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (parsed.isValid())
            return parsed;
        return std::unexpected(TicketConsoleFormat::optionError(
            option, tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.").arg(text)));
    }

    [[nodiscard]] static double share(double value) { return AnalysisConsoleFormat::rounded(value); }

    [[nodiscard]] static QJsonObject toJson(const FeedbackTrendReport &report)
    {
        QJsonArray periods;
        for (const TrendPeriodRow &row : report.periods) {
            QJsonArray topics;
            for (const TopicInPeriod &topic : row.topics)
                topics.append(
                    QJsonObject{{u"topic"_s, topic.topic},
                                {u"mentions"_s, topic.mentions},
                                {u"average_score"_s, AnalysisConsoleFormat::rounded(topic.averageScore)},
                                {u"share_negative"_s, share(topic.shareNegative)}});
            periods.append(
                QJsonObject{{u"start"_s, row.start.toString(Qt::ISODate)},
                            {u"end"_s, row.end.toString(Qt::ISODate)},
                            {u"group"_s, row.group},
                            {u"entries"_s, row.entries},
                            {u"analysed"_s, row.analysed},
                            {u"average_sentiment"_s, AnalysisConsoleFormat::rounded(row.averageSentiment)},
                            {u"share_negative"_s, share(row.shareNegative)},
                            {u"topics"_s, topics}});
        }
        QJsonArray worse;
        for (const TopicSummaryRow &row : report.gettingWorse)
            worse.append(QJsonObject{{u"topic"_s, row.topic},
                                     {u"mentions"_s, row.mentions},
                                     {u"share_negative"_s, share(row.shareNegative)},
                                     {u"average_score"_s, AnalysisConsoleFormat::rounded(row.averageScore)},
                                     {u"previous_mentions"_s, row.previousMentions},
                                     {u"previous_share_negative"_s, share(row.previousShareNegative)}});
        return {{u"from"_s, report.query.from.toString(Qt::ISODate)},
                {u"to"_s, report.query.to.toString(Qt::ISODate)},
                {u"by"_s, trendPeriodToken(report.query.by)},
                {u"split"_s, trendSplitToken(report.query.split)},
                {u"minimum_count"_s, report.query.minimumCount},
                {u"periods"_s, periods},
                {u"getting_worse"_s, worse}};
    }

    [[nodiscard]] static QString percent(double value)
    {
        return tr("%1%", "a percentage").arg(QLocale().toString(qRound(value * 100.0)));
    }

    [[nodiscard]] static QString periodName(const TrendPeriodRow &row, TrendPeriod by)
    {
        const QLocale locale;
        if (by == TrendPeriod::Month)
            return tr("%1 %2", "month name, year")
                .arg(locale.standaloneMonthName(row.start.month(), QLocale::LongFormat),
                     QString::number(row.start.year()));
        return tr("%1 to %2", "first and last day of a week")
            .arg(locale.toString(row.start, QLocale::ShortFormat),
                 locale.toString(row.end, QLocale::ShortFormat));
    }

    [[nodiscard]] static QString groupName(const QString &group, TrendSplit split)
    {
        if (split == TrendSplit::Channel) {
            if (const auto channel = feedbackChannelFromToken(group))
                return feedbackChannelLabel(*channel);
        }
        return group.isEmpty() ? u"—"_s : group;
    }

    [[nodiscard]] static QString topTopics(const TrendPeriodRow &row)
    {
        QStringList parts;
        for (const TopicInPeriod &topic : row.topics.first(std::min(TopicsPerPeriod, row.topics.size())))
            parts.append(tr("%1 %2 (%3 negative)", "topic, mentions, share negative")
                             .arg(HospitalityTopic::text(topic.topic), QLocale().toString(topic.mentions),
                                  percent(topic.shareNegative)));
        return parts.isEmpty() ? u"—"_s : parts.join(tr("; "));
    }

    [[nodiscard]] static QString toText(const FeedbackTrendReport &report)
    {
        const QLocale locale;
        const TrendQuery &query = report.query;
        const bool split = query.split != TrendSplit::None;
        QString text = (query.by == TrendPeriod::Month ? tr("Feedback by month, %1 to %2")
                                                       : tr("Feedback by week, %1 to %2"))
                           .arg(locale.toString(query.from, QLocale::ShortFormat),
                                locale.toString(query.to, QLocale::ShortFormat))
                       + u'\n';

        // A table whose columns are as wide as their widest cell, headings included.
        QList<QStringList> rows;
        QStringList heading{tr("Period")};
        if (split)
            heading << (query.split == TrendSplit::Channel ? tr("Channel") : tr("Site"));
        heading << tr("Entries") << tr("Average") << tr("Negative") << tr("Most mentioned");
        rows << heading;
        for (const TrendPeriodRow &row : report.periods) {
            QStringList cells{periodName(row, query.by)};
            if (split)
                cells << groupName(row.group, query.split);
            cells << locale.toString(row.entries);
            if (row.analysed > 0)
                cells << AnalysisConsoleFormat::score(row.averageSentiment) << percent(row.shareNegative);
            else
                cells << u"—"_s << u"—"_s;
            cells << topTopics(row);
            rows << cells;
        }
        QList<qsizetype> widths(heading.size(), 0);
        for (const QStringList &cells : rows) {
            for (qsizetype i = 0; i < cells.size(); ++i)
                widths[i] = std::max(widths[i], cells.at(i).size());
        }
        for (const QStringList &cells : rows) {
            QString line;
            for (qsizetype i = 0; i < cells.size(); ++i)
                line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
            text += line + u'\n';
        }

        text += u'\n';
        if (report.gettingWorse.isEmpty()) {
            text +=
                tr("Nothing is getting worse (against the period of the same length before, topics with %1 "
                   "or more mentions in both).")
                    .arg(locale.toString(query.minimumCount))
                + u'\n';
            return text;
        }
        text += tr("Getting worse (against the period of the same length before, topics with %1 or more "
                   "mentions in both):")
                    .arg(locale.toString(query.minimumCount))
                + u'\n';
        for (const TopicSummaryRow &row : report.gettingWorse)
            text += u"  "_s
                    + tr("%1: %2 negative, was %3 (%4 mentions, was %5)",
                         "topic, share negative now, before, mentions now, before")
                          .arg(HospitalityTopic::text(row.topic), percent(row.shareNegative),
                               percent(row.previousShareNegative), locale.toString(row.mentions),
                               locale.toString(row.previousMentions))
                    + u'\n';
        return text;
    }
};

} // namespace

void registerInsightsCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<InsightsTrendsCommand>(clock));
}

} // namespace innkeep::cli
