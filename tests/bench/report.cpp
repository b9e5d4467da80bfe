// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QJsonArray>

namespace innkeep::bench {

namespace {

QString number(const QJsonValue &v, int decimals = 2)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', decimals) : QStringLiteral("n/a");
}

struct Row
{
    const char *label;
    const char *median;
    const char *p99;
    const char *reps;
    const char *unit;
    const char *cpu; // the CPU-time p99 (or median for processes), when measured
};

} // namespace

const QStringList &requiredKeys()
{
    static const QStringList keys{
        QStringLiteral("guests"), QStringLiteral("search_p50_ms"), QStringLiteral("search_p99_ms"),
        QStringLiteral("search_sql_p99_ms"), QStringLiteral("search_ratio"), QStringLiteral("profile_p99_ms"),
        QStringLiteral("queue_p99_ms"), QStringLiteral("rollups_p99_ms"), QStringLiteral("import_s"),
        QStringLiteral("import_sqlite_s"), QStringLiteral("import_ratio"), QStringLiteral("first_paint_ms"),
        QStringLiteral("peak_rss_mb"), QStringLiteral("db_bytes_per_guest"),
        // Beyond the minimum: the other figures the table prints.
        QStringLiteral("open_p99_ms"), QStringLiteral("handover_p99_ms"), QStringLiteral("cores"),
        QStringLiteral("import_write_floor_s"), QStringLiteral("analyze_texts_per_s"),
        QStringLiteral("kpis_ms"), QStringLiteral("kpis_load_ms"), QStringLiteral("kpis_compute_ms")};
    return keys;
}

QStringList missingFigures(const QJsonObject &report)
{
    QStringList missing;
    const QJsonObject unavailable = report.value(QStringLiteral("unavailable")).toObject();
    for (const QString &key : requiredKeys()) {
        const QJsonValue v = report.value(key);
        if (v.isDouble())
            continue;
        if (v.isNull() && unavailable.value(key).isString() && !unavailable.value(key).toString().isEmpty())
            continue;
        missing.append(key);
    }
    return missing;
}

