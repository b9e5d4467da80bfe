// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "house/openvenue.h" // every service announces its records (RecordEvents)

#include <QObject>

#include <functional>

namespace innkeep::ui {

// Hears a service's record signals while `context` lives: `onRecord` for each record added,
// changed or removed (with the record's and its guest's id), `onMany` when too many changed to
// name (reload).
inline void
followRecords(RecordEvents &source, QObject *context,
              const std::function<void(RecordEvents::Kind, const QString &, const QString &)> &onRecord,
              const std::function<void()> &onMany)
{
    using Kind = RecordEvents::Kind;
    QObject::connect(
        &source, &RecordEvents::added, context,
        [onRecord](const QString &uuid, const QString &guest) { onRecord(Kind::Added, uuid, guest); });
    QObject::connect(
        &source, &RecordEvents::changed, context,
        [onRecord](const QString &uuid, const QString &guest) { onRecord(Kind::Changed, uuid, guest); });
    QObject::connect(
        &source, &RecordEvents::removed, context,
        [onRecord](const QString &uuid, const QString &guest) { onRecord(Kind::Removed, uuid, guest); });
    QObject::connect(&source, &RecordEvents::manyChanged, context, onMany);
}

// followRecords() for a listener that reloads on any change at all.
inline void followRecords(RecordEvents &source, QObject *context, const std::function<void()> &reload)
{
    followRecords(
        source, context, [reload](RecordEvents::Kind, const QString &, const QString &) { reload(); },
        reload);
}

} // namespace innkeep::ui
