// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV files as they arrive (issue 16, items 3, 6 and 9): read through a bounded buffer, in
// UTF-16 or UTF-32 when that is certain, never from a device or a pipe, and with control
// characters refused where they are.
#include "exchange/csvreader.h"
#include "exchange/guestcsvimport.h"
#include "guests/guestservice.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>

#include <sys/stat.h>

using namespace innkeep;
using namespace innkeep::test;

namespace {

QString csv(const char *name)
{
    return QStringLiteral(INNKEEP_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

struct Reading
{
    QList<QStringList> records;
    QList<int> lines;
    std::optional<Error> error;
};

Reading readAll(CsvReader &reader)
{
    Reading reading;
    QStringList record;
    for (;;) {
        auto more = reader.next(record);
        if (!more) {
            reading.error = more.error();
            break;
        }
        if (!*more)
            break;
        reading.records.append(record);
        reading.lines.append(reader.line());
    }
    return reading;
}

Reading readBytesAsCsv(const QByteArray &bytes)
{
    CsvReader reader(bytes, QStringLiteral("t.csv"));
    return readAll(reader);
}

QString goodText()
{
    QString text = QString::fromUtf8(readBytes(csv("guests-good.csv")));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // without its byte-order mark
    return text;
}

} // namespace

TEST_CASE("CSV files: UTF-16 and UTF-32, with a byte-order mark or the NUL pattern of ASCII, read as the "
          "UTF-8 file")
{
    const Reading utf8 = readBytesAsCsv(readBytes(csv("guests-good.csv")));
    REQUIRE_FALSE(utf8.error.has_value());
    REQUIRE(utf8.records.size() == 5);
    const QString text = goodText();
    const std::pair<QStringConverter::Encoding, QByteArray> encodings[] = {
        {QStringConverter::Utf16LE, QByteArray("\xFF\xFE")},
        {QStringConverter::Utf16BE, QByteArray("\xFE\xFF")},
        {QStringConverter::Utf32LE, QByteArray("\xFF\xFE\0\0", 4)},
        {QStringConverter::Utf32BE, QByteArray("\0\0\xFE\xFF", 4)}};
    for (const auto &[encoding, bom] : encodings) {
        for (const bool withBom : {true, false}) {
            CAPTURE(int(encoding), withBom);
            QStringEncoder encoder(encoding);
            const QByteArray bytes = (withBom ? bom : QByteArray()) + QByteArray(encoder.encode(text));
            const Reading wide = readBytesAsCsv(bytes);
            REQUIRE_FALSE(wide.error.has_value());
            CHECK(wide.records == utf8.records);
            CHECK(wide.lines == utf8.lines);
        }
    }
}

TEST_CASE("CSV files: a UTF-16 surrogate pair split between two chunks of the file is read whole")
{
    QStringEncoder encoder(QStringConverter::Utf16LE);
    QByteArray bytes = QByteArray("\xFF\xFE") + QByteArray(encoder.encode(u"name\n"));
    const qsizetype chunk = 4 * 1024 * 1024; // CsvReader's chunk: the pair's halves fall either side
    while (bytes.size() < chunk - 4096)
        bytes += QByteArray(encoder.encode(u"Anna\n"));
    const qsizetype filler = (chunk - bytes.size() - 2) / 2;
    const QString split = QString(filler, u'X') + QStringLiteral("\U0001F600") + QStringLiteral("ok");
    bytes += QByteArray(encoder.encode(split + u'\n'));
    REQUIRE(bytes.mid(chunk - 2, 4) == QByteArray(encoder.encode(QStringLiteral("\U0001F600"))));
    const Reading reading = readBytesAsCsv(bytes);
    REQUIRE_FALSE(reading.error.has_value());
    CHECK(reading.records.constLast() == QStringList{split});
}

TEST_CASE("CSV files: a UTF-16 or UTF-32 file imports the same guests as its UTF-8 original")
{
    for (const char *name :
         {"guests-utf16le-bom.csv", "guests-utf16be-nobom.csv", "guests-utf32le-nobom.csv"}) {
        CAPTURE(name);
        TempDatabase t;
        REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("AM")));
        auto summary = GuestCsvImport(t.db()).run(csv(name));
        REQUIRE_OK(summary);
        CHECK(summary->guests == 4);
        Statement find(t.db(),
                       QStringLiteral("SELECT given_name FROM guests WHERE latin_family_name = 'Petrosyan'"));
        auto given = find.scalar();
        REQUIRE_OK(given);
        CHECK(given->toString() == QStringLiteral("Արամ"));
    }
}

