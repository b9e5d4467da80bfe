// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// template add, list, preview: the venue's message templates, one language at a time.
#include "commandregistry.h"
#include "commands.h"
#include "console.h"
#include "messages/messagetemplates.h"

#include <QJsonArray>

namespace innkeep::cli {

namespace {

QJsonObject toJson(const MessageTemplate &t)
{
    return {{QStringLiteral("uuid"), t.uuid},         {QStringLiteral("name"), t.name},
            {QStringLiteral("language"), t.language}, {QStringLiteral("subject"), t.subject},
            {QStringLiteral("body"), t.body},         {QStringLiteral("fallback"), t.fallback}};
}

class TemplateAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TemplateAddCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("template add"); }
    QString description() const override
    {
        return tr("Add a language to a message template (or replace it); prints its id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("name"), tr("The template's name, e.g. thank-you."),
                                     QStringLiteral("NAME"));
        parser.addOption(QCommandLineOption(QStringLiteral("language"),
                                            tr("Its language: en, hy, ka, ru, de, fr, es …"), tr("code")));
        parser.addOption(QCommandLineOption(QStringLiteral("subject"),
                                            tr("The subject; placeholders allowed."), tr("text")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("body"),
            tr("The text, with placeholders {given_name}, {family_name}, {salutation}, {last_stay_month}, "
               "{room}, {tier}, {points}, {venue}; {{ and }} write a brace."),
            tr("text")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("fallback"),
            tr("Use this language for guests whose language the template does not have (the first language "
               "added is, until another is marked).")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        for (const char *required : {"language", "subject", "body"})
            if (!parser.isSet(QString::fromLatin1(required)))
                return usage(tr("--%1 is required.").arg(QString::fromLatin1(required)));
        MessageTemplate draft;
        draft.name = parser.positionalArguments().constFirst();
        draft.language = parser.value(QStringLiteral("language"));
        draft.subject = parser.value(QStringLiteral("subject"));
        draft.body = parser.value(QStringLiteral("body"));
        draft.fallback = parser.isSet(QStringLiteral("fallback"));
        return writeAndPrintId(parser, [&draft](OpenVenue &venue) {
            return uuidOf(MessageTemplates(venue.database()).save(draft));
        });
    }
};

class TemplateListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TemplateListCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("template list"); }
    QString description() const override { return tr("List the message templates and their languages."); }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &) override {}

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        auto templates = MessageTemplates((*venue)->database()).list();
        if (!templates)
            return fail(templates.error());
        if (json(parser)) {
            QJsonArray array;
            for (const MessageTemplate &t : *templates)
                array.append(toJson(t));
            printJson(array);
            return Success;
        }
        if (templates->isEmpty())
            printLine(
                tr("No templates yet: innkeep-cli template add NAME --language L --subject S --body B"));
        for (const MessageTemplate &t : *templates)
            printLine(QStringLiteral("%1  %2%3  %4")
                          .arg(t.name, t.language, t.fallback ? tr(" (fallback)") : QString(), t.subject));
        return Success;
    }
};

class TemplatePreviewCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TemplatePreviewCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("template preview"); }
    QString description() const override
    {
        return tr("Show the message a guest would get from a template, in their language.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("name"), tr("The template's name."),
                                     QStringLiteral("NAME"));
        parser.addOption(
            QCommandLineOption(QStringLiteral("guest"), tr("The guest's id."), QStringLiteral("UUID")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        if (!parser.isSet(QStringLiteral("guest")))
            return usage(tr("--guest is required."));
        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        auto message =
            MessageTemplates((*venue)->database())
                .preview(parser.positionalArguments().constFirst(), parser.value(QStringLiteral("guest")));
        if (!message)
            return fail(message.error());
        if (json(parser)) {
            printJson(QJsonObject{{QStringLiteral("template"), message->templateName},
                                  {QStringLiteral("language"), message->language},
                                  {QStringLiteral("subject"), message->subject},
                                  {QStringLiteral("body"), message->body}});
            return Success;
        }
        printLine(tr("Subject: %1").arg(message->subject));
        printLine(tr("Language: %1").arg(message->language));
        printLine(QString());
        printText(message->body + u'\n');
        return Success;
    }
};

} // namespace

void registerTemplateCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<TemplateAddCommand>(clock));
    registry.add(std::make_unique<TemplateListCommand>(clock));
    registry.add(std::make_unique<TemplatePreviewCommand>(clock));
}

} // namespace innkeep::cli
