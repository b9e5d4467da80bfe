// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace innkeep {

// How far a background job has got, as its caller sees it: `done` of `total` units (bytes read,
// guests written; `total` 0 when unknown), how many records it has handled, and a few words for
// what it is doing now ("Checking every row"), already translated.
struct JobProgress
{
    qint64 done = 0;
    qint64 total = 0;
    qint64 records = 0;
    QString phase;

    friend bool operator==(const JobProgress &, const JobProgress &) = default;
};

} // namespace innkeep

Q_DECLARE_METATYPE(innkeep::JobProgress)
