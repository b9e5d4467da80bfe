// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandregistry.h"

#include "common/textfield.h"
#include "console.h"

namespace innkeep::cli {

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

const Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandRegistry::helpText() const
{
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    QString text = tr("Usage: innkeep-cli COMMAND [options]\n"
                      "Guest relationships for the front desk, from the command line.\n\n"
                      "Commands:\n");
    for (const auto &command : m_commands)
        text +=
            QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(width), command->description());
    text += tr(
        "\nEvery command takes --help, and those that use a venue --db FILE. Exit codes: 0 done, 1 failed, "
        "2 bad arguments.\n");
    return text;
}

int CommandRegistry::dispatch(const QStringList &arguments) const
{
    if (arguments.isEmpty()) {
        printError(tr("innkeep-cli: no command given; innkeep-cli --help lists the commands."));
        return UsageError;
    }
    const QString &first = arguments.constFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printText(helpText());
        return Success;
    }
    if (first == QLatin1String("--version")) {
        printLine(QStringLiteral("innkeep-cli ") + QCoreApplication::applicationVersion());
        return Success;
    }

    // Two-word commands ("guest add") before one-word ones ("init").
    if (arguments.size() >= 2) {
        const QString pair = first + QLatin1Char(' ') + arguments.at(1);
        for (const auto &command : m_commands) {
            if (command->name() == pair)
                return command->execute(arguments.mid(2));
        }
    }
    for (const auto &command : m_commands) {
        if (command->name() == first)
            return command->execute(arguments.mid(1));
    }

    QStringList group;
    for (const auto &command : m_commands) {
        if (command->name().startsWith(first + QLatin1Char(' ')))
            group.append(command->name().mid(first.size() + 1));
    }
    if (!group.isEmpty()) {
        const QString given = arguments.size() >= 2 ? arguments.at(1) : QString();
        printError(
            given.isEmpty()
                ? tr("innkeep-cli %1: say what to do: %2.").arg(first, group.join(QStringLiteral(", ")))
                : tr("innkeep-cli %1: unknown subcommand \"%2\"; use one of: %3.")
                      .arg(first, TextField::quoted(given), group.join(QStringLiteral(", "))));
        return UsageError;
    }
    printError(tr("innkeep-cli: unknown command \"%1\"; innkeep-cli --help lists the commands.")
                   .arg(TextField::quoted(first)));
    return UsageError;
}

} // namespace innkeep::cli
