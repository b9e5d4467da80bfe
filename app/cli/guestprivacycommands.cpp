// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// guest export, guest erase and guest retention: a guest's right of access and right to be
// forgotten, and the venue's retention rule.
#include "commandregistry.h"
#include "commands.h"
#include "console.h"
#include "guestdatapdf.h"
#include "house/guestdataexport.h"
#include "house/guesterasure.h"
#include "house/retentionreview.h"
#include "reportfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

QJsonObject reportJson(const GuestErasureReport &report)
{
    return QJsonObject{{u"profiles"_s, report.profiles},
                       {u"contacts"_s, report.contacts},
                       {u"notes"_s, report.notes},
                       {u"preferences"_s, report.preferences},
                       {u"stays"_s, report.stays},
                       {u"tickets"_s, report.tickets},
                       {u"feedback"_s, report.feedback},
                       {u"changes"_s, report.changes},
                       {u"file_compacted"_s, report.fileCompacted}};
}

class GuestExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GuestExportCommand)

public:
    using Command::Command;
    QString name() const override { return u"guest export"_s; }
    QString description() const override
    {
        return tr("Write everything the file holds about one guest (profile, stays, notes, preferences, "
                  "complaints, feedback, merges and the change log) to a JSON file, for their right of "
                  "access.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"GUEST_ID"_s, tr("The guest's id."));
        parser.addOption(QCommandLineOption(u"output"_s, tr("The JSON file to write."), tr("FILE")));
        parser.addOption(
            QCommandLineOption(u"pdf"_s, tr("Also a PDF of the same, for the guest to read."), tr("FILE")));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        const QString output = parser.value(u"output"_s).trimmed();
        if (output.isEmpty())
            return usage(tr("guest export needs --output FILE: where to write."));
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        const QString uuid = parser.positionalArguments().constFirst().trimmed().toLower();
        const QString path = QFileInfo(output).absoluteFilePath();
        const QString pdfPath = parser.isSet(u"pdf"_s)
                                    ? QFileInfo(parser.value(u"pdf"_s).trimmed()).absoluteFilePath()
                                    : QString();
        if (parser.isSet(u"pdf"_s) && parser.value(u"pdf"_s).trimmed().isEmpty())
            return usage(tr("--pdf: give the PDF file to write."));
        auto data = GuestDataExport::collect(**opened, uuid);
        if (!data)
            return fail(data.error());
        QList<ReportFiles::File> files{{path, QJsonDocument(*data).toJson(QJsonDocument::Indented)}};
        if (!pdfPath.isEmpty()) {
            auto pdf = GuestDataPdf::render(*data);
            if (!pdf)
                return fail(pdf.error());
            files.append({pdfPath, *pdf});
        }
        // Both or neither: a failure leaves no file behind.
        if (auto ok = ReportFiles::write(files, QString(), (*opened)->path()); !ok)
            return fail(ok.error());
        const QJsonObject guest = data->value(u"guest"_s).toObject();
        printLine(
            tr("Wrote everything about guest %1 to %2: %3 stays, %4 complaints, %5 feedback entries, %6 "
               "change-log entries.")
                .arg(uuid, QDir::toNativeSeparators(path))
                .arg(guest.value(u"stays"_s).toArray().size())
                .arg(guest.value(u"tickets"_s).toArray().size())
                .arg(guest.value(u"feedback"_s).toArray().size())
                .arg(data->value(u"changes"_s).toArray().size()));
        return Success;
    }
};

class GuestEraseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GuestEraseCommand)

public:
    using Command::Command;
    QString name() const override { return u"guest erase"_s; }
    QString description() const override
    {
        return tr("Erase a guest for good (the right to be forgotten): names, contacts and every text about "
                  "them go; stays, ratings and ticket outcomes stay for the statistics. Needs --confirm.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"GUEST_ID"_s, tr("The guest's id."));
        parser.addOption(QCommandLineOption(u"confirm"_s, tr("Yes, erase: it cannot be undone.")));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        if (!parser.isSet(u"confirm"_s))
            return usage(tr("guest erase cannot be undone; add --confirm to erase the guest."));
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        const QString uuid = parser.positionalArguments().constFirst().trimmed().toLower();
        auto report = GuestErasure::erase(**opened, uuid);
        if (!report)
            return fail(report.error());
        if (json(parser)) {
            QJsonObject out = reportJson(*report);
            out.insert(u"guest"_s, uuid);
            printJson(out);
            return Success;
        }
        printLine(tr("Erased guest %1 (%2 profiles): removed %3 contacts, %4 notes, %5 preferences.")
                      .arg(uuid)
                      .arg(report->profiles)
                      .arg(report->contacts)
                      .arg(report->notes)
                      .arg(report->preferences));
        printLine(
            tr("Kept for the statistics without their texts: %1 stays, %2 tickets, %3 feedback entries; "
               "%4 change-log entries cleared of their values.")
                .arg(report->stays)
                .arg(report->tickets)
                .arg(report->feedback)
                .arg(report->changes));
        if (!report->fileCompacted)
            printLine(tr("Another program has the file open: its free space is cleared the next time it is "
                         "compacted."));
        return Success;
    }
};

class GuestRetentionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GuestRetentionCommand)

public:
    using Command::Command;
    QString name() const override { return u"guest retention"_s; }
    QString description() const override
    {
        return tr(
            "List the guests with no stay for the venue's retention period (or --years N), oldest first; "
            "--erase --confirm anonymises them all. --set-years N stores the period (0: no rule).");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(QCommandLineOption(u"years"_s,
                                            tr("Years without a stay, for this run instead of the venue's "
                                               "setting."),
                                            tr("N")));
        parser.addOption(QCommandLineOption(u"set-years"_s,
                                            tr("Store the venue's retention period (setting "
                                               "privacy.retention_years; 0 removes the rule)."),
                                            tr("N")));
        parser.addOption(
            QCommandLineOption(u"erase"_s, tr("Anonymise every guest listed (needs --confirm).")));
        parser.addOption(QCommandLineOption(u"confirm"_s, tr("Yes, erase them: it cannot be undone.")));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        const auto number = [&](const QString &option) -> std::optional<int> {
            bool ok = false;
            const int value = parser.value(option).trimmed().toInt(&ok);
            if (!ok || value < 0 || value > RetentionReview::MaxYears)
                return std::nullopt;
            return value;
        };
        int years = 0;
        if (parser.isSet(u"years"_s)) {
            const auto given = number(u"years"_s);
            if (!given || *given == 0)
                return usage(
                    tr("--years: give a number of years from 1 to %1.").arg(RetentionReview::MaxYears));
            years = *given;
        }
        std::optional<int> store;
        if (parser.isSet(u"set-years"_s)) {
            store = number(u"set-years"_s);
            if (!store)
                return usage(
                    tr("--set-years: give a number of years from 0 to %1.").arg(RetentionReview::MaxYears));
        }
        const bool erase = parser.isSet(u"erase"_s);
        if (erase && !parser.isSet(u"confirm"_s))
            return usage(
                tr("guest retention --erase cannot be undone; add --confirm to erase the guests listed."));

        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        RetentionReview review(**opened);
        if (store) {
            if (auto ok = review.setYears(*store); !ok)
                return fail(ok.error());
        }
        const int rule = years > 0 ? years : review.years();
        if (rule == 0) {
            if (json(parser))
                printJson(QJsonObject{{u"years"_s, 0}, {u"guests"_s, QJsonArray()}});
            else
                printLine(
                    tr("The venue has no retention rule. Set one with --set-years N, or list with --years "
                       "N."));
            return Success;
        }
        auto listed = review.candidates(rule);
        if (!listed)
            return fail(listed.error());
        std::optional<GuestErasureReport> erased;
        if (erase && !listed->isEmpty()) {
            auto report = review.eraseAll(rule);
            if (!report)
                return fail(report.error());
            erased = *report;
        }
        const QString cutoff = review.cutoff(rule).toString(Qt::ISODate);
        if (json(parser)) {
            QJsonArray guests;
            for (const RetentionReview::Candidate &candidate : std::as_const(*listed))
                guests.append(
                    QJsonObject{{u"uuid"_s, candidate.uuid},
                                {u"name"_s, erased ? QString() : candidate.name},
                                {u"last_stay"_s, candidate.lastStay.isValid()
                                                     ? QJsonValue(candidate.lastStay.toString(Qt::ISODate))
                                                     : QJsonValue(QJsonValue::Null)},
                                {u"since"_s, candidate.since.toString(Qt::ISODate)}});
            QJsonObject out{{u"years"_s, rule}, {u"cutoff"_s, cutoff}, {u"guests"_s, guests}};
            if (erased)
                out.insert(u"erased"_s, reportJson(*erased));
            printJson(out);
            return Success;
        }
        const QLocale locale;
        if (erased) {
            printLine(tr("Erased %1 guests with no stay since %2 (%3 profiles with those merged into them).")
                          .arg(listed->size())
                          .arg(locale.toString(review.cutoff(rule), QLocale::ShortFormat))
                          .arg(erased->profiles));
            return Success;
        }
        printLine(tr("Guests with no stay since %1 (%2 years): %3.")
                      .arg(locale.toString(review.cutoff(rule), QLocale::ShortFormat))
                      .arg(rule)
                      .arg(listed->size()));
        for (const RetentionReview::Candidate &candidate : std::as_const(*listed)) {
            const QString last =
                candidate.lastStay.isValid()
                    ? tr("last stay %1").arg(locale.toString(candidate.lastStay, QLocale::ShortFormat))
                    : tr("never stayed, profile made %1")
                          .arg(locale.toString(candidate.since, QLocale::ShortFormat));
            printLine(u"%1  %2  (%3)"_s.arg(candidate.uuid, candidate.name, last));
        }
        return Success;
    }
};

} // namespace

void registerGuestPrivacyCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<GuestExportCommand>(clock));
    registry.add(std::make_unique<GuestEraseCommand>(clock));
    registry.add(std::make_unique<GuestRetentionCommand>(clock));
}

} // namespace innkeep::cli
