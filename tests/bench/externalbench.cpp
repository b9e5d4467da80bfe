// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "externalbench.h"

#include "processrunner.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "writefloor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace innkeep::bench {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

Result<qint64> writeCsv(Database &db, const QString &path, qint64 guests)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(Error::Code::Io, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    file.write("Native given name,Native family name,Latin given name,Latin family name,Email,Phone,"
               "Language,Nationality,City,Country\n");
    Statement rows(
        db,
        QStringLiteral("SELECT g.given_name, g.family_name, g.latin_given_name, g.latin_family_name, "
                       "(SELECT value FROM guest_contacts c WHERE c.guest_id = g.id AND c.kind = 'email' "
                       "ORDER BY position LIMIT 1), "
                       "(SELECT value FROM guest_contacts c WHERE c.guest_id = g.id AND c.kind = 'phone' "
                       "ORDER BY position LIMIT 1), "
                       "g.language, g.nationality, g.city, g.country FROM guests g ORDER BY g.id LIMIT ?"));
    if (auto ok = rows.bind(guests).exec(); !ok)
        return std::unexpected(ok.error());
    qint64 count = 0;
    QByteArray buffer;
    while (rows.next()) {
        QStringList fields;
        for (int c = 0; c < 10; ++c)
            fields.append(csvField(rows.text(c)));
        buffer += fields.join(QLatin1Char(',')).toUtf8();
        buffer += '\n';
        ++count;
        if (buffer.size() > (1 << 20))
            file.write(std::exchange(buffer, {}));
    }
    file.write(buffer);
    return count;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

QString head(const QByteArray &text)
{
    return QString::fromUtf8(text.left(400)).trimmed();
}

// A new, empty Innkeep file at `path` (whatever was there is removed first).
Status createEmpty(const QString &cliPath, const QString &path)
{
    removeDatabase(path);
    const ProcessRun init = runProcess(cliPath, {QStringLiteral("init"), QStringLiteral("--db"), path});
    if (init.started && init.exitCode == 0)
        return {};
    return fail(
        Error::Code::Storage,
        QStringLiteral("innkeep-cli init failed (exit %1): %2").arg(init.exitCode).arg(head(init.err)));
}

} // namespace

