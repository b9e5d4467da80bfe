// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vacuuminto.h"

#include "storage/storageerror.h"

#include <sqlite3.h>

namespace innkeep {

Status vacuumInto(sqlite3 *handle, const QString &target, const QString &file)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray into = target.toUtf8();
    int rc = sqlite3_prepare_v2(handle, "VACUUM INTO ?", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(statement, 1, into.constData(), int(into.size()), SQLITE_STATIC);
        rc = sqlite3_step(statement);
    }
    const Error failure = rc == SQLITE_DONE ? Error{} : lastStorageFailure(handle, file);
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return std::unexpected(failure);
    return {};
}

} // namespace innkeep