TEST_CASE("CSV files: NUL bytes on the first line in no UTF-16 or UTF-32 pattern are refused, naming what "
          "was found")
{
    for (const QByteArray &bytes :
         {QByteArray("giv\0en_name,family_name\nA,B\n", 28), QByteArray("\0\x01\x02\x03\x04\x05", 6),
          QByteArray("a\0\0b\0\0\0c,d\n", 11)}) {
        CAPTURE(bytes.toHex().toStdString());
        const Reading reading = readBytesAsCsv(bytes);
        REQUIRE(reading.error.has_value());
        CHECK(reading.records.isEmpty());
        CHECK(reading.error->file == QStringLiteral("t.csv"));
        CHECK(reading.error->line == 1);
        CHECK(reading.error->message.contains(QStringLiteral("NUL")));
        CHECK(reading.error->message.contains(QStringLiteral("encoding found: unknown")));
    }
    // A lone surrogate in UTF-16 is named at its line and column.
    const Reading lone = readBytesAsCsv(QByteArray("\xFF\xFE")
                                        + QByteArray("a\0,\0b\0\n\0"
                                                     "1\0,\0\x00\xD8x\0\n\0",
                                                     18));
    REQUIRE(lone.error.has_value());
    CHECK(lone.error->toString().startsWith(QStringLiteral("t.csv:2: b: ")));
    CHECK(lone.error->message.contains(QStringLiteral("not valid UTF-16 (little-endian) text")));
    // A UTF-16 file cut in the middle of a character.
    QStringEncoder encoder(QStringConverter::Utf16LE);
    const Reading cut =
        readBytesAsCsv(QByteArray("\xFF\xFE") + QByteArray(encoder.encode(u"a,b\n1,2\n")).chopped(1));
    REQUIRE(cut.error.has_value());
    CHECK(cut.error->message.contains(QStringLiteral("UTF-16 (little-endian)")));
}

TEST_CASE("CSV files: a NUL or control character in a field is an error naming file, line and column")
{
    const auto errorOf = [](const QByteArray &bytes) {
        const Reading reading = readBytesAsCsv(bytes);
        REQUIRE(reading.error.has_value());
        return *reading.error;
    };
    Error nul = errorOf(QByteArray("given,family\nAnna,Lee\nBen,Sm\0ith\n", 33));
    CHECK(nul.toString().startsWith(QStringLiteral("t.csv:3: family: ")));
    CHECK(nul.message.contains(QStringLiteral("U+0000")));

    Error escape = errorOf("given,family\n\x1B[31mAnna,Lee\n");
    CHECK(escape.toString().startsWith(QStringLiteral("t.csv:2: given: ")));
    CHECK(escape.message.contains(QStringLiteral("U+001B")));

    // In a quoted field that spans lines, the line of the character itself.
    Error quoted = errorOf("given,notes\nAnna,\"first line\nsecond \x07 line\"\n");
    CHECK(quoted.toString().startsWith(QStringLiteral("t.csv:3: notes: ")));

    // In the header, the column by number.
    Error header = errorOf("given,fam\x01ily\nAnna,Lee\n");
    CHECK(header.toString().startsWith(QStringLiteral("t.csv:1: column 2: ")));

    // Tabs, CR and LF inside quotes, and DEL, are text.
    const Reading fine = readBytesAsCsv("given,notes\nAnna,\"a\tb\r\nc\x7F\"\n");
    REQUIRE_FALSE(fine.error.has_value());
    CHECK(fine.records.at(1).at(1) == QStringLiteral("a\tb\r\nc\x7F"));

    // The golden files, imported: nothing is added and the message points at the cell.
    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("AM")));
    for (const auto &[name, where] :
         {std::pair{"guests-nul-in-field.csv", "guests-nul-in-field.csv:3: family_name: "},
          std::pair{"guests-escape-in-field.csv", "guests-escape-in-field.csv:2: family_name: "}}) {
        for (const bool dryRun : {false, true}) {
            CAPTURE(name, dryRun);
            auto result = GuestCsvImport(t.db()).run(csv(name), dryRun);
            const Error error = result ? result->problems.value(0) : result.error();
            CHECK(error.toString().startsWith(QString::fromUtf8(where)));
            CHECK(t.count(QStringLiteral("guests")) == 0);
        }
    }
}

