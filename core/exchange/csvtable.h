// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace innkeep {

// One table as an RFC 4180 CSV file: UTF-8 without a byte-order mark, CRLF line ends, a field
// quoted (doubling its quotes) when it holds the separator, a quote, CR or LF, or starts or ends with a
// space; a text a spreadsheet would run as a formula (starting with =, +, - or @ and not a number)
// gets a leading apostrophe. The header row comes first; every row has the header's number of
// fields. Every CSV the app writes (reports, Insights tables and lists) writes its fields so.
class CsvTable final
{
public:
    // Formulas: a cell that a spreadsheet would run (=, +, -, @ and not a number) gets a leading
    // apostrophe. AsWritten: cells go out exactly as they came in (an import's rejected rows, to be
    // fixed and imported again: "+374 91 234567" must stay a phone number).
    enum class Cells { GuardFormulas, AsWritten };
    explicit CsvTable(QStringList header, Cells cells = Cells::GuardFormulas)
        : m_header(std::move(header)), m_cells(cells)
    {}

    // Cells beyond the header's count are dropped, missing ones are empty.
    void addRow(QStringList cells);
    [[nodiscard]] const QStringList &header() const { return m_header; }
    [[nodiscard]] const QList<QStringList> &rows() const { return m_rows; }
    [[nodiscard]] QByteArray toCsv() const;
    // The same with another field separator (';' for spreadsheets in locales whose decimal mark is
    // a comma) and, for spreadsheets that guess the encoding, a UTF-8 byte-order mark first.
    [[nodiscard]] QByteArray toCsv(QChar separator, bool byteOrderMark) const;

    [[nodiscard]] static QString field(QString text, Cells cells = Cells::GuardFormulas,
                                       QChar separator = u',');

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    Cells m_cells = Cells::GuardFormulas;
};

} // namespace innkeep
