// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardimport.h"

#include "exchange/csvtable.h"
#include "exchange/vcardreader.h"
#include "storage/database.h"
#include "storage/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

namespace innkeep {

using namespace Qt::StringLiterals;

Result<GuestImportSummary> VCardImport::run(const QString &path, const GuestImportChoices &choices,
                                            bool dryRun)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(fileError(Error::Code::NotFound, path, tr("There is no file at this path.")));
    if (!info.isFile())
        return std::unexpected(
            fileError(Error::Code::InvalidInput, path,
                      tr("This is not a regular file (it is a folder, a device, a pipe or a "
                         "socket); import a .vcf file.")));
    if (info.size() > MaxBytes)
        return std::unexpected(fileError(Error::Code::InvalidInput, path,
                                         tr("The file is larger than %1 MB; split it and import the parts.")
                                             .arg(MaxBytes / (1024 * 1024))));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(fileError(Error::Code::Io, path, tr("The file could not be read.")));
    // Problems name the file as the guest import does: by its name.
    const QString named = info.fileName();
    auto contacts = VCardReader::read(file.readAll(), named);
    if (!contacts)
        return std::unexpected(contacts.error());

    qsizetype emailColumns = 1;
    qsizetype phoneColumns = 1;
    for (const VCardContact &contact : std::as_const(*contacts)) {
        emailColumns = std::max(emailColumns, contact.emails.size());
        phoneColumns = std::max(phoneColumns, contact.phones.size());
    }
    QStringList header{u"salutation"_s, u"given_name"_s,       u"family_name"_s,
                       u"full_name"_s,  u"latin_given_name"_s, u"latin_family_name"_s};
    for (qsizetype i = 0; i < emailColumns; ++i)
        header.append(i == 0 ? u"email"_s : u"email%1"_s.arg(i + 1));
    for (qsizetype i = 0; i < phoneColumns; ++i)
        header.append(i == 0 ? u"phone"_s : u"phone%1"_s.arg(i + 1));
    header << u"birthday"_s << u"anniversary"_s << u"company"_s << u"street"_s << u"address_line2"_s
           << u"city"_s << u"state"_s << u"postal_code"_s << u"country"_s << u"tags"_s << u"notes"_s
           << u"language"_s;
    // Cells as the contact has them: the import's own checks judge them.
    CsvTable table(header, CsvTable::Cells::AsWritten);
    for (const VCardContact &c : std::as_const(*contacts)) {
        const bool named = !c.given.isEmpty() || !c.family.isEmpty();
        const qsizetype space = c.latinName.indexOf(u' ');
        QStringList cells{c.prefix,
                          named ? c.given : QString(),
                          named ? c.family : QString(),
                          named ? QString() : c.fullName,
                          space > 0 ? c.latinName.left(space) : c.latinName,
                          space > 0 ? c.latinName.mid(space + 1) : QString()};
        for (qsizetype i = 0; i < emailColumns; ++i)
            cells.append(c.emails.value(i));
        for (qsizetype i = 0; i < phoneColumns; ++i)
            cells.append(c.phones.value(i));
        cells << c.birthday << c.anniversary << c.organisation << c.street << c.addressLine2 << c.city
              << c.state << c.postalCode << c.country << c.categories.join(u", "_s) << c.note << c.language;
        table.addRow(cells);
    }

    // The rows go through the guest import from a private file of their own.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return std::unexpected(
            fileError(Error::Code::Io, QDir::tempPath(), tr("No private scratch folder could be made.")));
    const QString rows = scratch.filePath(u"contacts.csv"_s);
    if (auto ok = createPrivateFile(rows); !ok)
        return std::unexpected(ok.error());
    QFile csv(rows);
    const QByteArray bytes = table.toCsv();
    if (!csv.open(QIODevice::WriteOnly) || csv.write(bytes) != bytes.size() || !csv.flush())
        return std::unexpected(
            fileError(Error::Code::Io, rows, tr("The contacts could not be prepared for the import.")));
    csv.close();

    // A problem on a line of the scratch file is one of the card that row came from: rows start
    // on line 2, and a cell with line breaks (a note) makes its row longer than one line.
    QHash<int, int> cardLine; // scratch file line -> vCard line
    int line = 2;
    for (qsizetype row = 0; row < table.rows().size(); ++row) {
        cardLine.insert(line, contacts->at(row).line);
        for (const QString &cell : table.rows().at(row))
            line += int(CsvTable::field(cell, CsvTable::Cells::AsWritten).count(u'\n'));
        ++line;
    }
    const auto remap = [&](Error error) {
        if (cardLine.contains(error.line)) {
            error.line = cardLine.value(error.line);
            error.file = named;
        } else if (error.file.contains(u"contacts.csv"_s)) {
            error.file = named;
            error.line = 0;
        }
        return error;
    };
    GuestCsvImport import(m_db);
    GuestImportChoices rowChoices = choices;
    rowChoices.ignoreUnknown = false;
    rowChoices.rejectsPath.clear();
    rowChoices.preset = u"none"_s; // the scratch file's columns are the import's own tokens
    rowChoices.dateFormat.clear();
    import.setChoices(rowChoices);
    auto summary = import.run(rows, dryRun);
    if (!summary)
        return std::unexpected(remap(summary.error()));
    summary->file = shown;
    for (Error &problem : summary->problems)
        problem = remap(problem);
    return summary;
}

} // namespace innkeep
