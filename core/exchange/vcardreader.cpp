// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardreader.h"

#include <QDate>
#include <QStringConverter>
#include <QStringDecoder>

#include <utility>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

struct Property
{
    int line = 0;
    QByteArray name;                                 // upper case, group removed
    QList<std::pair<QByteArray, QByteArray>> params; // upper-case names; 2.1's bare ones as TYPE
    QByteArray value;                                // raw, as in the file
};

Error at(const QString &file, int line, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, {}, file, line};
}

QByteArray param(const Property &p, const QByteArray &name)
{
    for (const auto &[key, value] : p.params) {
        if (key == name)
            return value;
    }
    return {};
}

bool quotedPrintable(const Property &p)
{
    if (param(p, "ENCODING").toUpper() == "QUOTED-PRINTABLE")
        return true;
    for (const auto &[key, value] : p.params) {
        if (key == "TYPE" && value.toUpper() == "QUOTED-PRINTABLE")
            return true;
    }
    return false;
}

// "a=3Db=\r\n" -> bytes; a soft line break is already joined by unfolding.
QByteArray decodeQuotedPrintable(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '=' && i + 2 < text.size()) {
            bool ok = false;
            const int byte = text.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(byte);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// Splits on unescaped `separator`; unescapes \\ \, \; \n \N.
QStringList components(const QString &value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            current += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

QString unescaped(const QString &value)
{
    return components(value, QChar()).join(QString());
}

// "19900714", "1990-07-14", "1990-07-14T00:00:00Z" -> ISO; "--0714" (no year) -> empty.
QString isoDate(const QString &value)
{
    const QString text = value.trimmed().left(10);
    for (const QString &format : {u"yyyyMMdd"_s, u"yyyy-MM-dd"_s}) {
        const QDate day = QDate::fromString(text.left(format.size()), format);
        if (day.isValid())
            return day.toString(Qt::ISODate);
    }
    return {};
}

} // namespace

Result<QList<VCardContact>> VCardReader::read(const QByteArray &bytes, const QString &fileName)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    // Physical lines, then logical ones: a line starting with a space or tab continues the last; in
    // a QUOTED-PRINTABLE value (2.1) a line ending in '=' continues with the next.
    const QList<QByteArray> physical = data.split('\n');
    QList<std::pair<int, QByteArray>> logical;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray line = physical.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!logical.isEmpty() && !line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
            logical.last().second += line.mid(1);
            continue;
        }
        if (!logical.isEmpty() && logical.last().second.endsWith('=')
            && logical.last().second.toUpper().contains("QUOTED-PRINTABLE")) {
            logical.last().second.chop(1);
            logical.last().second += line;
            continue;
        }
        if (!line.trimmed().isEmpty())
            logical.append({int(i + 1), line});
    }

    QList<VCardContact> contacts;
    std::optional<VCardContact> card;
    for (const auto &[number, text] : std::as_const(logical)) {
        const qsizetype colon = text.indexOf(':');
        if (colon <= 0) {
            if (!card)
                continue; // text between cards
            return std::unexpected(at(fileName, number, tr("This line has no \"NAME:value\".")));
        }
        Property p;
        p.line = number;
        const QList<QByteArray> head = text.left(colon).split(';');
        p.name = head.first().trimmed().toUpper();
        if (const qsizetype dot = p.name.lastIndexOf('.'); dot >= 0)
            p.name = p.name.mid(dot + 1);
        for (qsizetype k = 1; k < head.size(); ++k) {
            const qsizetype equals = head.at(k).indexOf('=');
            if (equals < 0)
                p.params.append({"TYPE", head.at(k).trimmed()});
            else
                p.params.append(
                    {head.at(k).left(equals).trimmed().toUpper(), head.at(k).mid(equals + 1).trimmed()});
        }
        p.value = text.mid(colon + 1);

        if (p.name == "BEGIN") {
            if (p.value.trimmed().toUpper() != "VCARD")
                continue;
            if (card)
                return std::unexpected(
                    at(fileName, card->line, tr("This card has no END:VCARD before the next one begins.")));
            card = VCardContact{};
            card->line = number;
            continue;
        }
        if (!card)
            continue;
        if (p.name == "END") {
            contacts.append(*card);
            card.reset();
            continue;
        }

        QByteArray raw = quotedPrintable(p) ? decodeQuotedPrintable(p.value) : p.value;
        const QByteArray charset = param(p, "CHARSET").toUpper();
        QString value;
        if (charset.isEmpty() || charset == "UTF-8") {
            QStringDecoder utf8(QStringConverter::Utf8);
            value = utf8(raw);
            if (utf8.hasError())
                return std::unexpected(
                    at(fileName, number,
                       tr("The text is not UTF-8; name its character set (CHARSET=) or save "
                          "the file as UTF-8.")));
        } else {
            QStringDecoder decoder(charset.constData());
            if (!decoder.isValid())
                return std::unexpected(
                    at(fileName, number,
                       tr("The character set %1 is not known.").arg(QString::fromLatin1(charset))));
            value = decoder(raw);
        }

        if (p.name == "FN") {
            card->fullName = unescaped(value).trimmed();
        } else if (p.name == "N") {
            const QStringList parts = components(value, u';');
            card->family = parts.value(0).trimmed();
            card->given = parts.value(1).trimmed();
            card->prefix = parts.value(3).trimmed();
        } else if (p.name == "X-INNKEEP-LATIN-NAME") {
            card->latinName = unescaped(value).trimmed();
        } else if (p.name == "EMAIL") {
            if (const QString email = unescaped(value).trimmed(); !email.isEmpty())
                card->emails.append(email);
        } else if (p.name == "TEL") {
            QString phone = unescaped(value).trimmed();
            if (phone.startsWith(u"tel:"_s, Qt::CaseInsensitive))
                phone = phone.mid(4);
            if (!phone.isEmpty())
                card->phones.append(phone);
        } else if (p.name == "BDAY") {
            card->birthday = isoDate(value);
        } else if (p.name == "ANNIVERSARY" || p.name == "X-ANNIVERSARY") {
            card->anniversary = isoDate(value);
        } else if (p.name == "ORG") {
            card->organisation = components(value, u';').value(0).trimmed();
        } else if (p.name == "NOTE") {
            const QString note = unescaped(value).trimmed();
            card->note = card->note.isEmpty() ? note : card->note + u"\n\n"_s + note;
        } else if (p.name == "CATEGORIES") {
            for (const QString &category : components(value, u',')) {
                if (!category.trimmed().isEmpty())
                    card->categories.append(category.trimmed());
            }
        } else if (p.name == "LANG") {
            card->language = unescaped(value).trimmed();
        } else if (p.name == "ADR" && card->street.isEmpty() && card->city.isEmpty()) {
            const QStringList parts = components(value, u';');
            // PO box; extended address; street; locality; region; postal code; country.
            card->street = parts.value(2).trimmed();
            card->addressLine2 = parts.value(1).trimmed();
            if (card->street.isEmpty())
                card->street = std::exchange(card->addressLine2, QString());
            card->city = parts.value(3).trimmed();
            card->state = parts.value(4).trimmed();
            card->postalCode = parts.value(5).trimmed();
            card->country = parts.value(6).trimmed();
        }
    }
    if (card)
        return std::unexpected(at(fileName, card->line, tr("This card has no END:VCARD.")));
    if (contacts.isEmpty())
        return std::unexpected(at(fileName, 1, tr("This is not a vCard file: no BEGIN:VCARD was found.")));
    return contacts;
}

} // namespace innkeep
