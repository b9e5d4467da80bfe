// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep: the front-desk app. Parses arguments, loads translations, opens the database and
// wires the windows to the core services.
#include "appservices.h"
#include "backups/automaticbackups.h"
#include "loyalty/loyaltyupkeeper.h"
#include "mainwindow.h"
#include "startup.h"
#include "startup/firstrundialog.h"
#include "tickets/ticketsmodule.h"
#include "venue/venuesetup.h"
#include "widgets/appsettings.h"
#include "widgets/messagebar.h"
#include "widgets/question.h"
#include "widgets/theme.h"
#include "widgets/wheelguard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace innkeep;

namespace {

// The options of `innkeep`, described in the language already loaded.
struct AppOptions
{
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("main", "Open this database file."),
                          QCoreApplication::translate("main", "file")};
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo hotel (created on first use).")};
    QCommandLineOption firstPaint{
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main", "Benchmark: quit once the window has been painted.")};

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Guest relationships for the front desk."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, demo, firstPaint});
    }
};

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("innkeep"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(INNKEEP_VERSION));
}

// --help and --version print text and need no display: answered before the GUI starts, so they
// work over ssh and in a package's build (help2man).
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameApplication();
        app::loadTranslations(ui::AppSettings::value(QStringLiteral("language")).toString());
        QCommandLineParser parser;
        const AppOptions options;
        options.describe(parser);
        parser.process(core); // prints and exits
        return 0;
    }
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Innkeep"));
    app.installEventFilter(new ui::WheelGuard(&app));

    app::loadTranslations(ui::AppSettings::value(QStringLiteral("language")).toString());

    QCommandLineParser parser;
    const AppOptions options;
    options.describe(parser);
    const QCommandLineOption &dbOption = options.db;
    const QCommandLineOption &demoOption = options.demo;
    const QCommandLineOption &firstPaintOption = options.firstPaint;
    parser.process(app);
    // An unset variable in a launcher script must not quietly open the real venue.
    if (parser.isSet(dbOption) && parser.value(dbOption).trimmed().isEmpty()) {
        std::fputs(qPrintable(QCoreApplication::translate("main",
                                                          "innkeep: --db: the path is empty; name a database "
                                                          "file.")
                              + QLatin1Char('\n')),
                   stderr);
        return 2;
    }

    ui::theme::initialise();
    ui::theme::apply(ui::theme::fromToken(ui::AppSettings::value(QStringLiteral("appearance")).toString()));

    static SystemClock clock;
    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : OpenVenue::defaultPath();
    auto mode = OpenVenue::Mode::OpenOrCreate;
    std::optional<ui::FirstRunDialog::Venue> newVenue;
    std::optional<Error> setUpError;
    bool demo = parser.isSet(demoOption);
    if (!demo && !parser.isSet(dbOption) && !QFileInfo::exists(path)) {
        ui::FirstRunDialog welcome;
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        demo = welcome.choice() == ui::FirstRunDialog::Choice::Demo;
        if (!demo) {
            newVenue = welcome.venue();
            mode = OpenVenue::Mode::CreateNew;
        }
    }
    if (demo) {
        path = app::demoPath();
        if (!QFileInfo::exists(path) && !app::createDemo(path, clock))
            return 1;
    }

    // One window over one open file. Returns the exit code, or sets `restoreFrom` when the user
    // chose a copy to put in place of a damaged file (the file must be closed for that).
    const auto runWindow = [&](OpenVenue &venue, QString &restoreFrom) {
        venue.setStaffOnDuty(ui::AppSettings::value(QStringLiteral("staff")).toString());
        ui::AppServices services(venue);
        ui::MainWindow window(services);
        // Complaints and feedback plug into the window's pages, status bar, profile tabs and settings.
        ui::TicketsModule tickets(services, window);
        if (setUpError)
            window.fileBanner()->showMessage(
                QCoreApplication::translate("main", "The venue was not set up: %1").arg(setUpError->message),
                ui::MessageBar::Kind::Error);
        if (parser.isSet(firstPaintOption)) {
            QObject::connect(&window, &ui::MainWindow::firstPaint, &app, [&] {
                std::fprintf(stdout, "first paint after %lld ms\n",
                             static_cast<long long>(sinceStart.elapsed()));
                // The process's own high-water mark: a parent's wait4() figure would also count the
                // pages the child shared with it between fork and exec.
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n')) {
                        if (line.startsWith("VmHWM:"))
                            std::fprintf(stdout, "peak resident memory %s\n",
                                         line.mid(6).trimmed().constData());
                    }
                }
                std::fflush(stdout);
                QTimer::singleShot(0, &app, &QApplication::quit);
            });
        }
        QObject::connect(&window, &ui::MainWindow::restoreRequested, &app,
                         [&restoreFrom](const QString &copy) {
                             restoreFrom = copy;
                             QApplication::exit(0);
                         });
        // A backup a day while open and one on closing (not for a timing run: it changes nothing).
        std::optional<ui::AutomaticBackups> backups;
        if (!parser.isSet(firstPaintOption)) {
            backups.emplace(venue);
            QObject::connect(
                &*backups, &ui::AutomaticBackups::backedUp, &window, [&window](const QString &copy) {
                    window.statusBar()->showMessage(QCoreApplication::translate("main", "Backed up to %1")
                                                        .arg(QDir::toNativeSeparators(copy)),
                                                    10000);
                });
            QObject::connect(
                &*backups, &ui::AutomaticBackups::failed, &window, [&window](const QString &why) {
                    window.fileBanner()->showMessage(
                        QCoreApplication::translate("main", "The automatic backup failed: %1").arg(why),
                        ui::MessageBar::Kind::Warning);
                });
        }
        // The loyalty programme kept up to date while the window is open (not for a timing run).
        std::optional<ui::LoyaltyUpkeeper> loyalty;
        if (!parser.isSet(firstPaintOption)) {
            loyalty.emplace(venue);
            QObject::connect(&*loyalty, &ui::LoyaltyUpkeeper::failed, &window, [&window](const QString &why) {
                window.fileBanner()->showMessage(
                    QCoreApplication::translate(
                        "main", "Loyalty points and tiers could not be brought up to date: %1")
                        .arg(why),
                    ui::MessageBar::Kind::Warning);
            });
        }
        window.show();
        // Changes made by other programs (innkeep-cli, a second window) reach the open pages.
        venue.watcher().start();
        const int code = app.exec();
        if (backups && restoreFrom.isEmpty()) {
            if (const QString problem = backups->closing(); !problem.isEmpty())
                ui::Question::warn(
                    nullptr, QCoreApplication::translate("main", "Backup not made"),
                    QCoreApplication::translate("main", "The backup Innkeep makes on closing failed: %1")
                        .arg(problem));
        }
        return code;
    };

    std::unique_ptr<OpenVenue> venue = app::openInteractively(path, clock, mode);
    if (!venue)
        return 1;
    if (newVenue) {
        // One core call stores the venue and its first staff member, or nothing; a failure shows
        // in the window, which opens on the new file either way.
        if (auto ok = venue->venueSetUp().apply(
                {newVenue->name, newVenue->currency, newVenue->region, newVenue->staff});
            !ok)
            setUpError = ok.error();
        ui::AppSettings::setValue(QStringLiteral("staff"), newVenue->staff);
        if (!newVenue->language.isEmpty()) {
            ui::AppSettings::setValue(QStringLiteral("language"), newVenue->language);
            app::loadTranslations(newVenue->language);
        }
    }
    while (true) {
        QString restoreFrom;
        const int code = runWindow(*venue, restoreFrom);
        if (restoreFrom.isEmpty())
            return code;
        path = venue->path();
        const auto replacing =
            venue->isDamaged() ? DatabaseRestore::Replacing::Damaged : DatabaseRestore::Replacing::Working;
        venue.reset();
        // Nothing is deleted: the file is moved aside, the checked copy put in its place.
        auto aside = OpenVenue::restore(path, restoreFrom, clock, replacing);
        if (aside) {
            ui::Question::inform(nullptr, QCoreApplication::translate("main", "Backup restored"),
                                 QCoreApplication::translate("main",
                                                             "The copy is in place. The file as it was is "
                                                             "kept as %1.")
                                     .arg(QDir::toNativeSeparators(*aside)));
        } else {
            ui::Question::warn(nullptr, QCoreApplication::translate("main", "Backup not restored"),
                               aside.error().message);
        }
        venue = app::openInteractively(path, clock, OpenVenue::Mode::OpenExisting);
        if (!venue)
            return 1;
    }
}
