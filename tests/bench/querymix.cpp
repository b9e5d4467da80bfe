// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "querymix.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace innkeep::bench {

namespace {

bool isLatinScript(const QString &s)
{
    for (const QChar c : s) {
        if (c.isLetter())
            return c.unicode() < 0x0250;
    }
    return false;
}

struct Drawn
{
    qint64 id = 0;
    QString given, family, latinGiven, latinFamily;
};

class Drawer
{
public:
    Drawer(Database &db, quint32 seed) : m_db(db), m_random(seed) {}

    Status init()
    {
        Statement max(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM guests"));
        auto v = max.scalar();
        if (!v)
            return std::unexpected(v.error());
        m_maxId = v->toLongLong();
        if (m_maxId <= 0)
            return fail(Error::Code::NotFound,
                        QStringLiteral("The database has no guests to draw search strings from."));
        return {};
    }

    Result<Drawn> guest()
    {
        Statement s(m_db,
                    QStringLiteral("SELECT id, given_name, family_name, latin_given_name, latin_family_name "
                                   "FROM guests WHERE id >= ? ORDER BY id LIMIT 1"));
        const qint64 at = 1 + qint64(m_random.bounded(quint64(m_maxId)));
        if (auto ok = s.bind(at).exec(); !ok)
            return std::unexpected(ok.error());
        Drawn d;
        if (s.next())
            d = {s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4)};
        return d;
    }

    Result<QString> firstValue(const QString &sql, qint64 id)
    {
        Statement s(m_db, sql);
        if (auto ok = s.bind(id).exec(); !ok)
            return std::unexpected(ok.error());
        return s.next() ? s.text(0) : QString();
    }

    QString prefix(const QString &word)
    {
        const QString trimmed = word.trimmed();
        if (trimmed.isEmpty())
            return {};
        const int length = 1 + int(m_random.bounded(4u));
        QString p = trimmed.left(length);
        // Half the time typed in lower case, as people do in a search field.
        return m_random.bounded(2u) ? p.toLower() : p;
    }

    int below(int n) { return int(m_random.bounded(quint32(n))); }

private:
    Database &m_db;
    QRandomGenerator m_random;
    qint64 m_maxId = 0;
};

} // namespace

const QStringList &searchKinds()
{
    static const QStringList kinds{QStringLiteral("latin-name"),    QStringLiteral("latin-of-native"),
                                   QStringLiteral("native-script"), QStringLiteral("email"),
                                   QStringLiteral("phone4"),        QStringLiteral("room")};
    return kinds;
}

Result<QList<SearchCase>> buildQueryMix(Database &db, quint32 seed, int perKind)
{
    Drawer drawer(db, seed);
    if (auto ok = drawer.init(); !ok)
        return std::unexpected(ok.error());
    QList<SearchCase> cases;
    static const QRegularExpression nonWord(QStringLiteral("[^A-Za-z0-9]+"));
    for (int i = 0; i < perKind; ++i) {
        for (const QString &kind : searchKinds()) {
            QString text;
            // A few hundred draws find every kind in a venue of any size; the kinds that need a
            // native (non-Latin) guest or a room retry until one turns up.
            for (int attempt = 0; attempt < 400 && text.isEmpty(); ++attempt) {
                auto g = drawer.guest();
                if (!g)
                    return std::unexpected(g.error());
                const bool latin = isLatinScript(g->given + g->family);
                const bool pickGiven = drawer.below(2) == 0;
                if (kind == QLatin1String("latin-name")) {
                    if (latin)
                        text = drawer.prefix(pickGiven ? g->latinGiven : g->latinFamily);
                } else if (kind == QLatin1String("latin-of-native")) {
                    if (!latin)
                        text = drawer.prefix(pickGiven ? g->latinGiven : g->latinFamily);
                } else if (kind == QLatin1String("native-script")) {
                    if (!latin)
                        text = drawer.prefix(pickGiven ? g->given : g->family);
                } else if (kind == QLatin1String("email")) {
                    auto email = drawer.firstValue(
                        QStringLiteral("SELECT value FROM guest_contacts WHERE guest_id = ? "
                                       "AND kind = 'email' ORDER BY position LIMIT 1"),
                        g->id);
                    if (!email)
                        return std::unexpected(email.error());
                    const QStringList words = email->split(nonWord, Qt::SkipEmptyParts);
                    if (!words.isEmpty()) {
                        const QString word =
                            words.at(drawer.below(int(std::min<qsizetype>(words.size(), 3))));
                        text = word.left(3 + drawer.below(4));
                    }
                } else if (kind == QLatin1String("phone4")) {
                    auto phone = drawer.firstValue(
                        QStringLiteral("SELECT value FROM guest_contacts WHERE guest_id = ? "
                                       "AND kind = 'phone' ORDER BY position LIMIT 1"),
                        g->id);
                    if (!phone)
                        return std::unexpected(phone.error());
                    if (phone->size() >= 4)
                        text = phone->right(4);
                } else {
                    auto room = drawer.firstValue(
                        QStringLiteral("SELECT room FROM stays WHERE guest_id = ? AND room <> '' "
                                       "ORDER BY arrival DESC LIMIT 1"),
                        g->id);
                    if (!room)
                        return std::unexpected(room.error());
                    text = *room;
                }
            }
            if (!text.isEmpty())
                cases.append({text, kind});
        }
    }
    return cases;
}

} // namespace innkeep::bench
