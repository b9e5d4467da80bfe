// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace innkeep {

// What went wrong, in words a receptionist can act on. `message` is already translated;
// `field`, `file` and `line` say where, when they apply.
struct Error
{
    enum class Code {
        InvalidInput,     // a field failed validation
        NotFound,         // the record does not exist (or is archived where that matters)
        Conflict,         // the action contradicts the record's state (duplicate, illegal transition)
        NotInnkeepFile,   // not SQLite, or another application's SQLite file
        NewerSchema,      // written by a newer Innkeep
        Corrupt,          // truncated or damaged file
        Storage,          // SQLite reported an error
        Io,               // a file could not be read or written
        PermissionDenied, // the staff member's role does not allow it
        Cancelled,        // the user cancelled a long operation
    };

    Code code = Code::InvalidInput;
    QString message;
    QString field;
    QString file;
    int line = 0;

    // "file:line: field: message", leaving out the parts that do not apply.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const Error &, const Error &) = default;
};

template<typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

// An error about the file at `path` (named in the platform's form), with no field or line.
[[nodiscard]] Error fileError(Error::Code code, const QString &path, QString message);

[[nodiscard]] inline std::unexpected<Error> fail(Error::Code code, QString message, QString field = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(field), {}, 0});
}

} // namespace innkeep
