// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace innkeep::cli {

// The commands innkeep-cli knows, in the order `--help` lists them, and the dispatch from the
// process arguments to one of them ("guest add …" → the "guest add" command).
class CommandRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)

public:
    void add(std::unique_ptr<Command> command);

    // `arguments` without the program name. Returns the process exit code.
    [[nodiscard]] int dispatch(const QStringList &arguments) const;
    [[nodiscard]] QString helpText() const;
    [[nodiscard]] const Command *find(const QString &name) const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace innkeep::cli
