// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kpi: every retention and service KPI over a period, with the previous period and the same period
// a year before, as a table or as JSON (docs/kpis.md has the formulas).
#include "commandoptions.h"
#include "commandregistry.h"
#include "commands.h"
#include "common/calendardate.h"
#include "common/clock.h"
#include "common/languagecode.h"
#include "common/money.h"
#include "common/textfield.h"
#include "console.h"
#include "feedback/feedbackchannel.h"
#include "guests/guest.h"
#include "insights/kpiboard.h"
#include "ticketconsoleformat.h"

#include <QLocale>

#include <cmath>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

class KpiCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KpiCommand)

public:
    using Command::Command;
    QString name() const override { return u"kpi"_s; }
    QString description() const override
    {
        return tr("Retention and service KPIs over a period, with the period before and a year before.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        addValueOption(parser, u"from"_s,
                       tr("First day, YYYY-MM-DD (default: the first day of last month; with --to alone, the "
                          "first day of --to's month)."),
                       tr("date"));
        addValueOption(parser, u"to"_s,
                       tr("Last day, YYYY-MM-DD (default: the last day of last month; with --from alone, "
                          "today)."),
                       tr("date"));
        addValueOption(parser, u"channel"_s,
                       tr("Only feedback from this channel: in-person, comment-card, survey, email, phone, "
                          "review-site, social."),
                       tr("channel"));
        addValueOption(parser, u"nationality"_s, tr("Only guests of this nationality, e.g. DE."), tr("code"));
        addValueOption(parser, u"language"_s, tr("Only guests speaking this language, e.g. en."), tr("code"));
        addValueOption(parser, u"source"_s,
                       tr("Only guests from this source: walk-in, ota, direct, agent, other."), tr("source"));
        parser.addOption(QCommandLineOption(u"vip"_s, tr("Only VIP guests (level 1 or more).")));
        parser.addOption(QCommandLineOption(u"formulas"_s, tr("Print each KPI's formula under the table.")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto period = this->period(parser);
        if (!period)
            return usage(period.error().toString());
        auto filter = this->filter(parser);
        if (!filter)
            return usage(filter.error().toString());

        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        auto facts = KpiFacts::load((*opened)->database(), *filter, clock().nowMs());
        if (!facts)
            return fail(facts.error());
        const KpiBoardReport report = KpiBoard::read(*facts, *period);
        if (json(parser))
            printJson(report.toJson());
        else
            printText(toText(report, parser.isSet(u"formulas"_s)));
        return Success;
    }

private:
    // --from and --to, the periods the help names; errors name the option.
    [[nodiscard]] Result<KpiPeriod> period(const QCommandLineParser &parser) const
    {
        const QString from = parser.value(u"from"_s).trimmed();
        const QString to = parser.value(u"to"_s).trimmed();
        const QDate today = clock().today();
        KpiPeriod fallback = KpiPeriod::preset(KpiPreset::LastMonth, today);
        if (!from.isEmpty() && to.isEmpty())
            fallback.to = today;
        if (from.isEmpty() && !to.isEmpty()) {
            const QDate last = CalendarDate::fromIso(to);
            if (last.isValid())
                fallback.from = QDate(last.year(), last.month(), 1);
        }
        for (const QString &option : {u"from"_s, u"to"_s}) {
            if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
                return std::unexpected(TicketConsoleFormat::optionError(option, tr("the date is empty.")));
            const QString text = parser.value(option).trimmed();
            if (!text.isEmpty() && !CalendarDate::fromIso(text).isValid())
                return std::unexpected(TicketConsoleFormat::optionError(
                    option, tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.")
                                .arg(TextField::quoted(parser.value(option)))));
        }
        auto period = KpiPeriod::parse(from, to, fallback);
        if (!period) {
            Error error = period.error();
            error.field = u"--"_s + error.field; // "from" -> "--from"
            return std::unexpected(error);
        }
        return period;
    }

    [[nodiscard]] static Result<KpiFilter> filter(const QCommandLineParser &parser)
    {
        KpiFilter filter;
        if (parser.isSet(u"channel"_s)) {
            auto channel = TicketConsoleFormat::feedbackChannel(u"channel"_s, parser.value(u"channel"_s));
            if (!channel)
                return std::unexpected(channel.error());
            filter.feedbackChannel = feedbackChannelToken(*channel);
        }
        if (parser.isSet(u"nationality"_s)) {
            const QString code = parser.value(u"nationality"_s).trimmed().toUpper();
            const bool letters = code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter()
                                 && code.at(0).unicode() < 128 && code.at(1).unicode() < 128;
            if (!letters)
                return std::unexpected(TicketConsoleFormat::optionError(
                    u"nationality"_s, tr("\"%1\" is not a two-letter country code such as DE or AM.")
                                          .arg(TextField::quoted(parser.value(u"nationality"_s)))));
            filter.nationality = code;
        }
        if (parser.isSet(u"language"_s)) {
            auto language = LanguageCode::normalised(u"--language"_s, parser.value(u"language"_s));
            if (!language)
                return std::unexpected(language.error());
            if (language->isEmpty())
                return std::unexpected(
                    TicketConsoleFormat::optionError(u"language"_s, tr("the code is empty.")));
            filter.language = *language;
        }
        if (parser.isSet(u"source"_s)) {
            const auto source = guestSourceFromToken(parser.value(u"source"_s).trimmed().toLower());
            if (!source)
                return std::unexpected(TicketConsoleFormat::optionError(
                    u"source"_s, tr("\"%1\" is not one of walk-in, ota, direct, agent, other.")
                                     .arg(TextField::quoted(parser.value(u"source"_s)))));
            filter.source = toToken(*source);
        }
        filter.vipOnly = parser.isSet(u"vip"_s);
        return filter;
    }

    // A KPI's value as the table shows it, in the user's locale; "—" for nothing to count.
    [[nodiscard]] static QString valueText(const Kpi &kpi, const std::optional<double> &value,
                                           const QString &currency)
    {
        if (!value)
            return u"—"_s;
        const QLocale locale;
        switch (kpi.unit()) {
        case KpiUnit::Rate: return tr("%1%", "a percentage").arg(locale.toString(*value * 100.0, 'f', 1));
        case KpiUnit::Score: return locale.toString(*value, 'f', 1);
        case KpiUnit::Count:
            return locale.toString(*value, 'f', std::abs(*value - std::round(*value)) < 1e-9 ? 0 : 2);
        case KpiUnit::Minutes: return tr("%1 min", "minutes").arg(locale.toString(*value, 'f', 0));
        case KpiUnit::Money: return money(*value, currency);
        }
        return locale.toString(*value);
    }

    [[nodiscard]] static QString money(double major, const QString &currency)
    {
        return tr("%1 %2", "amount, currency code")
            .arg(QLocale().toString(major, 'f', Money::minorDigits(currency)), currency);
    }

    // The current value: for money every currency it was counted in, the venue's first.
    [[nodiscard]] static QString currentText(const KpiReading &r, const QString &currency)
    {
        QString text = valueText(*r.kpi, r.current.value, currency);
        if (r.kpi->unit() == KpiUnit::Money) {
            QStringList others;
            for (auto it = r.current.byCurrency.cbegin(); it != r.current.byCurrency.cend(); ++it)
                if (it.key() != currency)
                    others.append(money(it.value(), it.key()));
            if (!others.isEmpty())
                text = tr("%1; %2", "venue currency's figure; the other currencies' figures")
                           .arg(text, others.join(tr("; ")));
        }
        if (r.current.provisional)
            text = tr("%1 (provisional)", "a value whose cohort is too young to be final").arg(text);
        return text;
    }

    [[nodiscard]] static QString periodText(const KpiPeriod &p)
    {
        const QLocale locale;
        return tr("%1 to %2", "first and last day of a period")
            .arg(locale.toString(p.from, QLocale::ShortFormat), locale.toString(p.to, QLocale::ShortFormat));
    }

    [[nodiscard]] static QString filterText(const KpiFilter &f)
    {
        QStringList parts;
        if (!f.feedbackChannel.isEmpty()) {
            const auto channel = feedbackChannelFromToken(f.feedbackChannel);
            parts.append(
                tr("feedback from %1").arg(channel ? feedbackChannelLabel(*channel) : f.feedbackChannel));
        }
        if (!f.nationality.isEmpty())
            parts.append(tr("nationality %1").arg(f.nationality));
        if (!f.language.isEmpty())
            parts.append(tr("language %1").arg(f.language));
        if (!f.source.isEmpty())
            parts.append(tr("source %1").arg(f.source));
        if (f.vipOnly)
            parts.append(tr("VIP guests"));
        return parts.join(tr(", "));
    }

    [[nodiscard]] static QString toText(const KpiBoardReport &report, bool formulas)
    {
        const QLocale locale;
        QString text = tr("KPIs, %1 (previous: %2; a year before: %3)")
                           .arg(periodText(report.period), periodText(report.period.previous()),
                                periodText(report.period.yearBefore()))
                       + u'\n';
        if (!report.filter.isEmpty())
            text += tr("Only: %1").arg(filterText(report.filter)) + u'\n';
        text += u'\n';

        // A table whose columns are as wide as their widest cell, headings included.
        QList<QStringList> rows{{tr("KPI"), tr("Value"), tr("Count"), tr("Previous"), tr("A year before")}};
        for (const KpiReading &r : report.readings)
            rows.append({r.kpi->title(), currentText(r, report.currency), locale.toString(r.current.count),
                         valueText(*r.kpi, r.previous.value, report.currency),
                         valueText(*r.kpi, r.yearBefore.value, report.currency)});
        QList<qsizetype> widths(rows.constFirst().size(), 0);
        for (const QStringList &cells : std::as_const(rows))
            for (qsizetype i = 0; i < cells.size(); ++i)
                widths[i] = std::max(widths[i], cells.at(i).size());
        for (const QStringList &cells : std::as_const(rows)) {
            QString line;
            for (qsizetype i = 0; i < cells.size(); ++i)
                line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
            text += line + u'\n';
        }
        if (formulas) {
            text += u'\n' + tr("Formulas:") + u'\n';
            for (const KpiReading &r : report.readings)
                text += u"  "_s + tr("%1: %2", "KPI title, its formula").arg(r.kpi->title(), r.kpi->formula())
                        + u'\n';
        }
        return text;
    }
};

} // namespace

void registerKpiCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<KpiCommand>(clock));
}

} // namespace innkeep::cli
