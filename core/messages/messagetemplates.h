// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "messages/messagetemplate.h"
#include "storage/recordevents.h"

#include <QCoreApplication>
#include <QList>

namespace innkeep {

class Database;

// The venue's message templates, one row per name and language. Saving checks the name, the
// language (a code Qt knows), the subject (one line) and the body, and every placeholder in them;
// the first language saved under a name is its fallback until another is saved as the fallback.
// Each save is change-logged.
class MessageTemplates final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplates)

public:
    explicit MessageTemplates(Database &db) : m_db(db) {}

    // What template names are unique by: the name with spaces tidied, case folded.
    [[nodiscard]] static QString nameKey(const QString &name);

    // Adds the language to the template `draft.name`, or replaces its subject and body when the
    // template has that language. `draft.fallback` makes it the fallback language (never unsets it).
    // InvalidInput naming "name", "language", "subject" or "body".
    [[nodiscard]] Result<MessageTemplate> save(const MessageTemplate &draft);
    // Every template language, by name then language.
    [[nodiscard]] Result<QList<MessageTemplate>> list();
    // The languages of the template called `name`; NotFound (field "template") when there is none.
    [[nodiscard]] Result<QList<MessageTemplate>> named(const QString &name);
    // The language of template `name` for a guest speaking `guestLanguage`: that language, else its
    // primary language ("en" for "en-GB"), else the fallback.
    [[nodiscard]] Result<MessageTemplate> forLanguage(const QString &name, const QString &guestLanguage);
    // Picks among `languages` (of one template) as forLanguage() does.
    [[nodiscard]] static const MessageTemplate &pick(const QList<MessageTemplate> &languages,
                                                     const QString &guestLanguage);

    // The message the guest would get from template `name` today: the live preview.
    [[nodiscard]] Result<RenderedMessage> preview(const QString &name, const QString &guestUuid);

private:
    [[nodiscard]] Result<MessageTemplate> checked(const MessageTemplate &draft) const;
    Database &m_db;
};

} // namespace innkeep