Result<ImportFigures> benchImport(Database &db, const QString &workDir, qint64 guests, const QString &cliPath,
                                  int reps)
{
    ImportFigures f;
    const QString csv = QDir(workDir).filePath(QStringLiteral("import.csv"));
    auto rows = writeCsv(db, csv, guests);
    if (!rows)
        return std::unexpected(rows.error());
    f.rows = *rows;
    f.csvBytes = QFileInfo(csv).size();

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return fail(Error::Code::NotFound, QStringLiteral("sqlite3 is not on PATH."));
    const QString script = QDir(workDir).filePath(QStringLiteral("import.sqlite3"));
    {
        QFile s(script);
        if (!s.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(Error::Code::Io, QStringLiteral("Cannot write %1").arg(script));
        s.write(".mode csv\n.import '" + QFile::encodeName(csv) + "' guests_plain\n");
    }

    Samples innkeep, floor, innkeepCpu, floorCpu, writeFloor;
    const QString innkeepDb = QDir(workDir).filePath(QStringLiteral("import-innkeep.db"));
    const QString plainDb = QDir(workDir).filePath(QStringLiteral("import-sqlite.db"));
    for (int i = 0; i < reps; ++i) {
        // An empty database first (untimed): import adds to an existing file.
        if (auto ok = createEmpty(cliPath, innkeepDb); !ok)
            return std::unexpected(ok.error());
        // Every row written, as the floor writes them: the demo's guests include the likely duplicates
        // Find Duplicates is measured on, which the default (merge) would fold into one another. What
        // the default's look-ups cost is in docs/benchmarks.md ("Guest import: identity look-ups").
        const ProcessRun run =
            runProcess(cliPath, {QStringLiteral("import"), QStringLiteral("guests"), QStringLiteral("--db"),
                                 innkeepDb, QStringLiteral("--on-duplicate"), QStringLiteral("add"),
                                 QStringLiteral("--json"), csv});
        if (!run.started || run.exitCode != 0)
            return fail(Error::Code::Storage,
                        QStringLiteral("innkeep-cli import guests failed (exit %1): %2 %3")
                            .arg(run.exitCode)
                            .arg(head(run.err), head(run.out)));
        const QJsonObject summary = QJsonDocument::fromJson(run.out.trimmed().split('\n').last()).object();
        if (summary.value(QStringLiteral("guests")).toInteger() != f.rows)
            return fail(Error::Code::Storage, QStringLiteral("innkeep-cli imported %1 of %2 rows: %3")
                                                  .arg(summary.value(QStringLiteral("guests")).toInteger())
                                                  .arg(f.rows)
                                                  .arg(head(run.out)));
        innkeep.add(qint64(run.seconds * 1e9));
        innkeepCpu.add(qint64(run.cpuSeconds * 1e9));

        // The same rows written again by SQLite alone into another new file.
        const QString floorDb = QDir(workDir).filePath(QStringLiteral("import-floor.db"));
        if (auto ok = createEmpty(cliPath, floorDb); !ok)
            return std::unexpected(ok.error());
        auto written = measureWriteFloor(innkeepDb, floorDb);
        removeDatabase(floorDb);
        if (!written)
            return std::unexpected(written.error());
        writeFloor.add(qint64(written->seconds * 1e9));
        f.writeFloorParts = written->parts;
        f.writeFloorRows = written->rows;

        removeDatabase(plainDb);
        const ProcessRun plain = runProcess(sqlite3, {QStringLiteral("-batch"), plainDb}, {}, script);
        if (!plain.started || plain.exitCode != 0)
            return fail(Error::Code::Storage, QStringLiteral("sqlite3 .import failed (exit %1): %2")
                                                  .arg(plain.exitCode)
                                                  .arg(head(plain.err)));
        floor.add(qint64(plain.seconds * 1e9));
        floorCpu.add(qint64(plain.cpuSeconds * 1e9));
    }
    removeDatabase(innkeepDb);
    removeDatabase(plainDb);
    f.innkeep = innkeep.figure();
    f.sqlite = floor.figure();
    f.innkeepCpu = innkeepCpu.figure();
    f.sqliteCpu = floorCpu.figure();
    f.writeFloor = writeFloor.figure();
    return f;
}

PaintFigures benchFirstPaint(const QString &appPath, const QString &dbPath, int reps)
{
    PaintFigures f;
    const QStringList env{QStringLiteral("QT_QPA_PLATFORM=offscreen")};
    if (!QFileInfo(appPath).isExecutable()) {
        f.unavailable = QStringLiteral("%1 is not built").arg(appPath);
        return f;
    }
    const ProcessRun help = runProcess(appPath, {QStringLiteral("--help")}, env, {}, 30'000);
    if (!QByteArray(help.out + help.err).contains("quit-after-first-paint")) {
        f.unavailable = QStringLiteral("innkeep has no --quit-after-first-paint option yet");
        return f;
    }
    Samples samples, cpu;
    for (int i = -1; i < reps; ++i) { // -1: warm-up (page cache, fontconfig cache)
        const ProcessRun run =
            runProcess(appPath, {QStringLiteral("--db"), dbPath, QStringLiteral("--quit-after-first-paint")},
                       env, {}, 60'000);
        if (!run.started || run.timedOut || run.exitCode != 0) {
            f.unavailable =
                run.timedOut
                    ? QStringLiteral("innkeep did not quit within 60 s of start")
                    : QStringLiteral("innkeep exited with %1: %2").arg(run.exitCode).arg(head(run.err));
            return f;
        }
        if (i >= 0) {
            samples.add(qint64(run.seconds * 1e9));
            cpu.add(qint64(run.cpuSeconds * 1e9));
            // The app's own VmHWM when it reports it; wait4's ru_maxrss also counts the bench's pages
            // the child shared between fork and exec, so it is only the fallback.
            double peak = run.peakRssMb;
            static const QRegularExpression reported(QStringLiteral("peak resident memory (\\d+) kB"));
            if (const auto match = reported.match(QString::fromUtf8(run.out)); match.hasMatch())
                peak = match.captured(1).toDouble() / 1024.0;
            f.peakRssMb = std::max(f.peakRssMb, peak);
        }
    }
    f.firstPaint = samples.figure();
    f.cpu = cpu.figure();
    return f;
}

} // namespace innkeep::bench
