// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The guest importer fuzzed (PRODUCT.md, "bad input"): a good file mangled a few hundred seeded
// ways, each imported for real and as a dry run. Whatever the bytes, an import either adds every
// row or says where it stopped and changes nothing, and the dry run agrees with it.
#include "exchange/guestcsvimport.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QFile>
#include <QRandomGenerator>

using namespace innkeep;
using namespace innkeep::test;

namespace {

QByteArray goodFile()
{
    QFile file(QStringLiteral(INNKEEP_TEST_DATA "/csv/guests-good.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    // Enough rows for two worker batches, so a mangled row can sit in either.
    const QByteArray body = text.mid(text.indexOf('\n') + 1);
    for (int i = 0; i < 250; ++i)
        text += body;
    return text;
}

QByteArray mangle(QByteArray text, QRandomGenerator &random)
{
    static const QByteArray pieces[] = {
        "\"", ",", ";",  "\n",   "\r\n",       "\r", QByteArray(1, '\0'), "\xff", "\xc3", "\xe2\x80",
        "@",  "+", "\t", "\"\"", ",,,,,,,,,,", "Ω",  "\xef\xbb\xbf"};
    const int edits = 1 + int(random.bounded(4));
    for (int e = 0; e < edits && !text.isEmpty(); ++e) {
        const qsizetype at = qsizetype(random.bounded(quint32(text.size())));
        switch (random.bounded(6)) {
        case 0: // a byte replaced by anything
            text[at] = char(random.bounded(256));
            break;
        case 1: // something awkward inserted
            text.insert(at, pieces[random.bounded(int(std::size(pieces)))]);
            break;
        case 2: // a stretch deleted
            text.remove(at, 1 + qsizetype(random.bounded(40)));
            break;
        case 3: // cut short
            text.truncate(at);
            break;
        case 4: { // a line repeated somewhere else
            const qsizetype start = text.lastIndexOf('\n', at) + 1;
            const qsizetype end = text.indexOf('\n', at);
            text.insert(qsizetype(random.bounded(quint32(text.size()))),
                        text.mid(start, end < 0 ? -1 : end - start + 1));
            break;
        }
        default: // a field made very long
            text.insert(at, QByteArray(int(random.bounded(5000)), 'x'));
        }
    }
    return text;
}

} // namespace

TEST_CASE("Import fuzz: any bytes are imported whole or refused with file and line, changing nothing")
{
    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("AM")));
    const QByteArray good = goodFile();
    QRandomGenerator random(20261125);
    const QString path = t.filePath(QStringLiteral("mangled.csv"));
    int imported = 0;
    int refused = 0;
    for (int round = 0; round < 100; ++round) {
        const QByteArray bytes = mangle(good, random);
        writeBytes(path, bytes);
        const qint64 before = t.count(QStringLiteral("guests"));
        const qint64 logged = t.count(QStringLiteral("change_log"));
        CAPTURE(round, bytes.size());

        // Every round adds the same people again: added, not merged, so counts compare simply.
        GuestCsvImport checker(t.db());
        checker.setOnDuplicate(OnDuplicate::Add);
        GuestCsvImport importer(t.db());
        importer.setOnDuplicate(OnDuplicate::Add);
        auto check = checker.run(path, true);
        auto result = importer.run(path);
        if (result) {
            ++imported;
            CHECK(result->guests == result->rows);
            CHECK(t.count(QStringLiteral("guests")) == before + result->guests);
            // The dry run saw the same file the same way.
            REQUIRE(check.has_value());
            CHECK(check->problems.isEmpty());
            CHECK(check->guests == result->guests);
        } else {
            ++refused;
            const Error &error = result.error();
            INFO(error.toString().toStdString());
            CHECK(error.file == QStringLiteral("mangled.csv"));
            CHECK(error.line >= 1);
            CHECK_FALSE(error.message.isEmpty());
            CHECK(t.count(QStringLiteral("guests")) == before);
            CHECK(t.count(QStringLiteral("change_log")) == logged);
            // The dry run found it too (or could not read the file at all), at the same line.
            if (check) {
                REQUIRE_FALSE(check->problems.isEmpty());
                CHECK(check->problems.first().line == error.line);
            } else {
                CHECK(check.error().line == error.line);
            }
        }
    }
    // The seed gives both outcomes, so both branches above were exercised.
    CHECK(imported > 0);
    CHECK(refused > 0);
    WARN("fuzzed imports: " << imported << " added, " << refused << " refused");
}