TEST_CASE("CSV files: after a bad cell the reader reads on, and a dry run lists every bad row in file order")
{
    CsvReader reader(QByteArray("given,family\nA\x1B,B\nC,D\nE,\"F\nG\x01\"\nH,I\n"),
                     QStringLiteral("t.csv"));
    QStringList record;
    REQUIRE(reader.next(record).value_or(false)); // the header
    auto first = reader.next(record);
    REQUIRE_FALSE(first.has_value());
    CHECK(first.error().toString().startsWith(QStringLiteral("t.csv:2: given: ")));
    REQUIRE(reader.canReadOn());
    REQUIRE(reader.next(record).value_or(false));
    CHECK(record == QStringList{QStringLiteral("C"), QStringLiteral("D")});
    auto second = reader.next(record);
    REQUIRE_FALSE(second.has_value());
    CHECK(second.error().toString().startsWith(QStringLiteral("t.csv:5: family: ")));
    REQUIRE(reader.canReadOn());
    REQUIRE(reader.next(record).value_or(false));
    CHECK(reader.line() == 6);
    CHECK_FALSE(reader.next(record).value_or(true));

    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("AM")));
    const QString path = t.filePath(QStringLiteral("two-bad.csv"));
    writeBytes(path,
               "given_name,family_name,email\nAnna,Lee\x1B[2J,\nBen,Smith,ben@\nCara,Diaz\x07,\nDan,Eve,\n");
    auto dry = GuestCsvImport(t.db()).run(path, true);
    REQUIRE_OK(dry);
    CHECK(dry->rows == 4);
    CHECK(dry->guests == 1);
    REQUIRE(dry->problems.size() == 3);
    CHECK(dry->problems.at(0).toString().startsWith(QStringLiteral("two-bad.csv:2: family_name: ")));
    CHECK(dry->problems.at(1).line == 3);
    CHECK(dry->problems.at(2).toString().startsWith(QStringLiteral("two-bad.csv:4: family_name: ")));
    auto real = GuestCsvImport(t.db()).run(path);
    REQUIRE_FALSE(real.has_value());
    CHECK(real.error().toString() == dry->problems.at(0).toString());
    CHECK(t.count(QStringLiteral("guests")) == 0);
}

TEST_CASE("CSV files: a record longer than 1 MiB is an error at its line, whatever comes after it")
{
    const QByteArray longField(CsvReader::MaxRecordBytes, 'x');
    const Reading unquoted = readBytesAsCsv("a,b\n1,2\n3," + longField + "\n5,6\n");
    REQUIRE(unquoted.error.has_value());
    CHECK(unquoted.records.size() == 2);
    CHECK(unquoted.error->toString().startsWith(QStringLiteral("t.csv:3: ")));
    CHECK(unquoted.error->message.contains(QStringLiteral("1 MiB")));

    // An unclosed quote at the start of a long file is "too long", found after 1 MiB, not at the end.
    const Reading quoted = readBytesAsCsv("a,b\n\"" + QByteArray(3 * CsvReader::MaxRecordBytes, 'y') + "\n");
    REQUIRE(quoted.error.has_value());
    CHECK(quoted.error->line == 2);
    CHECK(quoted.error->message.contains(QStringLiteral("1 MiB")));

    // Just under the limit is read whole.
    const QByteArray under(CsvReader::MaxRecordBytes - 16, 'z');
    const Reading fits = readBytesAsCsv("a,b\n1,\"" + under + "\"\n3,4\n");
    REQUIRE_FALSE(fits.error.has_value());
    REQUIRE(fits.records.size() == 3);
    CHECK(fits.records.at(1).at(1).size() == under.size());
}

