// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfieldvalue.h"

#include "common/uuid.h"

#include <QDate>
#include <QJsonValue>

#include <cmath>

namespace innkeep {

namespace {

using Kind = JsonField::Kind;

std::unexpected<Error> wrong(const QString &message)
{
    return fail(Error::Code::InvalidInput, message);
}

QVariant nullOf(Kind kind)
{
    switch (kind) {
    case Kind::Integer:
    case Kind::Instant:
    case Kind::Flag: return QVariant(QMetaType::fromType<qint64>());
    case Kind::Real: return QVariant(QMetaType::fromType<double>());
    default: return QVariant(QMetaType::fromType<QString>());
    }
}

} // namespace

QString JsonFieldValue::tokenList(const QStringList &tokens)
{
    QStringList quoted;
    for (const QString &token : tokens)
        quoted.append(QLatin1Char('"') + token + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

Result<QVariant> JsonFieldValue::read(const JsonField &field, const QJsonObject &record)
{
    const QJsonValue value = record.value(field.key);
    if (value.isUndefined()) {
        if (field.required)
            return wrong(tr("this key is missing; every record needs it"));
        if (field.nullable && !field.fallback.isValid())
            return nullOf(field.kind);
        if (field.fallback.isValid())
            return field.fallback.typeId() == QMetaType::QString ? QVariant(field.fallback.toString())
                                                                 : field.fallback;
        switch (field.kind) {
        case Kind::Integer:
        case Kind::Instant:
        case Kind::Flag: return QVariant(qint64(0));
        case Kind::Real: return QVariant(0.0);
        default: return QVariant(QStringLiteral(""));
        }
    }
    if (value.isNull()) {
        if (!field.nullable)
            return wrong(tr("may not be null"));
        return nullOf(field.kind);
    }

    switch (field.kind) {
    case Kind::Flag:
        if (!value.isBool())
            return wrong(tr("expected true or false"));
        return QVariant(qint64(value.toBool() ? 1 : 0));
    case Kind::Integer:
    case Kind::Instant: {
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::isnan(number))
            return wrong(field.kind == Kind::Instant ? tr("expected a time as whole milliseconds since 1970")
                                                     : tr("expected a whole number"));
        const qint64 whole = value.toInteger();
        if (double(whole) != number)
            return wrong(tr("expected a whole number, not %1").arg(number));
        if (double(whole) < field.min || double(whole) > field.max)
            return wrong(
                tr("%1 is out of range (%2 to %3)")
                    .arg(whole)
                    .arg(std::isinf(field.min) ? QStringLiteral("…") : QString::number(qint64(field.min)),
                         std::isinf(field.max) ? QStringLiteral("…") : QString::number(qint64(field.max))));
        return QVariant(whole);
    }
    case Kind::Real: {
        if (!value.isDouble())
            return wrong(tr("expected a number"));
        const double number = value.toDouble();
        if (number < field.min || number > field.max)
            return wrong(tr("%1 is out of range (%2 to %3)").arg(number).arg(field.min).arg(field.max));
        return QVariant(number);
    }
    default: break;
    }

    if (!value.isString())
        return wrong(tr("expected a string (text in double quotes)"));
    const QString text = value.toString();
    switch (field.kind) {
    case Kind::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (text.size() != 10 || !date.isValid())
            return wrong(tr("\"%1\" is not a date written YYYY-MM-DD").arg(text));
        return QVariant(text);
    }
    case Kind::Token:
        if (!field.tokens.contains(text))
            return wrong(tr("\"%1\" is not one of %2").arg(text, tokenList(field.tokens)));
        return QVariant(text);
    case Kind::Uuid:
    case Kind::Reference:
        if (!isUuid(text))
            return wrong(tr("\"%1\" is not a uuid").arg(text));
        return QVariant(text);
    default: return QVariant(text);
    }
}

} // namespace innkeep
