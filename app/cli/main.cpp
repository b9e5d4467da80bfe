// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "argumenttext.h"
#include "command.h"
#include "commandregistry.h"
#include "commands.h"
#include "common/clock.h"
#include "console.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // `report` and `guest export` draw their PDFs with Qt Gui, which needs a QGuiApplication: on the
    // offscreen platform unless one is named, so it runs on a server with no display. Every other command
    // keeps the plain QCoreApplication it always had.
    const bool draws =
        argc > 1
        && (std::strcmp(argv[1], "report") == 0
            || (argc > 2 && std::strcmp(argv[1], "guest") == 0 && std::strcmp(argv[2], "export") == 0));
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt Gui warns that XDG_RUNTIME_DIR is unset (cron, a shell without a login session) and uses a
    // private folder in /tmp instead: harmless, and it would spoil the one line a failure prints.
    static QtMessageHandler qtMessages = nullptr;
    if (draws)
        qtMessages = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &text) {
                if (type != QtWarningMsg
                    || !text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                    qtMessages(type, context, text);
            });
    const std::unique_ptr<QCoreApplication> app = draws ? std::make_unique<QGuiApplication>(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc, argv);
    if (draws)
        qInstallMessageHandler(qtMessages);
    // The application name decides Database::defaultPath(): ~/.local/share/innkeep/innkeep.sqlite.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("innkeep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INNKEEP_VERSION));

    // From argv's own bytes, not QCoreApplication::arguments(): that decodes with the locale and
    // turns bytes that are not UTF-8 into U+FFFD, which would then be stored.
    auto arguments = innkeep::cli::argumentsAsText(argc, argv);
    if (!arguments) {
        innkeep::cli::printError(QStringLiteral("innkeep-cli: ") + arguments.error().toString());
        return innkeep::cli::UsageError;
    }
    innkeep::SystemClock clock;
    innkeep::cli::CommandRegistry registry;
    innkeep::cli::registerAllCommands(registry, clock);
    return registry.dispatch(*arguments);
}
