// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace innkeep {

// A guest's data export (GuestDataExport's JSON) as a PDF the guest can read: the profile as
// field and value, then contacts, notes, preferences, stays, complaints, feedback, merged
// profiles and the change log as tables, with the venue and "Page n of m" on every page. Field
// names in the reader's language, dates and amounts through QLocale. A4 portrait. Needs a
// QGuiApplication (fonts); the offscreen platform is enough.
class GuestDataPdf final
{
    Q_DECLARE_TR_FUNCTIONS(GuestDataPdf)

public:
    [[nodiscard]] static Result<QByteArray> render(const QJsonObject &data);
};

} // namespace innkeep
