// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderkey.h"

#include "common/textfield.h"
#include "common/uuid.h"

#include <QRegularExpression>

namespace innkeep {

namespace {

bool isYear(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("^[0-9]{4}$"));
    return year.match(text).hasMatch();
}

bool validOccasion(ReminderKind kind, const QString &occasion)
{
    switch (kind) {
    case ReminderKind::Birthday:
    case ReminderKind::Anniversary: return isYear(occasion);
    case ReminderKind::Greeting: {
        for (const auto prefix : {QLatin1String("birthday-"), QLatin1String("anniversary-")}) {
            if (occasion.startsWith(prefix))
                return isYear(occasion.mid(prefix.size()));
        }
        return false;
    }
    case ReminderKind::WinBack: return isUuid(occasion);
    case ReminderKind::FollowUp:
    case ReminderKind::PreArrival:
    case ReminderKind::FeedbackAnswer: return occasion.isEmpty();
    }
    return false;
}

} // namespace

QString ReminderKey::text() const
{
    QString key = reminderKindToken(kind) + QLatin1Char(':') + record;
    if (!occasion.isEmpty())
        key += QLatin1Char(':') + occasion;
    return key;
}

Result<ReminderKey> ReminderKey::parse(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char(':'));
    const auto kind = parts.isEmpty() ? std::nullopt : reminderKindFromToken(parts.constFirst());
    ReminderKey parsed;
    if (kind && (parts.size() == 2 || parts.size() == 3)) {
        parsed.kind = *kind;
        parsed.record = parts.at(1);
        parsed.occasion = parts.size() == 3 ? parts.at(2) : QString();
        if (isUuid(parsed.record) && validOccasion(parsed.kind, parsed.occasion) && parsed.text() == key)
            return parsed;
    }
    return fail(Error::Code::InvalidInput,
                tr("%1 is not a reminder key; innkeep-cli reminders --json lists the keys.")
                    .arg(TextField::quoted(key)),
                QStringLiteral("key"));
}

} // namespace innkeep
