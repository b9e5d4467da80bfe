// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// reminders, reminders done / snooze / reopen: the day's To do list and what staff did with it
// (docs/reminders.md).
#include "commandoptions.h"
#include "commandregistry.h"
#include "commands.h"
#include "common/calendardate.h"
#include "console.h"
#include "reminders/reminderkey.h"
#include "reminders/reminderlist.h"
#include "reminders/reminderservice.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace innkeep::cli {

namespace {

const QString DateOption = u"date"_s;
const QString UntilOption = u"until"_s;

// An option's day (YYYY-MM-DD), or a usage error naming the option.
Result<QDate> dayOption(const QCommandLineParser &parser, const QString &option, const QDate &fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QDate day = CalendarDate::fromIso(parser.value(option));
    if (!day.isValid())
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("RemindersCommand", "--%1 takes a day as YYYY-MM-DD, not %2.")
                        .arg(option, parser.value(option)),
                    option);
    return day;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

class RemindersCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemindersCommand)

public:
    using Command::Command;
    QString name() const override { return u"reminders"_s; }
    QString description() const override
    {
        return tr("The day's To do list: birthdays, follow-ups, win-backs, arrivals to prepare, feedback to "
                  "answer; most urgent first, one a line with its key.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        addValueOption(parser, DateOption, tr("The day, YYYY-MM-DD (default: today)."), tr("date"));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto day = dayOption(parser, DateOption, clock().today());
        if (!day)
            return usage(day.error().message);
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        auto reminders = ReminderList((*opened)->database()).forDay(*day);
        if (!reminders)
            return fail(reminders.error());
        if (json(parser)) {
            QJsonArray list;
            for (const Reminder &r : std::as_const(*reminders))
                list.append(QJsonObject{{u"key"_s, r.key},
                                        {u"kind"_s, reminderKindToken(r.kind)},
                                        {u"action"_s, reminderActionToken(r.action)},
                                        {u"urgency"_s, reminderUrgencyToken(r.urgency)},
                                        {u"day"_s, r.day.toString(Qt::ISODate)},
                                        {u"guest"_s, orNull(r.guestUuid)},
                                        {u"guest_name"_s, orNull(r.guestName)},
                                        {u"record"_s, orNull(r.recordUuid)},
                                        {u"text"_s, r.text}});
            printJson(QJsonObject{{u"date"_s, day->toString(Qt::ISODate)}, {u"reminders"_s, list}});
            return Success;
        }
        if (reminders->isEmpty()) {
            printLine(tr("Nothing to do on %1.").arg(day->toString(Qt::ISODate)));
            return Success;
        }
        for (const Reminder &r : std::as_const(*reminders))
            printLine(u"%1  %2  %3  [%4]"_s.arg(r.day.toString(Qt::ISODate), reminderKindToken(r.kind),
                                                r.text, r.key));
        return Success;
    }
};

// reminders done / snooze / reopen: one reminder, named by its key.
class ReminderMarkCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReminderMarkCommand)

public:
    using Command::Command;

protected:
    void addKeyArgument(QCommandLineParser &parser)
    {
        parser.addPositionalArgument(u"key"_s, tr("The reminder's key, as innkeep-cli reminders prints it."),
                                     u"KEY"_s);
    }
    // The key given, checked before the file is opened (a wrong key is a usage error).
    Result<QString> key(const QCommandLineParser &parser) const
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return std::unexpected(ok.error());
        const QString key = parser.positionalArguments().constFirst();
        if (auto parsed = ReminderKey::parse(key); !parsed)
            return std::unexpected(parsed.error());
        return key;
    }
};

class ReminderDoneCommand final : public ReminderMarkCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReminderDoneCommand)

public:
    using ReminderMarkCommand::ReminderMarkCommand;
    QString name() const override { return u"reminders done"_s; }
    QString description() const override
    {
        return tr("Mark a reminder done: off the list for good; prints the record of it.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override { addKeyArgument(parser); }
    int run(const QCommandLineParser &parser) override
    {
        auto key = this->key(parser);
        if (!key)
            return usage(key.error().message);
        return writeAndPrintId(parser, [&](OpenVenue &venue) -> Result<QString> {
            return uuidOf(ReminderService(venue.database()).markDone(*key));
        });
    }
};

class ReminderSnoozeCommand final : public ReminderMarkCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReminderSnoozeCommand)

public:
    using ReminderMarkCommand::ReminderMarkCommand;
    QString name() const override { return u"reminders snooze"_s; }
    QString description() const override
    {
        return tr(
            "Snooze a reminder until a day (--until): off the list until then; prints the record of it.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        addKeyArgument(parser);
        addValueOption(parser, UntilOption, tr("The day it comes back, YYYY-MM-DD (required)."), tr("date"));
    }
    int run(const QCommandLineParser &parser) override
    {
        auto key = this->key(parser);
        if (!key)
            return usage(key.error().message);
        if (!parser.isSet(UntilOption))
            return usage(tr("--until is required: the day the reminder comes back, YYYY-MM-DD."));
        auto until = dayOption(parser, UntilOption, {});
        if (!until)
            return usage(until.error().message);
        return writeAndPrintId(parser, [&](OpenVenue &venue) -> Result<QString> {
            return uuidOf(ReminderService(venue.database()).snooze(*key, *until));
        });
    }
};

class ReminderReopenCommand final : public ReminderMarkCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReminderReopenCommand)

public:
    using ReminderMarkCommand::ReminderMarkCommand;
    QString name() const override { return u"reminders reopen"_s; }
    QString description() const override
    {
        return tr("Undo done or snoozed: the reminder is on the list again while its reason holds.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override { addKeyArgument(parser); }
    int run(const QCommandLineParser &parser) override
    {
        auto key = this->key(parser);
        if (!key)
            return usage(key.error().message);
        return writeAndPrintId(parser, [&](OpenVenue &venue) -> Result<QString> {
            ReminderService service(venue.database());
            auto mark = service.markFor(*key);
            if (!mark)
                return std::unexpected(mark.error());
            if (auto ok = service.reopen(*key); !ok)
                return std::unexpected(ok.error());
            return (*mark)->uuid;
        });
    }
};

} // namespace

void registerReminderCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<RemindersCommand>(clock));
    registry.add(std::make_unique<ReminderDoneCommand>(clock));
    registry.add(std::make_unique<ReminderSnoozeCommand>(clock));
    registry.add(std::make_unique<ReminderReopenCommand>(clock));
}

} // namespace innkeep::cli