TEST_CASE("CSV files: records that cross the reader's chunks are read exactly, with their physical lines")
{
    // About 12 MiB, so that every kind of record and line break falls on some chunk boundary.
    QByteArray bytes = "given,notes,room\r\n";
    QList<QStringList> expected{{QStringLiteral("given"), QStringLiteral("notes"), QStringLiteral("room")}};
    QList<int> lines{1};
    int line = 2;
    for (int i = 0; bytes.size() < 12 * 1024 * 1024; ++i) {
        const QByteArray n = QByteArray::number(i);
        switch (i % 5) {
        case 0:
            bytes += "Anna" + n + ",plain,1" + n + "\r\n";
            expected.append({QStringLiteral("Anna") + QString::number(i), QStringLiteral("plain"),
                             QStringLiteral("1") + QString::number(i)});
            lines.append(line++);
            break;
        case 1:
            bytes += "\"Ben, " + n + "\",\"two\r\nlines \"\"quoted\"\"\"," + n + "\n";
            expected.append({QStringLiteral("Ben, ") + QString::number(i),
                             QStringLiteral("two\r\nlines \"quoted\""), QString::number(i)});
            lines.append(line);
            line += 2;
            break;
        case 2:
            bytes += "\r\n\n\r"; // empty lines, a lone CR among them
            line += 3;
            bytes += "Cara" + n + "," + QByteArray(int(i % 997), 'n') + ",\n";
            expected.append(
                {QStringLiteral("Cara") + QString::number(i), QString(int(i % 997), u'n'), QString()});
            lines.append(line++);
            break;
        case 3:
            bytes += "Արամ" + n + ",\"\",\"" + QByteArray(int(i % 4093), 'q') + "\"\r";
            expected.append(
                {QStringLiteral("Արամ") + QString::number(i), QString(), QString(int(i % 4093), u'q')});
            lines.append(line++);
            break;
        default:
            bytes += "Dan" + n + "\n";
            expected.append({QStringLiteral("Dan") + QString::number(i)});
            lines.append(line++);
        }
    }
    TempDatabase t;
    const QString path = t.filePath(QStringLiteral("big.csv"));
    writeBytes(path, bytes);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader fromFile(file, QStringLiteral("big.csv"), file.size());
    const Reading streamed = readAll(fromFile);
    REQUIRE_FALSE(streamed.error.has_value());
    REQUIRE(streamed.records.size() == expected.size());
    CHECK(streamed.records == expected);
    CHECK(streamed.lines == lines);
    CHECK(fromFile.position() == bytes.size());
}

TEST_CASE("CSV files: a file that shrinks or grows while it is read is an error, never a crash")
{
    TempDatabase t;
    const QString path = t.filePath(QStringLiteral("moving.csv"));
    QByteArray bytes = "given,family\n";
    while (bytes.size() < 10 * 1024 * 1024)
        bytes += "Anna,Lee\n";
    for (const qint64 newSize : {qint64(1000), qint64(bytes.size()) + 5000}) {
        CAPTURE(newSize);
        writeBytes(path, bytes);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CsvReader reader(file, QStringLiteral("moving.csv"), file.size());
        QStringList record;
        for (int i = 0; i < 10; ++i)
            REQUIRE(reader.next(record).value_or(false));
        if (newSize < bytes.size()) {
            REQUIRE(QFile::resize(path, newSize));
        } else {
            QFile more(path);
            REQUIRE(more.open(QIODevice::Append));
            REQUIRE(more.write(QByteArray(5000 / 5, 'x').replace("xxxxx", "A,B\n\n")) > 0);
        }
        const Reading rest = readAll(reader);
        REQUIRE(rest.error.has_value());
        CHECK(rest.error->file == QStringLiteral("moving.csv"));
        CHECK(rest.error->message.contains(QStringLiteral("changed while it was being read")));
    }
}

TEST_CASE("Import: a device, a pipe or a folder is refused before anything is read")
{
    TempDatabase t;
    QElapsedTimer timer;
    timer.start();
    for (const QString &device : {QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom")}) {
        auto result = GuestCsvImport(t.db()).run(device, true);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == Error::Code::Io);
        CHECK(result.error().file == device);
        CHECK(result.error().message.contains(QStringLiteral("not a regular file")));
        CHECK_FALSE(GuestCsvImport::preview(device).has_value());
    }
    const QString fifo = t.filePath(QStringLiteral("guests.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    auto pipe = GuestCsvImport(t.db()).run(fifo); // would wait for a writer if it were opened
    REQUIRE_FALSE(pipe.has_value());
    CHECK(pipe.error().message.contains(QStringLiteral("not a regular file")));
    auto pipePreview = GuestCsvImport::preview(fifo);
    REQUIRE_FALSE(pipePreview.has_value());

    auto folder = GuestCsvImport(t.db()).run(t.filePath(QString()));
    REQUIRE_FALSE(folder.has_value());
    CHECK(folder.error().message.contains(QStringLiteral("folder")));
    CHECK(timer.elapsed() < 5000);
    CHECK(t.count(QStringLiteral("guests")) == 0);
}
