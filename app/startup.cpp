// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "demo/demofile.h"
#include "jobs/jobrunner.h"
#include "widgets/filechooser.h"
#include "widgets/question.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTranslator>

namespace innkeep::app {

namespace {
constexpr qint64 DemoGuests = 2000;
constexpr int GuiBusyWaitMs = 10'000;

QString tr(const char *text)
{
    return QCoreApplication::translate("innkeep::app::Startup", text);
}
} // namespace

QString demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

void loadTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(locale, QStringLiteral("innkeep"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    // Qt's own strings; there is no qtbase_hy or qtbase_ka, our catalogue covers the buttons we show.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

std::unique_ptr<OpenVenue> openInteractively(QString path, const Clock &clock, OpenVenue::Mode mode)
{
    while (true) {
        auto opened = OpenVenue::open(path, clock, mode);
        if (opened) {
            // The window must not freeze for long behind another program's write: it waits
            // briefly, then says which program holds the file.
            (*opened)->setBusyWait(GuiBusyWaitMs, GuiBusyWaitMs);
            (*opened)->setActivity(tr("the Innkeep window"));
            return std::move(*opened);
        }
        QMessageBox box(QMessageBox::Warning, tr("Cannot open this file"),
                        tr("<b>%1</b> was not opened and has not been changed.")
                            .arg(QDir::toNativeSeparators(path).toHtmlEscaped()),
                        QMessageBox::Open | QMessageBox::Close);
        box.setInformativeText(opened.error().message);
        box.button(QMessageBox::Open)->setText(tr("Open Another File…"));
        box.setDefaultButton(QMessageBox::Open);
        if (ui::Question::exec(box) != QMessageBox::Open)
            return nullptr;
        path = ui::FileChooser::openFile(nullptr, tr("Open an Innkeep File"), QFileInfo(path).absolutePath(),
                                         tr("Innkeep files (*.sqlite *.innkeep);;All files (*)"));
        if (path.isEmpty())
            return nullptr;
        mode = OpenVenue::Mode::OpenExisting;
    }
}

bool createDemo(const QString &path, const Clock &clock, QWidget *parent)
{
    QProgressDialog progress(tr("Creating the demo hotel…"), tr("Cancel"), 0, int(DemoGuests), parent);
    progress.setWindowTitle(tr("Innkeep demo"));
    progress.setMinimumDuration(300);
    progress.setWindowModality(Qt::ApplicationModal);
    // The demo is built beside `path` and renamed into place only when complete (DemoFile), so
    // Cancel, a full disk or a crash never leave a half-made hotel to open next time.
    DemoFile::Request request;
    request.guests = DemoGuests;
    request.seed = 1;
    request.activity = tr("the Innkeep demo");
    JobRunner runner(path, clock);
    auto job = DemoFile::start(runner, request);
    if (!job) {
        ui::Question::warn(parent, tr("Innkeep demo"), job.error().message);
        return false;
    }
    QObject::connect(job->get(), &BackgroundJob::progressed, &progress,
                     [&progress](const JobProgress &p) { progress.setValue(int(p.done)); });
    QObject::connect(&progress, &QProgressDialog::canceled, job->get(), &BackgroundJob::cancel);
    (*job)->waitForFinished();
    progress.reset();
    const Status &outcome = (*job)->status();
    if (outcome)
        return true;
    if (outcome.error().code != Error::Code::Cancelled)
        ui::Question::warn(parent, tr("Innkeep demo"), outcome.error().message);
    return false;
}

} // namespace innkeep::app
