// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvcolumns.h"

#include "common/textfield.h"

#include <QSet>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

Error invalid(const QString &field, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, field, {}, 0};
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u"\"%1\""_s.arg(TextField::quoted(name)));
    return quoted.join(u", "_s);
}

} // namespace

QString CsvColumns::canonical(const QString &header)
{
    QString key;
    key.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

QString CsvColumns::recognise(const QString &header, const QStringList &fields,
                              const QHash<QString, QString> &aliases)
{
    const QString key = canonical(header);
    for (const QString &field : fields) {
        if (canonical(field) == key)
            return field;
    }
    return aliases.value(key);
}

Result<QHash<QString, QString>> CsvColumns::overridesOf(const QStringList &header,
                                                        const QHash<QString, QString> &overrides)
{
    QHash<QString, QString> lowerOverrides;
    QSet<QString> lowerHeader;
    for (const QString &name : header)
        lowerHeader.insert(name.trimmed().toLower());
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        // A mapping for a column the file does not have is a typo, not a wish: say so.
        if (!lowerHeader.contains(it.key().trimmed().toLower()))
            return fail(
                Error::Code::InvalidInput,
                tr("--map names the column \"%1\", which the file does not have; its columns are: %2.")
                    .arg(TextField::quoted(it.key()), quotedList(header)),
                u"map"_s);
        lowerOverrides.insert(it.key().trimmed().toLower(), it.value().trimmed());
    }
    return lowerOverrides;
}

Result<CsvColumns> CsvColumns::fromHeader(const QStringList &header, const QStringList &fields,
                                          const QHash<QString, QString> &aliases,
                                          const QHash<QString, QString> &overrides, bool ignoreUnknown)
{
    const auto recognise = [&](const QString &name) { return CsvColumns::recognise(name, fields, aliases); };
    const auto mapped = overridesOf(header, overrides);
    if (!mapped)
        return std::unexpected(mapped.error());
    const QHash<QString, QString> &lowerOverrides = *mapped;

    CsvColumns columns;
    columns.m_columns = header.size();
    QStringList unknown;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString &name = header.at(i);
        QString field;
        bool ignore = false;
        if (auto it = lowerOverrides.constFind(name.trimmed().toLower()); it != lowerOverrides.cend()) {
            ignore = it->compare(u"ignore"_s, Qt::CaseInsensitive) == 0;
            field = ignore ? QString() : recognise(*it);
            if (!ignore && field.isEmpty())
                return std::unexpected(invalid(
                    u"map"_s, tr("--map: \"%1\" is not a field of this import; use one of: %2, ignore.")
                                  .arg(TextField::quoted(*it), fields.join(u", "_s))));
        } else if (name.trimmed().isEmpty()) {
            continue; // a trailing separator in the header
        } else {
            field = recognise(name);
            // A column the importer knows is not to be read (another file's ids, a derived value).
            ignore = field == u"ignore"_s || (field.isEmpty() && ignoreUnknown);
            if (ignore)
                field.clear();
        }
        if (ignore) {
            columns.m_ignored.append(name);
            continue;
        }
        if (field.isEmpty()) {
            unknown.append(name);
            continue;
        }
        if (columns.m_index.contains(field))
            return std::unexpected(invalid(name, tr("Two columns are both read as %1.").arg(field)));
        columns.m_index.insert(field, i);
    }
    if (!unknown.isEmpty())
        return std::unexpected(invalid(
            QString(), tr("Unknown column(s) %1; map them to a field with --map \"header=field\" or to "
                          "\"ignore\" (or ignore every unknown column with --ignore-unknown). Fields: %2.")
                           .arg(quotedList(unknown), fields.join(u", "_s))));
    return columns;
}

QString CsvColumns::cell(const QStringList &record, const QString &field) const
{
    const qsizetype column = m_index.value(field, -1);
    if (column < 0 || column >= record.size())
        return {};
    QString text = record.at(column).trimmed();
    if (text.size() > 1 && text.front() == u'\''
        && (text.at(1) == u'=' || text.at(1) == u'+' || text.at(1) == u'-' || text.at(1) == u'@'))
        text.remove(0, 1);
    return text;
}

Status CsvColumns::checkWidth(const QStringList &record) const
{
    for (qsizetype i = m_columns; i < record.size(); ++i) {
        if (!record.at(i).trimmed().isEmpty())
            return std::unexpected(
                invalid(QString(), tr("This row has %1 fields but the header has %2.")
                                       .arg(QString::number(record.size()), QString::number(m_columns))));
    }
    return {};
}

} // namespace innkeep
