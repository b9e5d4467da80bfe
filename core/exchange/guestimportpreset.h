// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/guestcsvmapping.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace innkeep {

// The layout of a guest or contact export another program writes: which of its columns are which
// guest fields (every other column of the format is not guest data and is left out, reported as
// ignored), how its dates are written when that is certain, and the name its profile ids are kept
// under (external_id "opera:123456"), so that ids from two systems never meet. Recognised from the
// header (every column of one of its signatures present), or named with --preset.
// docs/import-presets.md lists each format's columns.
class GuestImportPreset final
{
    Q_DECLARE_TR_FUNCTIONS(GuestImportPreset)

public:
    // "google", "outlook", "thunderbird", "linkedin", "qloapps-customers", "qloapps-addresses",
    // "pms", "opera".
    [[nodiscard]] static QStringList names();
    [[nodiscard]] static std::optional<GuestImportPreset> named(const QString &name);
    // The preset whose signature the header has, if one does.
    [[nodiscard]] static std::optional<GuestImportPreset> recognise(const QStringList &header);

    [[nodiscard]] const QString &name() const { return m_name; }
    // "Google Contacts", for the window.
    [[nodiscard]] QString displayName() const;
    // The guest field a column of this format is, if it is one; nullopt for a column the format
    // does not have (the usual header variants then apply).
    [[nodiscard]] std::optional<GuestColumn> columnFor(const QString &header) const;
    // The date format the program writes (ImportDate's notation), or empty when it depends on the
    // computer it ran on.
    [[nodiscard]] const QString &dateFormat() const { return m_dateFormat; }
    // What external ids from this program start with ("opera:"), empty when it exports none.
    [[nodiscard]] const QString &idPrefix() const { return m_idPrefix; }

private:
    struct Column
    {
        const char16_t
            *key; // CsvColumns::canonical() of the header; digits are matched as any number ("email1value")
        GuestColumn column;
    };
    QString m_name;
    const char *m_label = nullptr;
    QList<Column> m_columns;
    QList<QStringList> m_signatures; // keys that together identify the format
    QString m_dateFormat;
    QString m_idPrefix;

    [[nodiscard]] static const QList<GuestImportPreset> &all();
};

} // namespace innkeep
