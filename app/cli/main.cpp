// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandregistry.h"
#include "commands.h"
#include "storage/clock.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The application name decides Database::defaultPath(): ~/.local/share/innkeep/innkeep.sqlite.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("innkeep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INNKEEP_VERSION));

    innkeep::SystemClock clock;
    innkeep::cli::CommandRegistry registry;
    innkeep::cli::registerAllCommands(registry, clock);
    return registry.dispatch(QCoreApplication::arguments().mid(1));
}
