// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <limits>

namespace innkeep {

// One key of a record in the JSON export (docs/json-export.md) and the column it is stored in.
// The export writes it, the import checks and stores it: one description for both.
struct JsonField
{
    enum class Kind {
        Text,      // a string
        Integer,   // a whole number, within min..max
        Real,      // a number, within min..max
        Flag,      // true/false, stored 0/1
        Date,      // "YYYY-MM-DD"
        Instant,   // integer UTC milliseconds
        Token,     // one of `tokens`
        Uuid,      // the record's own global id
        Reference, // the uuid of a record of `references`; the column holds its row id
    };
    QString key;
    Kind kind = Kind::Text;
    bool nullable = false;
    // No default in the schema: the key must be in the file. A key that may be left out takes
    // `fallback` (null when nullable).
    bool required = false;
    QVariant fallback;
    QStringList tokens;
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    QString references;
    QString column; // when it differs from key (references: guest_uuid → guest_id)

    [[nodiscard]] QString columnName() const { return column.isEmpty() ? key : column; }
};

// One list of the export: a top-level list ("tickets") or a list nested in each record of one
// ("events" of a ticket), the table behind it and the keys of its records, in file order.
struct JsonTable
{
    QString key;    // the list's key in the file
    QString table;  // the SQL table
    QString parent; // for a nested list, the column naming its record (guest_id …)
    QString order;  // the export's ORDER BY (after the parent column)
    QList<JsonField> fields;
    // The table's columns that are not in the file: row ids and keys the import derives again.
    QStringList leftOut;
};

// Every table of the export. Guests' e-mails, phones and tags are lists of strings on the guest
// (guest_contacts, guest_tags) and are written by the export itself.
class JsonTables final
{
public:
    [[nodiscard]] static const JsonTable &staff();
    [[nodiscard]] static const JsonTable &ticketCategories();
    [[nodiscard]] static const JsonTable &departments();
    [[nodiscard]] static const JsonTable &slaPolicies();
    [[nodiscard]] static const JsonTable &loyaltyTiers();
    [[nodiscard]] static const JsonTable &guests();
    [[nodiscard]] static const JsonTable &notes();
    [[nodiscard]] static const JsonTable &preferences();
    [[nodiscard]] static const JsonTable &stays();
    [[nodiscard]] static const JsonTable &loyaltyTierChanges();
    [[nodiscard]] static const JsonTable &loyaltyPoints();
    [[nodiscard]] static const JsonTable &guestMerges();
    [[nodiscard]] static const JsonTable &tickets();
    [[nodiscard]] static const JsonTable &ticketEvents();
    [[nodiscard]] static const JsonTable &compensations();
    [[nodiscard]] static const JsonTable &followUps();
    [[nodiscard]] static const JsonTable &feedback();
    [[nodiscard]] static const JsonTable &feedbackTopics();
    [[nodiscard]] static const JsonTable &segments();
    // The venue's message templates, one record per name and language.
    [[nodiscard]] static const JsonTable &messageTemplates();
    // What staff did with reminders (done, snoozed until a day), by reminder key.
    [[nodiscard]] static const JsonTable &reminderActions();

    // The top-level lists in the order the file has them (a record refers only to records before it,
    // but for a ticket's feedback_uuid).
    [[nodiscard]] static QList<const JsonTable *> topLevel();
    // Every table above, nested ones included.
    [[nodiscard]] static QList<const JsonTable *> all();
    // Tables of the database the export leaves out on purpose (derived or this device's own).
    [[nodiscard]] static const QStringList &notExported();
};

} // namespace innkeep
