// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtable.h"

namespace innkeep {

void CsvTable::addRow(QStringList cells)
{
    cells.resize(m_header.size());
    m_rows.append(std::move(cells));
}

QString CsvTable::field(QString text, Cells cells, QChar separator)
{
    if (cells == Cells::GuardFormulas && !text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@')) {
        bool number = false;
        (void)text.toDouble(&number);
        if (!number)
            text.prepend(u'\'');
    }
    const bool quote = text.contains(separator) || text.contains(u'"') || text.contains(u'\r')
                       || text.contains(u'\n') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QByteArray CsvTable::toCsv() const
{
    return toCsv(u',', false);
}

QByteArray CsvTable::toCsv(QChar separator, bool byteOrderMark) const
{
    QString text;
    if (byteOrderMark)
        text += QChar(0xfeff);
    const auto line = [this, &text, separator](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += separator;
            text += field(cells.at(i), m_cells, separator);
        }
        text += QStringLiteral("\r\n");
    };
    line(m_header);
    for (const QStringList &row : m_rows)
        line(row);
    return text.toUtf8();
}

} // namespace innkeep
