// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "guests/guest.h"
#include "storage/recordevents.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace innkeep {

class Database;

// One field two profiles disagree on, as the merge dialog offers it: the kept guest's value and
// the other's, in the user's words, and which one the merge takes unless told otherwise (the
// kept guest's, or the other's where the kept guest has none).
struct MergeField
{
    QString field; // the column, e.g. "birthday" (also what `--prefer other:FIELD` names)
    QString label;
    QString keptText;
    QString otherText;
    bool takeOther = false;
};

// A merge as recorded: who was kept, who was merged into them, when and by whom.
struct GuestMergeRecord
{
    QString uuid;
    QString keptUuid;
    QString mergedUuid;
    qint64 mergedAt = 0;
    QString mergedBy;
    bool undone = false;
};

// Two profiles of one guest made one: the kept guest takes the chosen value of each field, the
// union of contacts and tags, and every stay, note, preference, complaint and feedback entry of
// the other, who is archived and points to the survivor (survivorOf). One transaction, one set
// of change-log entries, seen in both guests' history; undone by unmerge(), which puts back every
// row as it was (a byte-identical export) unless either guest changed since, when it refuses
// rather than lose that change. OpenVenue::guestMerges() is the venue's instance; its signals
// (added on a merge, changed on an unmerge) carry the merge's id and the kept guest's.
class GuestMerge final : public RecordEvents
{
    Q_OBJECT

public:
    explicit GuestMerge(Database &db, QObject *parent = nullptr) : RecordEvents(parent), m_db(db) {}

    // The fields a merge chooses between, in form order.
    [[nodiscard]] static const QStringList &fieldNames();
    // The fields where `keptUuid` and `otherUuid` differ, with the default choice.
    [[nodiscard]] Result<QList<MergeField>> differences(const QString &keptUuid, const QString &otherUuid);
    // Merges `otherUuid` into `keptUuid`; `preferOther` names the fields (fieldNames()) whose
    // value comes from the other guest, `preferKept` those kept even where empty; any other field
    // takes the default of differences(). Returns the merge's id.
    [[nodiscard]] Result<QString> merge(const QString &keptUuid, const QString &otherUuid,
                                        const QStringList &preferOther = {},
                                        const QStringList &preferKept = {});
    // `kept` with every field it has empty taken from `other`, and the e-mails, phones and tags of
    // both (an imported row merged into a stored guest: what the desk knows is never overwritten).
    [[nodiscard]] static Guest filledFrom(Guest kept, const Guest &other);
    // Undoes a merge (see above).
    [[nodiscard]] Status unmerge(const QString &mergeUuid);

    [[nodiscard]] Result<GuestMergeRecord> find(const QString &mergeUuid);
    // The guest a merged profile now lives on (following merges of merges); the guest itself when
    // it was never merged away.
    [[nodiscard]] Result<QString> survivorOf(const QString &guestUuid);
    // The merge that archived `guestUuid`, if it is in force.
    [[nodiscard]] Result<std::optional<GuestMergeRecord>> mergedAway(const QString &guestUuid);

private:
    Database &m_db;
};

} // namespace innkeep
