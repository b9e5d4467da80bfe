// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace innkeep {

class OpenVenue;

// One documented venue setting: its key (interface: spelled so in scripts and the README), what it
// is, and whether it is a secret.
struct VenueSettingKey
{
    QString key;
    QString description; // translated
    // A secret (smtp.password) stays on this device: it is kept beside the file's device id, never in
    // the change log, an export or a sync, and `settings get` shows only whether it is set.
    bool secret = false;
};

// The settings a script may read and write (`innkeep-cli settings get|set`), each checked by the
// rule of the area that owns it: the same rules as the window's forms.
class VenueSettingKeys final
{
    Q_DECLARE_TR_FUNCTIONS(VenueSettingKeys)

public:
    explicit VenueSettingKeys(OpenVenue &venue) : m_venue(venue) {}

    // In the README's order.
    [[nodiscard]] static QList<VenueSettingKey> keys();
    [[nodiscard]] static bool isKnown(const QString &key);

    // The value in effect (the default when unset); a secret reads "" when unset and "********"
    // when set.
    [[nodiscard]] Result<QString> get(const QString &key);
    // Checks and stores; InvalidInput naming the key for a value its rule refuses, or for an unknown key.
    [[nodiscard]] Status set(const QString &key, const QString &value);
    // A secret's value itself, for the code that uses it (the mail sender).
    [[nodiscard]] Result<QString> secret(const QString &key);

private:
    [[nodiscard]] Status setSecret(const QString &key, const QString &value);
    OpenVenue &m_venue;
};

} // namespace innkeep
