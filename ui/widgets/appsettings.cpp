// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QSettings>

namespace innkeep::ui {

namespace {

const QString Name = QStringLiteral("innkeep");

} // namespace

QVariant AppSettings::value(const QString &key, const QVariant &fallback)
{
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope, Name, Name);
    if (settings.contains(key))
        return settings.value(key, fallback);
    // Written by a version that used Qt's default place ("Unknown Organization/innkeep.conf").
    const QSettings older(QSettings::NativeFormat, QSettings::UserScope, QString(), Name);
    return older.value(key, fallback);
}

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, Name, Name);
    settings.setValue(key, value);
}

QString AppSettings::fileName()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, Name, Name).fileName();
}

} // namespace innkeep::ui
