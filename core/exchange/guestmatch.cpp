// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestmatch.h"

#include "common/textfield.h"
#include "guests/guestidentity.h"
#include "search/searchkey.h"
#include "storage/statement.h"

#include <QList>

#include <algorithm>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

Error invalid(const QString &field, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, field, {}, 0};
}

bool same(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

void GuestKeys::setFullName(const QString &name)
{
    const QString simple = name.simplified();
    if (const qsizetype comma = simple.indexOf(u','); comma >= 0) {
        familyName = simple.left(comma).trimmed();
        givenName = simple.mid(comma + 1).trimmed();
    } else if (const qsizetype space = simple.lastIndexOf(u' '); space >= 0) {
        givenName = simple.left(space);
        familyName = simple.mid(space + 1);
    } else {
        familyName = simple;
    }
}

Result<std::optional<GuestMatch::Found>> GuestMatch::current(qint64 id)
{
    auto now = GuestIdentity(m_db).current(id);
    if (!now)
        return std::unexpected(now.error());
    if (!*now)
        return std::nullopt;
    return Found{(*now)->id, (*now)->uuid};
}

Result<QList<GuestMatch::Found>> GuestMatch::currentOf(Statement &ids)
{
    if (auto ok = ids.exec(); !ok)
        return std::unexpected(ok.error());
    QList<qint64> stored;
    while (ids.next())
        stored.append(ids.integer(0));
    if (auto ok = ids.walked(); !ok)
        return std::unexpected(ok.error());
    QList<Found> found;
    for (const qint64 id : std::as_const(stored)) {
        auto now = current(id);
        if (!now)
            return std::unexpected(now.error());
        if (*now
            && std::none_of(found.cbegin(), found.cend(), [&](const Found &f) { return f.id == (*now)->id; }))
            found.append(**now);
    }
    return found;
}

Result<std::optional<GuestMatch::Found>> GuestMatch::byExternalId(const QString &externalId)
{
    Statement select(m_db, u"SELECT id FROM guests WHERE external_id = ? LIMIT 8"_s);
    select.bind(externalId);
    auto found = currentOf(select);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::nullopt;
    return found->constFirst();
}

Result<std::optional<GuestMatch::Found>> GuestMatch::byEmail(const QString &email)
{
    Statement select(m_db, u"SELECT DISTINCT guest_id FROM guest_contacts WHERE kind = 'email' AND value = ? "
                           "ORDER BY guest_id LIMIT 8"_s);
    select.bind(email.toLower());
    auto found = currentOf(select);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::nullopt;
    if (found->size() > 1)
        return std::unexpected(invalid(
            u"email"_s, tr("Several guests have the e-mail %1; add an external id column to tell them "
                           "apart.")
                            .arg(TextField::quoted(email))));
    return found->constFirst();
}

Result<std::optional<GuestMatch::Found>> GuestMatch::byName(const QString &given, const QString &family)
{
    // Candidates by family name in SQL (NOCASE folds ASCII only, so the Latin form of the file's
    // name is asked for too), then the whole name compared here, case aside in any script.
    const QString latinGiven = latinForm(given);
    const QString latinFamily = latinForm(family);
    Statement select(m_db,
                     u"SELECT id, uuid, given_name, family_name, latin_given_name, latin_family_name "
                     "FROM guests WHERE archived_at IS NULL AND (family_name = ?1 COLLATE NOCASE "
                     "OR latin_family_name = ?1 COLLATE NOCASE OR latin_family_name = ?2 COLLATE NOCASE) "
                     "ORDER BY id LIMIT 50"_s);
    if (auto ok = select.bind(family, latinFamily).exec(); !ok)
        return std::unexpected(ok.error());
    QList<Found> found;
    while (select.next()) {
        const QString storedGiven = select.text(2);
        const QString storedFamily = select.text(3);
        const QString storedLatinGiven = select.text(4);
        const QString storedLatinFamily = select.text(5);
        const bool matches =
            (same(storedFamily, family)
             && (given.isEmpty() ? storedGiven.isEmpty() : same(storedGiven, given)))
            || (same(storedLatinFamily, family)
                && (given.isEmpty() ? storedLatinGiven.isEmpty() : same(storedLatinGiven, given)))
            || (same(storedLatinFamily, latinFamily)
                && (latinGiven.isEmpty() ? storedLatinGiven.isEmpty() : same(storedLatinGiven, latinGiven)));
        if (matches)
            found.append({select.integer(0), select.text(1)});
    }
    if (auto ok = select.walked(); !ok)
        return std::unexpected(ok.error());
    if (found.isEmpty())
        return std::nullopt;
    if (found.size() > 1)
        return std::unexpected(
            invalid(u"name"_s, tr("Several guests are called %1; add an e-mail or external id column.")
                                   .arg(TextField::quoted(QStringList{given, family}.join(u' ').trimmed()))));
    return found.constFirst();
}

Result<std::optional<GuestMatch::Found>> GuestMatch::find(const GuestKeys &keys)
{
    if (!keys.externalId.isEmpty()) {
        auto found = byExternalId(keys.externalId);
        if (!found || *found)
            return found;
    }
    if (!keys.email.isEmpty()) {
        auto found = byEmail(keys.email);
        if (!found || *found)
            return found;
    }
    if (!keys.familyName.isEmpty())
        return byName(keys.givenName, keys.familyName);
    return std::nullopt;
}

Result<GuestMatch::Found> GuestMatch::require(const GuestKeys &keys)
{
    auto found = find(keys);
    if (!found)
        return std::unexpected(found.error());
    if (*found)
        return **found;
    if (!keys.externalId.isEmpty())
        return std::unexpected(
            invalid(u"external_id"_s, tr("No guest has the external id %1; import the guests "
                                         "first.")
                                          .arg(TextField::quoted(keys.externalId))));
    if (!keys.email.isEmpty())
        return std::unexpected(invalid(
            u"email"_s,
            tr("No guest with e-mail %1; import the guests first.").arg(TextField::quoted(keys.email))));
    if (!keys.familyName.isEmpty())
        return std::unexpected(invalid(
            u"name"_s,
            tr("No guest is called %1; import the guests first.")
                .arg(TextField::quoted(QStringList{keys.givenName, keys.familyName}.join(u' ').trimmed()))));
    return std::unexpected(
        invalid(u"guest"_s, tr("This row names no guest: give their external id, e-mail or name.")));
}

} // namespace innkeep
