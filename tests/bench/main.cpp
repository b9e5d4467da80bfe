// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-bench: the figures of issue 5 at a given size, next to the floor SQLite sets.
#include "analysisbench.h"
#include "common/clock.h"
#include "demo/demogenerator.h"
#include "externalbench.h"
#include "guests/duplicatefinder.h"
#include "kpibench.h"
#include "pagebench.h"
#include "querymix.h"
#include "report.h"
#include "searchbench.h"
#include "stats.h"
#include "storage/backupcopy.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace innkeep::bench {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void note(const QString &text)
{
    err() << text << Qt::endl;
}

int failWith(const QString &what, const Error &error)
{
    note(QStringLiteral("innkeep-bench: %1: %2").arg(what, error.toString()));
    return 1;
}

void put(QJsonObject &json, const QString &prefix, const Figure &f, double scale = 1.0,
         const QString &unit = QStringLiteral("ms"))
{
    if (!f.isValid()) {
        json.insert(prefix + QStringLiteral("_p50_") + unit, QJsonValue::Null);
        json.insert(prefix + QStringLiteral("_p99_") + unit, QJsonValue::Null);
        json.insert(prefix + QStringLiteral("_reps"), 0);
        return;
    }
    json.insert(prefix + QStringLiteral("_p50_") + unit, f.medianMs * scale);
    json.insert(prefix + QStringLiteral("_p99_") + unit, f.p99Ms * scale);
    json.insert(prefix + QStringLiteral("_max_") + unit, f.maxMs * scale);
    json.insert(prefix + QStringLiteral("_reps"), qint64(f.reps));
}

// The 1-minute load average: how many other processes wanted the cores during the run.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').value(0).toDouble();
}

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

