// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetemplates.h"

#include "common/fieldlimits.h"
#include "common/languagecode.h"
#include "common/textfield.h"
#include "messages/guestfacts.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "venue/venuesettings.h"

namespace innkeep {

namespace {

const QString Table = QStringLiteral("message_templates");
const QString Select =
    QStringLiteral("SELECT id, uuid, name, language, subject, body, is_fallback, created_at, "
                   "updated_at FROM message_templates ");

MessageTemplate readTemplate(const Statement &row)
{
    MessageTemplate t;
    t.id = row.integer(0);
    t.uuid = row.text(1);
    t.name = row.text(2);
    t.language = row.text(3);
    t.subject = row.text(4);
    t.body = row.text(5);
    t.fallback = row.integer(6) != 0;
    t.createdAt = row.integer(7);
    t.updatedAt = row.integer(8);
    return t;
}

Result<QList<MessageTemplate>> readAll(Database &db, const QString &tail, const QVariantList &values)
{
    Statement select(db, Select + tail);
    for (const QVariant &value : values)
        select.bindValue(value);
    if (auto ok = select.exec(); !ok)
        return std::unexpected(ok.error());
    QList<MessageTemplate> found;
    while (select.next())
        found.append(readTemplate(select));
    if (auto ok = select.walked(); !ok)
        return std::unexpected(ok.error());
    return found;
}

QString primary(const QString &language)
{
    return language.section(u'-', 0, 0).toLower();
}

} // namespace

QString MessageTemplates::nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

Result<MessageTemplate> MessageTemplates::checked(const MessageTemplate &draft) const
{
    MessageTemplate t = draft;
    auto name = TextField::line(QStringLiteral("name"), draft.name, FieldLimit::Name);
    if (!name)
        return std::unexpected(name.error());
    if (name->isEmpty())
        return fail(Error::Code::InvalidInput, tr("Give the template a name, e.g. \"thank-you\"."),
                    QStringLiteral("name"));
    t.name = *name;
    auto language = LanguageCode::normalised(QStringLiteral("language"), draft.language);
    if (!language)
        return std::unexpected(language.error());
    if (language->isEmpty())
        return fail(Error::Code::InvalidInput, tr("Give the template's language, e.g. en, hy or ka."),
                    QStringLiteral("language"));
    t.language = *language;
    auto subject = TextField::line(QStringLiteral("subject"), draft.subject, FieldLimit::ShortText);
    if (!subject)
        return std::unexpected(subject.error());
    if (subject->isEmpty())
        return fail(Error::Code::InvalidInput, tr("Give the message a subject."), QStringLiteral("subject"));
    t.subject = *subject;
    auto body = TextField::lines(QStringLiteral("body"), draft.body, FieldLimit::LongText);
    if (!body)
        return std::unexpected(body.error());
    if (body->isEmpty())
        return fail(Error::Code::InvalidInput, tr("Write the message's text."), QStringLiteral("body"));
    t.body = *body;
    if (auto ok = TemplateText::check(QStringLiteral("subject"), t.subject); !ok)
        return std::unexpected(ok.error());
    if (auto ok = TemplateText::check(QStringLiteral("body"), t.body); !ok)
        return std::unexpected(ok.error());
    return t;
}

Result<MessageTemplate> MessageTemplates::save(const MessageTemplate &draft)
{
    auto t = checked(draft);
    if (!t)
        return t;
    const QString key = nameKey(t->name);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto siblings = readAll(m_db, QStringLiteral("WHERE name_key = ? ORDER BY id"), {key});
    if (!siblings)
        return std::unexpected(siblings.error());
    const qint64 now = m_db.clock().nowMs();
    const MessageTemplate *same = nullptr;
    const MessageTemplate *oldFallback = nullptr;
    for (const MessageTemplate &sibling : *siblings) {
        if (sibling.language.compare(t->language, Qt::CaseInsensitive) == 0)
            same = &sibling;
        if (sibling.fallback)
            oldFallback = &sibling;
    }
    const bool makeFallback = t->fallback || !oldFallback || oldFallback == same;
    if (makeFallback && oldFallback && oldFallback != same) {
        Statement unset(
            m_db,
            QStringLiteral("UPDATE message_templates SET is_fallback = 0, updated_at = ? WHERE id = ?"));
        if (auto ok = unset.bind(now, oldFallback->id).exec(); !ok)
            return std::unexpected(ok.error());
        if (auto ok =
                ChangeLog(m_db).recordUpdate(Table, oldFallback->uuid, QStringLiteral("is_fallback"), 1, 0);
            !ok)
            return std::unexpected(ok.error());
    }
    t->fallback = makeFallback;
    t->updatedAt = now;
    if (same) {
        t->id = same->id;
        t->uuid = same->uuid;
        t->createdAt = same->createdAt;
        const QVariantMap before{{QStringLiteral("name"), same->name},
                                 {QStringLiteral("subject"), same->subject},
                                 {QStringLiteral("body"), same->body},
                                 {QStringLiteral("is_fallback"), int(same->fallback)}};
        const QVariantMap after{{QStringLiteral("name"), t->name},
                                {QStringLiteral("subject"), t->subject},
                                {QStringLiteral("body"), t->body},
                                {QStringLiteral("is_fallback"), int(t->fallback)}};
        const QList<FieldChange> changes = diffFields(before, after);
        if (changes.isEmpty())
            return *same;
        Statement update(m_db, QStringLiteral("UPDATE message_templates SET name = ?, subject = ?, body = ?, "
                                              "is_fallback = ?, updated_at = ? WHERE id = ?"));
        if (auto ok = update.bind(t->name, t->subject, t->body, int(t->fallback), now, t->id).exec(); !ok)
            return std::unexpected(ok.error());
        if (auto ok = ChangeLog(m_db).recordUpdates(Table, t->uuid, changes); !ok)
            return std::unexpected(ok.error());
    } else {
        t->uuid = m_db.newUuid();
        t->createdAt = now;
        const QVariantMap row{{QStringLiteral("uuid"), t->uuid},
                              {QStringLiteral("name"), t->name},
                              {QStringLiteral("name_key"), key},
                              {QStringLiteral("language"), t->language},
                              {QStringLiteral("subject"), t->subject},
                              {QStringLiteral("body"), t->body},
                              {QStringLiteral("is_fallback"), int(t->fallback)},
                              {QStringLiteral("created_at"), now},
                              {QStringLiteral("updated_at"), now}};
        auto id = insertRow(m_db, Table, row);
        if (!id)
            return std::unexpected(id.error());
        t->id = *id;
        if (auto ok = ChangeLog(m_db).recordInsert(Table, t->uuid, row); !ok)
            return std::unexpected(ok.error());
    }
    announceAfterCommit(m_db, same ? Kind::Changed : Kind::Added, t->uuid, {});
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return t;
}

Result<QList<MessageTemplate>> MessageTemplates::list()
{
    return readAll(m_db, QStringLiteral("ORDER BY name_key, language"), {});
}

Result<QList<MessageTemplate>> MessageTemplates::named(const QString &name)
{
    auto found = readAll(m_db, QStringLiteral("WHERE name_key = ? ORDER BY language"), {nameKey(name)});
    if (found && found->isEmpty())
        return fail(Error::Code::NotFound,
                    tr("There is no template called %1; innkeep-cli template list shows them.")
                        .arg(TextField::quoted(name)),
                    QStringLiteral("template"));
    return found;
}

const MessageTemplate &MessageTemplates::pick(const QList<MessageTemplate> &languages,
                                              const QString &guestLanguage)
{
    Q_ASSERT(!languages.isEmpty());
    const QString wanted = guestLanguage.trimmed();
    if (!wanted.isEmpty()) {
        for (const MessageTemplate &t : languages)
            if (t.language.compare(wanted, Qt::CaseInsensitive) == 0)
                return t;
        for (const MessageTemplate &t : languages)
            if (primary(t.language) == primary(wanted))
                return t;
    }
    for (const MessageTemplate &t : languages)
        if (t.fallback)
            return t;
    return languages.constFirst();
}

Result<MessageTemplate> MessageTemplates::forLanguage(const QString &name, const QString &guestLanguage)
{
    auto languages = named(name);
    if (!languages)
        return std::unexpected(languages.error());
    return pick(*languages, guestLanguage);
}

Result<RenderedMessage> MessageTemplates::preview(const QString &name, const QString &guestUuid)
{
    auto facts = GuestFactsReader(m_db).read(guestUuid);
    if (!facts)
        return std::unexpected(facts.error());
    auto chosen = forLanguage(name, facts->language);
    if (!chosen)
        return std::unexpected(chosen.error());
    const auto values = facts->placeholderValues(chosen->language, VenueSettings(m_db).venueName());
    return RenderedMessage{chosen->name, chosen->language, TemplateText::fill(chosen->subject, values),
                           TemplateText::fill(chosen->body, values)};
}

} // namespace innkeep
