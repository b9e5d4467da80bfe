// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "jobs/backgroundjob.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace innkeep {

class Database;
class JobRunner;

// The venue's current guests (not archived or erased) as one vCard file, version 3.0 (RFC 2426,
// what most address books and phones read) or 4.0 (RFC 6350): FN and N in the guest's own script
// (the Latin form in X-INNKEEP-LATIN-NAME when it differs), every e-mail and phone (E.164), BDAY,
// ANNIVERSARY (X-ANNIVERSARY in 3.0), ADR, ORG, NOTE (the notes, a blank line between them),
// CATEGORIES (tags), LANG (4.0), UID (the guest's id). Text escaped and lines folded at 75 octets
// on character boundaries, CRLF. Written through ExportFile: private, complete or not at all.
class VCardExport final
{
    Q_DECLARE_TR_FUNCTIONS(VCardExport)

public:
    enum class Version { V3, V4 };

    explicit VCardExport(Database &db) : m_db(db) {}

    // The export as a (reading) background job of `runner` on its own connection; its result is the
    // number of cards written (a qint64). `guests`: as setGuests().
    [[nodiscard]] static Result<std::unique_ptr<BackgroundJob>>
    start(JobRunner &runner, const QString &path, Version version, const QStringList &guests = {});
    // Only these guests (uuids), e.g. the ones chosen in a list; empty: every current guest.
    void setGuests(const QStringList &uuids) { m_only = uuids; }

    // The cards written.
    [[nodiscard]] Result<qint64> write(const QString &path, Version version);

    // One content line, escaped value already in place, folded (exposed for tests).
    [[nodiscard]] static QByteArray fold(const QString &line);
    [[nodiscard]] static QString escape(const QString &text);

private:
    Database &m_db;
    QStringList m_only;
};

} // namespace innkeep