QString formatTable(const QJsonObject &r)
{
    QString out;
    const QJsonObject counts = r.value(QStringLiteral("counts")).toObject();
    out += QStringLiteral("innkeep-bench  %1  seed %2  cores %3  Qt %4  SQLite %5\n")
               .arg(r.value(QStringLiteral("date")).toString())
               .arg(r.value(QStringLiteral("seed")).toInteger())
               .arg(r.value(QStringLiteral("cores")).toInteger())
               .arg(r.value(QStringLiteral("qt")).toString(), r.value(QStringLiteral("sqlite")).toString());
    out += QStringLiteral("data: %1 guests, %2 stays, %3 tickets, %4 feedback, %5 preferences, %6 notes, %7 "
                          "change-log rows\n")
               .arg(counts.value(QStringLiteral("guests")).toInteger())
               .arg(counts.value(QStringLiteral("stays")).toInteger())
               .arg(counts.value(QStringLiteral("tickets")).toInteger())
               .arg(counts.value(QStringLiteral("feedback")).toInteger())
               .arg(counts.value(QStringLiteral("preferences")).toInteger())
               .arg(counts.value(QStringLiteral("notes")).toInteger())
               .arg(counts.value(QStringLiteral("change_log")).toInteger());
    out += QStringLiteral("build: %1 s (%2 ms/guest), file %3 MB = %4 bytes/guest\n\n")
               .arg(number(r.value(QStringLiteral("build_s")), 1),
                    number(r.value(QStringLiteral("build_ms_per_guest")), 3),
                    number(QJsonValue(r.value(QStringLiteral("db_bytes")).toDouble() / 1048576.0), 1),
                    number(r.value(QStringLiteral("db_bytes_per_guest")), 0));

    static const Row rows[] = {
        {"open (Database::open)", "open_p50_ms", "open_p99_ms", "open_reps", "ms", ""},
        {"first search after open", "first_search_p50_ms", "first_search_p99_ms", "open_reps", "ms", ""},
        {"search (GuestSearch::search)", "search_p50_ms", "search_p99_ms", "search_reps", "ms",
         "search_cpu_p99_ms"},
        {"search, bare SQL floor", "search_sql_p50_ms", "search_sql_p99_ms", "search_reps", "ms",
         "search_sql_cpu_p99_ms"},
        {"profile with full history", "profile_p50_ms", "profile_p99_ms", "profile_reps", "ms",
         "profile_cpu_p99_ms"},
        {"ticket queue, first page", "queue_p50_ms", "queue_p99_ms", "queue_reps", "ms", "queue_cpu_p99_ms"},
        {"shift handover", "handover_p50_ms", "handover_p99_ms", "handover_reps", "ms",
         "handover_cpu_p99_ms"},
        {"guest list page + roll-ups (50)", "rollups_p50_ms", "rollups_p99_ms", "rollups_reps", "ms",
         "rollups_cpu_p99_ms"},
        {"Find Duplicates, every pair", "duplicates_p50_ms", "duplicates_p99_ms", "duplicates_reps", "ms",
         "duplicates_cpu_p99_ms"},
        {"CSV import, innkeep-cli", "import_s", "import_p99_s", "import_reps", "s", "import_cpu_s"},
        {"CSV import, sqlite3 .import", "import_sqlite_s", "import_sqlite_p99_s", "import_reps", "s",
         "import_sqlite_cpu_s"},
        {"import's rows, SQLite alone", "import_write_floor_s", "import_write_floor_p99_s", "import_reps",
         "s", ""},
        {"KPIs: load + board + charts", "kpis_ms", "kpis_p99_ms", "kpis_reps", "ms", "kpis_cpu_p99_ms"},
        {"KPIs: KpiFacts::load", "kpis_load_ms", "kpis_load_p99_ms", "kpis_reps", "ms", ""},
        {"KPIs: board + charts", "kpis_compute_ms", "kpis_compute_p99_ms", "kpis_reps", "ms", ""},
        {"KPIs: tiles from resident facts", "kpis_tiles_ms", "kpis_tiles_p99_ms", "kpis_reps", "ms", ""},
        {"KPIs: a filter changed (narrowed + board)", "kpis_refilter_ms", "kpis_refilter_p99_ms", "kpis_reps",
         "ms", ""},
        {"start to first paint", "first_paint_ms", "first_paint_p99_ms", "first_paint_reps", "ms",
         "first_paint_cpu_ms"},
    };
    out += QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("figure"), -34)
               .arg(QStringLiteral("median"), 10)
               .arg(QStringLiteral("p99"), 10)
               .arg(QStringLiteral("reps"), 6)
               .arg(QStringLiteral("CPU p99*"), 10);
    for (const Row &row : rows) {
        out += QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(QString::fromLatin1(row.label) + QStringLiteral(" (") + QString::fromLatin1(row.unit)
                            + QLatin1Char(')'),
                        -34)
                   .arg(number(r.value(QLatin1String(row.median)), 3), 10)
                   .arg(number(r.value(QLatin1String(row.p99)), 3), 10)
                   .arg(r.value(QLatin1String(row.reps)).toInteger(), 6)
                   .arg(*row.cpu ? number(r.value(QLatin1String(row.cpu)), 3) : QString(), 10);
    }
    out +=
        QStringLiteral("* CPU time of the measuring thread (p99); for processes the child's user+system time "
                       "(median). Load average %1 at start, %2 at end.\n")
            .arg(number(r.value(QStringLiteral("loadavg_start"))),
                 number(r.value(QStringLiteral("loadavg_end"))));
    out +=
        QStringLiteral(
            "\nsearch ratio core/SQL: p99 %1x, median %2x, CPU p99 %5x;  import ratio innkeep/sqlite3: %3x "
            "(innkeep/SQLite alone writing the same rows: %6x);  peak RSS of first-paint run: %4 MB\n")
            .arg(number(r.value(QStringLiteral("search_ratio"))),
                 number(r.value(QStringLiteral("search_ratio_p50"))),
                 number(r.value(QStringLiteral("import_ratio"))),
                 number(r.value(QStringLiteral("peak_rss_mb")), 1),
                 number(r.value(QStringLiteral("search_cpu_ratio"))),
                 number(r.value(QStringLiteral("import_write_floor_ratio"))));

    out += QStringLiteral(
               "feedback analyser: %1 texts/s on one thread, %6 per CPU second (%2 texts of %3 "
               "words on average, %4 rounds); first call (lists loaded, English weights trained) %5 ms\n")
               .arg(number(r.value(QStringLiteral("analyze_texts_per_s")), 0),
                    QString::number(r.value(QStringLiteral("analyze_texts")).toInteger()),
                    number(r.value(QStringLiteral("analyze_mean_words")), 1),
                    QString::number(r.value(QStringLiteral("analyze_reps")).toInteger()),
                    number(r.value(QStringLiteral("analyze_load_ms")), 0),
                    number(r.value(QStringLiteral("analyze_texts_per_cpu_s")), 0));

    out += QStringLiteral("KPIs: %1 in this build, over %2 counted stays; first round (cold cache) %3 ms\n")
               .arg(QString::number(r.value(QStringLiteral("kpis_count")).toInteger()),
                    QString::number(r.value(QStringLiteral("kpis_stays")).toInteger()),
                    number(r.value(QStringLiteral("kpis_first_ms")), 0));

    const QJsonObject parts = r.value(QStringLiteral("import_write_floor_parts_s")).toObject();
    if (!parts.isEmpty()) {
        const QJsonObject rows = r.value(QStringLiteral("import_write_floor_rows")).toObject();
        out += QStringLiteral("import's rows written by SQLite alone, by table (s, rows):");
        for (auto it = parts.constBegin(); it != parts.constEnd(); ++it) {
            out += QStringLiteral(" %1 %2").arg(it.key(), number(it.value(), 3));
            if (rows.contains(it.key()))
                out += QStringLiteral(" (%1)").arg(rows.value(it.key()).toInteger());
        }
        out += QLatin1Char('\n');
    }

    const QJsonObject kinds = r.value(QStringLiteral("search_by_kind")).toObject();
    out += QStringLiteral(
        "\nsearch by kind of input (ms)        core p50   core p99    SQL p50    SQL p99   reps\n");
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it) {
        const QJsonObject k = it.value().toObject();
        out += QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(it.key(), -32)
                   .arg(number(k.value(QStringLiteral("p50_ms")), 3), 10)
                   .arg(number(k.value(QStringLiteral("p99_ms")), 3), 10)
                   .arg(number(k.value(QStringLiteral("sql_p50_ms")), 3), 10)
                   .arg(number(k.value(QStringLiteral("sql_p99_ms")), 3), 10)
                   .arg(k.value(QStringLiteral("reps")).toInteger(), 6);
    }
    const QJsonArray examples = r.value(QStringLiteral("search_examples")).toArray();
    QStringList shown;
    for (const QJsonValue &e : examples)
        shown.append(e.toString());
    out += QStringLiteral("  e.g. %1\n").arg(shown.join(QStringLiteral(" | ")));

    const QJsonObject unavailable = r.value(QStringLiteral("unavailable")).toObject();
    for (auto it = unavailable.constBegin(); it != unavailable.constEnd(); ++it)
        out += QStringLiteral("n/a %1: %2\n").arg(it.key(), it.value().toString());
    return out;
}

} // namespace innkeep::bench