Result<qint64> count(Database &db, const QString &table)
{
    Statement s(db, QStringLiteral("SELECT count(*) FROM ") + table);
    auto v = s.scalar();
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

int run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Innkeep benchmark (issue 5): figures at a given size next to SQLite's floor."));
    parser.addHelpOption();
    const QCommandLineOption guestsOption(QStringLiteral("guests"), QStringLiteral("Guests to generate."),
                                          QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the demo data and query mix (default 5)."),
                                        QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON object instead of the table."));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Reuse this database if it exists, else build it there and keep it."),
        QStringLiteral("FILE"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"), QStringLiteral("Exit 1 if a figure is missing (says nothing about speed)."));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"),
        QStringLiteral("Rounds over the search mix and the profile guests (default 5)."), QStringLiteral("R"),
        QStringLiteral("5"));
    const QCommandLineOption skipOption(QStringLiteral("skip"),
                                        QStringLiteral("Skip figures: import, paint (repeatable)."),
                                        QStringLiteral("what"));
    parser.addOptions(
        {guestsOption, seedOption, jsonOption, keepOption, checkOption, roundsOption, skipOption});
    parser.process(*QCoreApplication::instance());

    bool ok = false;
    const qint64 guests = parser.value(guestsOption).toLongLong(&ok);
    const QString keep = parser.value(keepOption);
    const bool reuse = !keep.isEmpty() && QFileInfo::exists(keep);
    if ((!ok || guests < 1) && !reuse) {
        note(QStringLiteral("innkeep-bench: --guests N (a positive number) is required unless --keep names "
                            "an existing file."));
        return 2;
    }
    const quint32 seed = parser.value(seedOption).toUInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const QStringList skip = parser.values(skipOption);

    QTemporaryDir work;
    if (!work.isValid()) {
        note(QStringLiteral("innkeep-bench: no temporary directory"));
        return 1;
    }
    const QString path =
        keep.isEmpty() ? work.filePath(QStringLiteral("bench.innkeep")) : QFileInfo(keep).absoluteFilePath();
    static const SystemClock clock;
    QJsonObject json;
    QJsonObject unavailable;
    json.insert(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    json.insert(QStringLiteral("cores"), QThread::idealThreadCount());
    json.insert(QStringLiteral("seed"), qint64(seed));
    json.insert(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    json.insert(QStringLiteral("loadavg_start"), loadAverage());

    // Build (or reuse) the database.
    auto opened =
        Database::open(path, clock, reuse ? Database::Mode::OpenExisting : Database::Mode::CreateNew);
    if (!opened)
        return failWith(QStringLiteral("open %1").arg(path), opened.error());
    Database &db = **opened;
    db.setStaff(QStringLiteral("innkeep-bench"));
    if (reuse) {
        json.insert(QStringLiteral("build_s"), QJsonValue::Null);
        json.insert(QStringLiteral("build_ms_per_guest"), QJsonValue::Null);
        unavailable.insert(QStringLiteral("build_s"), QStringLiteral("reused %1").arg(path));
        note(QStringLiteral("Reusing %1").arg(path));
    } else {
        DemoGenerator generator(db, seed);
        QElapsedTimer progressTimer;
        progressTimer.start();
        qint64 lastTenth = -1;
        generator.setProgress([&](const ExchangeProgress &p) {
            const qint64 tenth = p.total > 0 ? p.done * 10 / p.total : 0;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                note(QStringLiteral("build: %1 of %2 guests, %3 s")
                         .arg(p.done)
                         .arg(p.total)
                         .arg(progressTimer.elapsed() / 1000.0, 0, 'f', 1));
            }
        });
        Result<DemoSummary> summary;
        const qint64 ns = timeNs([&] { summary = generator.run(guests); });
        if (!summary)
            return failWith(QStringLiteral("demo generator"), summary.error());
        json.insert(QStringLiteral("build_s"), double(ns) / 1e9);
        json.insert(QStringLiteral("build_ms_per_guest"),
                    double(ns) / 1e6 / double(std::max<qint64>(1, summary->guests)));
        json.insert(QStringLiteral("build_reps"), 1);
    }
    if (auto ok = execute(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !ok)
        return failWith(QStringLiteral("checkpoint"), ok.error());

    QJsonObject counts;
    for (const auto &[key, table] : {std::pair{"guests", "guests"},
                                     {"stays", "stays"},
                                     {"tickets", "tickets"},
                                     {"feedback", "feedback"},
                                     {"preferences", "preferences"},
                                     {"notes", "guest_notes"},
                                     {"change_log", "change_log"}}) {
        auto n = count(db, QString::fromLatin1(table));
        if (!n)
            return failWith(QStringLiteral("count"), n.error());
        counts.insert(QString::fromLatin1(key), *n);
    }
    const qint64 guestCount = counts.value(QStringLiteral("guests")).toInteger();
    json.insert(QStringLiteral("counts"), counts);
    json.insert(QStringLiteral("guests"), guestCount);
    {
        Statement v(db, QStringLiteral("SELECT sqlite_version()"));
        json.insert(QStringLiteral("sqlite"), v.scalar().value_or(QVariant()).toString());
    }
    const qint64 bytes = fileBytes(path);
    json.insert(QStringLiteral("db_bytes"), bytes);
    json.insert(QStringLiteral("db_bytes_per_guest"),
                double(bytes) / double(std::max<qint64>(1, guestCount)));

    // Open.
    note(QStringLiteral("measuring open"));
    auto openFigures = benchOpen(path, clock, 20);
    if (!openFigures)
        return failWith(QStringLiteral("open"), openFigures.error());
    put(json, QStringLiteral("open"), openFigures->open);
    put(json, QStringLiteral("first_search"), openFigures->firstSearch);

    // Search.
    note(QStringLiteral("measuring search"));
    auto mix = buildQueryMix(db, seed, 40);
    if (!mix)
        return failWith(QStringLiteral("query mix"), mix.error());
    auto search = benchSearch(db, *mix, rounds);
    if (!search)
        return failWith(QStringLiteral("search"), search.error());
    put(json, QStringLiteral("search"), search->core);
    put(json, QStringLiteral("search_sql"), search->sql);
    put(json, QStringLiteral("search_cpu"), search->coreCpu);
    put(json, QStringLiteral("search_sql_cpu"), search->sqlCpu);
    json.insert(QStringLiteral("search_ratio"), search->core.p99Ms / std::max(1e-9, search->sql.p99Ms));
    json.insert(QStringLiteral("search_cpu_ratio"),
                search->coreCpu.p99Ms / std::max(1e-9, search->sqlCpu.p99Ms));
    json.insert(QStringLiteral("search_ratio_p50"),
                search->core.medianMs / std::max(1e-9, search->sql.medianMs));
    json.insert(QStringLiteral("search_cases"), qint64(search->cases));
    json.insert(QStringLiteral("search_mean_hits"), search->meanHits);
    QJsonObject byKind;
    for (auto it = search->coreByKind.cbegin(); it != search->coreByKind.cend(); ++it) {
        const Figure sql = search->sqlByKind.value(it.key());
        byKind.insert(it.key(), QJsonObject{{QStringLiteral("p50_ms"), it->medianMs},
                                            {QStringLiteral("p99_ms"), it->p99Ms},
                                            {QStringLiteral("max_ms"), it->maxMs},
                                            {QStringLiteral("sql_p50_ms"), sql.medianMs},
                                            {QStringLiteral("sql_p99_ms"), sql.p99Ms},
                                            {QStringLiteral("reps"), qint64(it->reps)}});
    }
    json.insert(QStringLiteral("search_by_kind"), byKind);
    QJsonArray examples;
    for (qsizetype i = 0; i < std::min<qsizetype>(12, mix->size()); ++i)
        examples.append(QString(mix->at(i).kind + QStringLiteral(": ") + mix->at(i).text));
    json.insert(QStringLiteral("search_examples"), examples);

    // Pages.
    note(QStringLiteral("measuring profile, queue, handover, roll-ups"));
    auto profile = benchProfile(db, seed, 200, rounds);
    if (!profile)
        return failWith(QStringLiteral("profile"), profile.error());
    put(json, QStringLiteral("profile"), profile->wall);
    put(json, QStringLiteral("profile_cpu"), profile->cpu);
    auto queue = benchQueue(db, 300);
    if (!queue)
        return failWith(QStringLiteral("queue"), queue.error());
    put(json, QStringLiteral("queue"), queue->wall);
    put(json, QStringLiteral("queue_cpu"), queue->cpu);
    auto handover = benchHandover(db, 300);
    if (!handover)
        return failWith(QStringLiteral("handover"), handover.error());
    put(json, QStringLiteral("handover"), handover->wall);
    put(json, QStringLiteral("handover_cpu"), handover->cpu);
    auto rollups = benchRollups(db, 300);
    if (!rollups)
        return failWith(QStringLiteral("roll-ups"), rollups.error());
    put(json, QStringLiteral("rollups"), rollups->wall);
    put(json, QStringLiteral("rollups_cpu"), rollups->cpu);

    // Feedback analyser (issue 11): texts per second on this thread.
    note(QStringLiteral("measuring the feedback analyser"));
    const AnalyseFigures analyse = benchAnalyse(std::max(3, rounds));
    json.insert(QStringLiteral("analyze_texts_per_s"), analyse.textsPerSecond);
    json.insert(QStringLiteral("analyze_texts_per_cpu_s"), analyse.textsPerCpuSecond);
    json.insert(QStringLiteral("analyze_mean_words"), analyse.meanWords);
    json.insert(QStringLiteral("analyze_texts"), analyse.texts);
    json.insert(QStringLiteral("analyze_reps"), analyse.rounds);
    json.insert(QStringLiteral("analyze_load_ms"), analyse.loadMs);

    // Find Duplicates (issue 10): every candidate pair in the file, by blocking.
    note(QStringLiteral("measuring Find Duplicates"));
    {
        Samples wall;
        Samples cpu;
        qsizetype pairs = 0;
        for (int i = 0; i < std::max(3, rounds / 4); ++i) {
            qint64 cpuNs = 0;
            Status failed;
            wall.add(timeNs(
                [&] {
                    auto found = DuplicateFinder(db).pairs();
                    if (!found)
                        failed = std::unexpected(found.error());
                    else
                        pairs = found->size();
                },
                &cpuNs));
            cpu.add(cpuNs);
            if (!failed)
                return failWith(QStringLiteral("duplicates"), failed.error());
        }
        put(json, QStringLiteral("duplicates"), wall.figure());
        put(json, QStringLiteral("duplicates_cpu"), cpu.figure());
        json.insert(QStringLiteral("duplicates_pairs"), qint64(pairs));
    }

    // Backups (issue 14): the checked copy made on closing and once a day, and checking one.
    note(QStringLiteral("measuring backups"));
    {
        QTemporaryDir folder;
        Samples made;
        Samples verified;
        for (int i = 0; i < 3; ++i) {
            const QString copy = folder.filePath(QStringLiteral("copy-%1.innkeep").arg(i));
            Status failed;
            made.add(timeNs([&] {
                if (auto written = BackupCopy::write(db, copy); !written)
                    failed = std::unexpected(written.error());
            }));
            if (!failed)
                return failWith(QStringLiteral("backup"), failed.error());
            verified.add(timeNs([&] {
                if (auto checked = BackupCopy::verify(copy); !checked)
                    failed = std::unexpected(checked.error());
            }));
            if (!failed)
                return failWith(QStringLiteral("backup verify"), failed.error());
        }
        put(json, QStringLiteral("backup_create"), made.figure());
        put(json, QStringLiteral("backup_verify"), verified.figure());
    }

    // Insights page (issue 12): what it computes before its first paint.
    note(QStringLiteral("measuring the KPIs"));
    auto kpis = benchKpis(db, clock, std::max(5, rounds));
    if (!kpis)
        return failWith(QStringLiteral("kpis"), kpis.error());
    json.insert(QStringLiteral("kpis_ms"), kpis->total.medianMs);
    json.insert(QStringLiteral("kpis_p99_ms"), kpis->total.p99Ms);
    json.insert(QStringLiteral("kpis_cpu_ms"), kpis->totalCpu.medianMs);
    json.insert(QStringLiteral("kpis_cpu_p99_ms"), kpis->totalCpu.p99Ms);
    json.insert(QStringLiteral("kpis_load_ms"), kpis->load.medianMs);
    json.insert(QStringLiteral("kpis_load_p99_ms"), kpis->load.p99Ms);
    json.insert(QStringLiteral("kpis_compute_ms"), kpis->compute.medianMs);
    json.insert(QStringLiteral("kpis_compute_p99_ms"), kpis->compute.p99Ms);
    json.insert(QStringLiteral("kpis_first_ms"), kpis->firstMs);
    json.insert(QStringLiteral("kpis_tiles_ms"), kpis->tiles.medianMs);
    json.insert(QStringLiteral("kpis_tiles_p99_ms"), kpis->tiles.p99Ms);
    json.insert(QStringLiteral("kpis_refilter_ms"), kpis->refilter.medianMs);
    json.insert(QStringLiteral("kpis_refilter_p99_ms"), kpis->refilter.p99Ms);
    json.insert(QStringLiteral("kpis_reps"), qint64(kpis->total.reps));
    json.insert(QStringLiteral("kpis_count"), kpis->kpis);
    json.insert(QStringLiteral("kpis_stays"), kpis->stays);

    const QString binDir = QCoreApplication::applicationDirPath();
    // CSV import.
    if (skip.contains(QStringLiteral("import"))) {
        for (const char *key : {"import_s", "import_sqlite_s", "import_ratio"}) {
            json.insert(QString::fromLatin1(key), QJsonValue::Null);
            unavailable.insert(QString::fromLatin1(key), QStringLiteral("skipped (--skip import)"));
        }
    } else {
        note(QStringLiteral("measuring CSV import"));
        const int reps = guestCount <= 20'000 ? 3 : 1;
        auto import = benchImport(db, work.path(), guestCount,
                                  QDir(binDir).filePath(QStringLiteral("innkeep-cli")), reps);
        if (!import)
            return failWith(QStringLiteral("import"), import.error());
        json.insert(QStringLiteral("import_rows"), import->rows);
        json.insert(QStringLiteral("import_csv_bytes"), import->csvBytes);
        json.insert(QStringLiteral("import_s"), import->innkeep.medianMs / 1000.0);
        json.insert(QStringLiteral("import_p99_s"), import->innkeep.p99Ms / 1000.0);
        json.insert(QStringLiteral("import_sqlite_s"), import->sqlite.medianMs / 1000.0);
        json.insert(QStringLiteral("import_sqlite_p99_s"), import->sqlite.p99Ms / 1000.0);
        json.insert(QStringLiteral("import_ratio"),
                    import->innkeep.medianMs / std::max(1e-9, import->sqlite.medianMs));
        json.insert(QStringLiteral("import_reps"), qint64(import->innkeep.reps));
        json.insert(QStringLiteral("import_cpu_s"), import->innkeepCpu.medianMs / 1000.0);
        json.insert(QStringLiteral("import_sqlite_cpu_s"), import->sqliteCpu.medianMs / 1000.0);
        json.insert(QStringLiteral("import_write_floor_s"), import->writeFloor.medianMs / 1000.0);
        json.insert(QStringLiteral("import_write_floor_p99_s"), import->writeFloor.p99Ms / 1000.0);
        QJsonObject parts;
        for (const auto &[table, seconds] : std::as_const(import->writeFloorParts))
            parts.insert(table, seconds);
        json.insert(QStringLiteral("import_write_floor_parts_s"), parts);
        QJsonObject rows;
        for (const auto &[table, count] : std::as_const(import->writeFloorRows))
            rows.insert(table, count);
        json.insert(QStringLiteral("import_write_floor_rows"), rows);
        json.insert(QStringLiteral("import_write_floor_ratio"),
                    import->innkeep.medianMs / std::max(1e-9, import->writeFloor.medianMs));
    }

    // Start to first paint.
    PaintFigures paint;
    if (skip.contains(QStringLiteral("paint"))) {
        paint.unavailable = QStringLiteral("skipped (--skip paint)");
    } else {
        note(QStringLiteral("measuring start to first paint"));
        paint = benchFirstPaint(QDir(binDir).filePath(QStringLiteral("innkeep")), path, 5);
    }
    if (paint.unavailable.isEmpty()) {
        json.insert(QStringLiteral("first_paint_ms"), paint.firstPaint.medianMs);
        json.insert(QStringLiteral("first_paint_p99_ms"), paint.firstPaint.p99Ms);
        json.insert(QStringLiteral("first_paint_reps"), qint64(paint.firstPaint.reps));
        json.insert(QStringLiteral("peak_rss_mb"), paint.peakRssMb);
        json.insert(QStringLiteral("first_paint_cpu_ms"), paint.cpu.medianMs);
    } else {
        json.insert(QStringLiteral("first_paint_ms"), QJsonValue::Null);
        json.insert(QStringLiteral("peak_rss_mb"), QJsonValue::Null);
        unavailable.insert(QStringLiteral("first_paint_ms"), paint.unavailable);
        unavailable.insert(QStringLiteral("peak_rss_mb"), paint.unavailable);
    }
    json.insert(QStringLiteral("unavailable"), unavailable);
    json.insert(QStringLiteral("loadavg_end"), loadAverage());

    QTextStream out(stdout);
    if (parser.isSet(jsonOption))
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out << formatTable(json) << Qt::flush;

    if (parser.isSet(checkOption)) {
        const QStringList missing = missingFigures(json);
        if (!missing.isEmpty()) {
            note(QStringLiteral("innkeep-bench --check: missing figures: %1")
                     .arg(missing.join(QStringLiteral(", "))));
            return 1;
        }
        note(QStringLiteral("innkeep-bench --check: all %1 figures present").arg(requiredKeys().size()));
    }
    return 0;
}

} // namespace

} // namespace innkeep::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("innkeep-bench"));
    return innkeep::bench::run();
}
