// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontables.h"

#include "tickets/ticketsource.h"

namespace innkeep {

namespace {

using Kind = JsonField::Kind;

QStringList words(const char *spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '), Qt::KeepEmptyParts);
}

// The shapes a key comes in. `required` keys have no default in the schema.
JsonField uuid()
{
    return {.key = QStringLiteral("uuid"), .kind = Kind::Uuid, .required = true};
}
JsonField text(const char *key, bool required = false, QString fallback = {})
{
    return {.key = QString::fromLatin1(key), .required = required, .fallback = fallback};
}
JsonField nullableText(const char *key)
{
    return {.key = QString::fromLatin1(key), .nullable = true};
}
JsonField integer(const char *key, double min, double max, qint64 fallback = 0, bool required = false)
{
    return {.key = QString::fromLatin1(key),
            .kind = Kind::Integer,
            .required = required,
            .fallback = fallback,
            .min = min,
            .max = max};
}
JsonField nullableInteger(const char *key, double min, double max)
{
    return {.key = QString::fromLatin1(key), .kind = Kind::Integer, .nullable = true, .min = min, .max = max};
}
JsonField real(const char *key, double min, double max, bool nullable)
{
    return {.key = QString::fromLatin1(key),
            .kind = Kind::Real,
            .nullable = nullable,
            .fallback = nullable ? QVariant() : QVariant(0.0),
            .min = min,
            .max = max};
}
JsonField flag(const char *key, bool fallback = false)
{
    return {.key = QString::fromLatin1(key), .kind = Kind::Flag, .fallback = fallback};
}
JsonField date(const char *key, bool nullable)
{
    return {.key = QString::fromLatin1(key), .kind = Kind::Date, .nullable = nullable, .required = !nullable};
}
JsonField instant(const char *key, bool nullable = false)
{
    return {
        .key = QString::fromLatin1(key), .kind = Kind::Instant, .nullable = nullable, .required = !nullable};
}
JsonField token(const char *key, const char *tokens, bool required = false, QString fallback = {})
{
    return {.key = QString::fromLatin1(key),
            .kind = Kind::Token,
            .required = required,
            .fallback = fallback,
            .tokens = words(tokens)};
}
JsonField nullableToken(const char *key, const char *tokens)
{
    return {.key = QString::fromLatin1(key), .kind = Kind::Token, .nullable = true, .tokens = words(tokens)};
}
JsonField reference(const char *key, const char *table, bool nullable)
{
    QString column = QString::fromLatin1(key);
    column.chop(4); // "guest_uuid" → "guest_id"
    return {.key = QString::fromLatin1(key),
            .kind = Kind::Reference,
            .nullable = nullable,
            .required = !nullable,
            .references = QString::fromLatin1(table),
            .column = column + QStringLiteral("id")};
}

constexpr double Forever = 9007199254740991.0; // 2^53 - 1: integers a JSON reader keeps exactly

const char *const TicketStatuses =
    "new acknowledged in-progress waiting-guest waiting-department resolved closed";
const char *const SentimentLabels = " positive negative neutral mixed"; // "" first: not analysed / none

JsonTable listTable(const char *key, const char *table)
{
    return {.key = QString::fromLatin1(key),
            .table = QString::fromLatin1(table),
            .order = QStringLiteral("id"),
            .fields = {uuid(), text("key", true), text("label", true), integer("position", -Forever, Forever),
                       flag("archived")},
            .leftOut = {QStringLiteral("id")}};
}

} // namespace

const JsonTable &JsonTables::staff()
{
    static const JsonTable table{.key = QStringLiteral("staff"),
                                 .table = QStringLiteral("staff"),
                                 .order = QStringLiteral("id"),
                                 .fields = {uuid(), text("name", true), flag("active", true),
                                            instant("created_at"), instant("updated_at")},
                                 .leftOut = {QStringLiteral("id"), QStringLiteral("name_key")}};
    return table;
}

const JsonTable &JsonTables::ticketCategories()
{
    static const JsonTable table = listTable("ticket_categories", "ticket_categories");
    return table;
}

const JsonTable &JsonTables::departments()
{
    static const JsonTable table = listTable("departments", "departments");
    return table;
}

const JsonTable &JsonTables::slaPolicies()
{
    static const JsonTable table{
        .key = QStringLiteral("sla_policies"),
        .table = QStringLiteral("sla_policies"),
        .order = QStringLiteral("id"),
        .fields = {uuid(), token("severity", "low medium high critical", true),
                   integer("acknowledge_minutes", 1, Forever, 0, true),
                   integer("resolve_minutes", 1, Forever, 0, true), nullableInteger("quiet_start", 0, 1439),
                   nullableInteger("quiet_end", 0, 1439), integer("due_soon_minutes", 0, Forever),
                   text("time_zone"), integer("updated_at", -Forever, Forever)},
        .leftOut = {QStringLiteral("id")}};
    return table;
}

const JsonTable &JsonTables::loyaltyTiers()
{
    static const JsonTable table{
        .key = QStringLiteral("loyalty_tiers"),
        .table = QStringLiteral("loyalty_tiers"),
        .order = QStringLiteral("id"),
        .fields = {uuid(), text("name", true), integer("position", -Forever, Forever, 0, true),
                   token("basis", "nights stays spend", true), integer("threshold", 0, Forever, 0, true),
                   integer("window_months", 0, 120), instant("created_at"), instant("updated_at")},
        .leftOut = {QStringLiteral("id"), QStringLiteral("name_key")}};
    return table;
}

const JsonTable &JsonTables::guests()
{
    // In the table's column order, as the export has always written them.
    static const JsonTable table{
        .key = QStringLiteral("guests"),
        .table = QStringLiteral("guests"),
        .order = QStringLiteral("id"),
        .fields = {uuid(),
                   text("salutation"),
                   text("given_name"),
                   text("family_name"),
                   text("latin_given_name"),
                   text("latin_family_name"),
                   text("language"),
                   text("nationality"),
                   date("birthday", true),
                   date("anniversary", true),
                   text("company"),
                   text("street"),
                   text("city"),
                   text("postal_code"),
                   text("country"),
                   integer("vip_level", 0, 3),
                   token("source", "walk-in ota direct agent other", false, QStringLiteral("direct")),
                   flag("blocked"),
                   text("blocked_reason"),
                   flag("press"),
                   flag("consent_email"),
                   flag("consent_sms"),
                   flag("consent_phone"),
                   flag("consent_marketing"),
                   instant("created_at"),
                   instant("updated_at"),
                   instant("archived_at", true),
                   text("address_line2"),
                   text("state"),
                   text("external_id")},
        .leftOut = {QStringLiteral("id")}};
    return table;
}

const JsonTable &JsonTables::notes()
{
    static const JsonTable table{
        .key = QStringLiteral("notes"),
        .table = QStringLiteral("guest_notes"),
        .parent = QStringLiteral("guest_id"),
        .order = QStringLiteral("created_at, id"),
        .fields = {uuid(), text("body", true), text("author"), instant("created_at")},
        .leftOut = {QStringLiteral("id"), QStringLiteral("guest_id")}};
    return table;
}

const JsonTable &JsonTables::preferences()
{
    static const JsonTable table{
        .key = QStringLiteral("preferences"),
        .table = QStringLiteral("preferences"),
        .parent = QStringLiteral("guest_id"),
        .order = QStringLiteral("category, value_key"),
        .fields = {uuid(), token("category", "room food amenities accessibility communication other", true),
                   text("value", true), text("detail"),
                   token("source", "told observed feedback", false, QStringLiteral("told")),
                   date("observed_on", false), integer("times_confirmed", 1, Forever, 1), flag("critical"),
                   instant("created_at"), instant("updated_at")},
        .leftOut = {QStringLiteral("id"), QStringLiteral("guest_id"), QStringLiteral("value_key")}};
    return table;
}

const JsonTable &JsonTables::stays()
{
    static const JsonTable table{
        .key = QStringLiteral("stays"),
        .table = QStringLiteral("stays"),
        .parent = QStringLiteral("guest_id"),
        .order = QStringLiteral("arrival, id"),
        .fields = {uuid(), date("arrival", false), date("departure", false), text("room"),
                   integer("rate_minor", -Forever, Forever), integer("revenue_minor", -Forever, Forever),
                   text("currency"), text("channel", false, QStringLiteral("direct")),
                   integer("party_size", 1, Forever, 1), text("purpose"), text("booking_ref"),
                   token("status", "booked in-house checked-out cancelled no-show", false,
                         QStringLiteral("booked")),
                   instant("created_at"), instant("updated_at")},
        .leftOut = {QStringLiteral("id"), QStringLiteral("guest_id")}};
    return table;
}

const JsonTable &JsonTables::loyaltyTierChanges()
{
    static const JsonTable table{.key = QStringLiteral("loyalty_tier_changes"),
                                 .table = QStringLiteral("loyalty_tier_changes"),
                                 .parent = QStringLiteral("guest_id"),
                                 .order = QStringLiteral("id"),
                                 .fields = {uuid(), text("tier", true), text("previous", true),
                                            date("changed_on", false), text("reason", true),
                                            instant("created_at")},
                                 .leftOut = {QStringLiteral("id"), QStringLiteral("guest_id")}};
    return table;
}

const JsonTable &JsonTables::loyaltyPoints()
{
    // `points` may not be 0 (the schema's CHECK): the import says so itself (JsonImport).
    static const JsonTable table{
        .key = QStringLiteral("loyalty_points"),
        .table = QStringLiteral("loyalty_points"),
        .parent = QStringLiteral("guest_id"),
        .order = QStringLiteral("booked_on, id"),
        .fields = {uuid(), integer("points", -Forever, Forever, 0, true),
                   token("kind", "stay birthday referral adjust redeem expire undo", true), text("reason"),
                   reference("stay_uuid", "stays", true), text("refers_to"), text("staff"),
                   date("booked_on", false), date("expires_on", true), instant("created_at")},
        .leftOut = {QStringLiteral("id"), QStringLiteral("guest_id")}};
    return table;
}

const JsonTable &JsonTables::guestMerges()
{
    static const JsonTable table{
        .key = QStringLiteral("guest_merges"),
        .table = QStringLiteral("guest_merges"),
        .order = QStringLiteral("id"),
        .fields = {uuid(), reference("kept_guest_uuid", "guests", false),
                   reference("merged_guest_uuid", "guests", false), instant("merged_at"), text("merged_by"),
                   instant("undone_at", true)},
        // The undo data names this file's row ids and change-log entries: a restored merge is history
        // (docs/decisions.md, "JSON import").
        .leftOut = {QStringLiteral("id"), QStringLiteral("last_change_id"), QStringLiteral("undo")}};
    return table;
}

const JsonTable &JsonTables::tickets()
{
    static const JsonTable table{.key = QStringLiteral("tickets"),
                                 .table = QStringLiteral("tickets"),
                                 .order = QStringLiteral("id"),
                                 .fields = {uuid(),
                                            reference("guest_uuid", "guests", true),
                                            reference("stay_uuid", "stays", true),
                                            reference("feedback_uuid", "feedback", true),
                                            text("room"),
                                            text("category", true),
                                            token("severity", "low medium high critical", true),
                                            text("department"),
                                            text("assignee"),
                                            text("description", true),
                                            {.key = QStringLiteral("source"),
                                             .kind = Kind::Token,
                                             .fallback = QStringLiteral("in-person"),
                                             .tokens = ticketSourceTokens()},
                                            text("created_by"),
                                            token("status", TicketStatuses, false, QStringLiteral("new")),
                                            text("sla_policy", true),
                                            text("resolution_summary"),
                                            token("outcome", " recovered lost"),
                                            instant("created_at"),
                                            instant("updated_at"),
                                            instant("acknowledged_at", true),
                                            instant("resolved_at", true),
                                            instant("closed_at", true),
                                            instant("acknowledge_due_at", true),
                                            instant("resolve_due_at", true),
                                            instant("due_at", true),
                                            instant("due_soon_at", true)},
                                 .leftOut = {QStringLiteral("id")}};
    return table;
}

const JsonTable &JsonTables::ticketEvents()
{
    static const JsonTable table{
        .key = QStringLiteral("events"),
        .table = QStringLiteral("ticket_events"),
        .parent = QStringLiteral("ticket_id"),
        .order = QStringLiteral("at, id"),
        .fields = {uuid(),
                   token("kind", "created status note action assignment compensation follow-up outcome link",
                         true),
                   nullableToken("from_status", TicketStatuses), nullableToken("to_status", TicketStatuses),
                   text("body"), nullableText("ref_uuid"), text("staff"), instant("at")},
        .leftOut = {QStringLiteral("id"), QStringLiteral("ticket_id")}};
    return table;
}

const JsonTable &JsonTables::compensations()
{
    static const JsonTable table{
        .key = QStringLiteral("compensations"),
        .table = QStringLiteral("ticket_compensations"),
        .parent = QStringLiteral("ticket_id"),
        .order = QStringLiteral("at, id"),
        .fields = {uuid(), token("kind", "discount refund upgrade amenity other", true),
                   integer("cost_minor", 0, Forever, 0, true), text("currency", true), text("description"),
                   text("staff"), instant("at")},
        .leftOut = {QStringLiteral("id"), QStringLiteral("ticket_id")}};
    return table;
}

const JsonTable &JsonTables::followUps()
{
    static const JsonTable table{
        .key = QStringLiteral("follow_ups"),
        .table = QStringLiteral("ticket_follow_ups"),
        .parent = QStringLiteral("ticket_id"),
        .order = QStringLiteral("at, id"),
        .fields = {uuid(), token("channel", "in-person phone email sms letter other", true),
                   instant("contacted_at"), text("reaction"), nullableInteger("satisfaction", 1, 5),
                   text("staff"), instant("at")},
        .leftOut = {QStringLiteral("id"), QStringLiteral("ticket_id")}};
    return table;
}

const JsonTable &JsonTables::feedback()
{
    static const JsonTable table{
        .key = QStringLiteral("feedback"),
        .table = QStringLiteral("feedback"),
        .order = QStringLiteral("id"),
        .fields = {uuid(),
                   reference("guest_uuid", "guests", true),
                   reference("stay_uuid", "stays", true),
                   reference("ticket_uuid", "tickets", true),
                   token("channel", "in-person comment-card survey email phone review-site social", true),
                   text("site"),
                   real("rating", -Forever, Forever, true),
                   nullableToken("rating_scale", "1-5 1-10 nps"),
                   real("rating_normalised", 0, 1, true),
                   text("body"),
                   text("language"),
                   instant("received_at"),
                   flag("public"),
                   text("response"),
                   instant("responded_at", true),
                   text("created_by"),
                   instant("created_at"),
                   instant("updated_at"),
                   real("sentiment", -1, 1, true),
                   token("sentiment_label", SentimentLabels),
                   text("detected_language"),
                   integer("analyser_version", 0, Forever),
                   token("corrected_label", SentimentLabels),
                   text("corrected_by"),
                   instant("corrected_at", true)},
        .leftOut = {QStringLiteral("id")}};
    return table;
}

const JsonTable &JsonTables::feedbackTopics()
{
    static const JsonTable table{.key = QStringLiteral("topics"),
                                 .table = QStringLiteral("feedback_topics"),
                                 .parent = QStringLiteral("feedback_id"),
                                 .order = QStringLiteral("topic, origin"),
                                 .fields = {text("topic", true), real("score", -1, 1, false),
                                            text("evidence", false, QStringLiteral("[]")),
                                            token("origin", "analyser staff-added staff-removed", true)},
                                 .leftOut = {QStringLiteral("id"), QStringLiteral("feedback_id")}};
    return table;
}

const JsonTable &JsonTables::segments()
{
    static const JsonTable table{.key = QStringLiteral("segments"),
                                 .table = QStringLiteral("segments"),
                                 .order = QStringLiteral("id"),
                                 .fields = {uuid(), text("name", true), text("rule", true),
                                            instant("created_at"), instant("updated_at")},
                                 .leftOut = {QStringLiteral("id"), QStringLiteral("name_key")}};
    return table;
}

const JsonTable &JsonTables::messageTemplates()
{
    static const JsonTable table{.key = QStringLiteral("message_templates"),
                                 .table = QStringLiteral("message_templates"),
                                 .order = QStringLiteral("name_key, language, id"),
                                 .fields = {uuid(), text("name", true), text("language", true),
                                            text("subject", true), text("body", true), flag("is_fallback"),
                                            instant("created_at"), instant("updated_at")},
                                 .leftOut = {QStringLiteral("id"), QStringLiteral("name_key")}};
    return table;
}

const JsonTable &JsonTables::reminderActions()
{
    static const JsonTable table{.key = QStringLiteral("reminder_actions"),
                                 .table = QStringLiteral("reminder_actions"),
                                 .order = QStringLiteral("id"),
                                 .fields = {uuid(), text("reminder_key", true),
                                            reference("guest_uuid", "guests", true),
                                            token("state", "done snoozed", true), date("snoozed_until", true),
                                            text("staff"), instant("at")},
                                 .leftOut = {QStringLiteral("id")}};
    return table;
}

QList<const JsonTable *> JsonTables::topLevel()
{
    return {&staff(),        &ticketCategories(), &departments(),      &slaPolicies(),
            &loyaltyTiers(), &guests(),           &guestMerges(),      &tickets(),
            &feedback(),     &segments(),         &messageTemplates(), &reminderActions()};
}

QList<const JsonTable *> JsonTables::all()
{
    return {&staff(),          &ticketCategories(),
            &departments(),    &slaPolicies(),
            &loyaltyTiers(),   &guests(),
            &notes(),          &preferences(),
            &stays(),          &loyaltyTierChanges(),
            &loyaltyPoints(),  &guestMerges(),
            &tickets(),        &ticketEvents(),
            &compensations(),  &followUps(),
            &feedback(),       &feedbackTopics(),
            &segments(),       &messageTemplates(),
            &reminderActions()};
}

const QStringList &JsonTables::notExported()
{
    // The outbox and its campaigns are this device's work (docs/decisions.md, "The outbox is the
    // device's"): a restored or copied file must not send them again.
    static const QStringList tables{QStringLiteral("local_meta"),   QStringLiteral("change_log"),
                                    QStringLiteral("search_names"), QStringLiteral("search_index"),
                                    QStringLiteral("outbox"),       QStringLiteral("message_campaigns")};
    return tables;
}

} // namespace innkeep
