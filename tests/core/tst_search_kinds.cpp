// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/feedbackservice.h"
#include "guests/guestservice.h"
#include "search/guestsearch.h"
#include "search/searchindex.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "tickets/ticketservice.h"

#include <QSet>

using namespace innkeep;
using namespace innkeep::test;

namespace {

struct Document
{
    qint64 rowid = 0;
    QString kind;
    QString ref;
    QString name;
    QString contact;
    QString extra;
};

QList<Document> documents(Database &db, const QString &sql, qint64 id = 0)
{
    Statement q(db, sql);
    if (id != 0)
        q.bind(id);
    REQUIRE(q.exec());
    QList<Document> rows;
    while (q.next())
        rows.append({q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)});
    return rows;
}

QList<Document> stored(Database &db)
{
    return documents(
        db, QStringLiteral("SELECT rowid, kind, ref, name, contact, extra FROM search_index ORDER BY rowid"));
}

// The ticket and feedback documents exactly as TicketRepository and FeedbackRepository wrote
// them by hand before SearchIndex owned them: files made then must read the same.
QList<Document> ticketDocumentAsBefore(Database &db, qint64 ticketId)
{
    return documents(
        db,
        QStringLiteral(
            "SELECT t.id * 4 + 1, 'ticket', t.uuid, "
            "coalesce(trim(g.given_name || ' ' || g.family_name || ' ' || g.latin_given_name || ' ' || "
            "g.latin_family_name), ''), '', "
            "trim(t.room || ' ' || t.description || ' ' || t.resolution_summary || ' ' || coalesce((SELECT "
            "group_concat(e.body, ' ') FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind IN ('note', "
            "'action')), '')) FROM tickets t LEFT JOIN guests g ON g.id = t.guest_id WHERE t.id = ?"),
        ticketId);
}

QList<Document> feedbackDocumentAsBefore(Database &db, qint64 feedbackId)
{
    return documents(
        db,
        QStringLiteral(
            "SELECT f.id * 4 + 2, 'feedback', f.uuid, "
            "coalesce(trim(g.given_name || ' ' || g.family_name || ' ' || g.latin_given_name || "
            "' ' || g.latin_family_name), ''), '', trim(f.site || ' ' || f.body || ' ' || f.response) "
            "FROM feedback f LEFT JOIN guests g ON g.id = f.guest_id WHERE f.id = ?"),
        feedbackId);
}

bool sameDocument(const Document &a, const Document &b)
{
    return a.rowid == b.rowid && a.kind == b.kind && a.ref == b.ref && a.name == b.name
           && a.contact == b.contact && a.extra == b.extra;
}

QStringList kindsFound(Database &db, const QString &text)
{
    auto hits = GuestSearch(db).search(text);
    REQUIRE(hits.has_value());
    QStringList kinds;
    for (const SearchHit &hit : *hits)
        kinds.append(hit.kind);
    kinds.sort();
    return kinds;
}

qint64 nameKeys(TempDatabase &t)
{
    return t.count(QStringLiteral("search_names"));
}

} // namespace

TEST_CASE("Search row ids: one scheme in SearchIndex, kinds never collide")
{
    QSet<qint64> rowids;
    for (qint64 id = 1; id <= 1000; ++id) {
        for (SearchKind kind : {SearchKind::Guest, SearchKind::Ticket, SearchKind::Feedback})
            rowids.insert(SearchIndex::rowid(kind, id));
    }
    CHECK(rowids.size() == 3000);
    // The scheme already stored in every venue file.
    CHECK(SearchIndex::rowid(SearchKind::Guest, 7) == 28);
    CHECK(SearchIndex::rowid(SearchKind::Ticket, 7) == 29);
    CHECK(SearchIndex::rowid(SearchKind::Feedback, 7) == 30);
    CHECK(SearchIndex::GuestRowid(7) == 28);
    CHECK(SearchIndex::kindToken(SearchKind::Guest) == QStringLiteral("guest"));
    CHECK(SearchIndex::kindToken(SearchKind::Ticket) == QStringLiteral("ticket"));
    CHECK(SearchIndex::kindToken(SearchKind::Feedback) == QStringLiteral("feedback"));
}

TEST_CASE("A guest, a ticket and a feedback entry with the same id share one file, each found and removed by "
          "its kind")
{
    TempDatabase t;
    Guest draft;
    draft.givenName = QStringLiteral("Aram");
    draft.familyName = QStringLiteral("Ohanyan");
    auto guest = GuestService(t.db()).add(draft);
    REQUIRE(guest.has_value());

    NewTicket complaint;
    complaint.guestId = guest->id;
    complaint.room = QStringLiteral("204");
    complaint.category = QStringLiteral("maintenance");
    complaint.description = QStringLiteral("Shower drain blocked");
    TicketService tickets(t.db());
    auto ticket = tickets.create(complaint);
    REQUIRE(ticket.has_value());
    REQUIRE(tickets.addNote(ticket->uuid, QStringLiteral("Plumber called")).has_value());

    NewFeedback card;
    card.guestId = guest->id;
    card.channel = FeedbackChannel::CommentCard;
    card.text = QStringLiteral("Lovely garden");
    card.language = QStringLiteral("en");
    auto entry = FeedbackService(t.db()).add(card);
    REQUIRE(entry.has_value());

    // The same id in all three tables: only the row id scheme keeps them apart.
    REQUIRE(guest->id == 1);
    REQUIRE(ticket->id == 1);
    REQUIRE(entry->id == 1);

    const QList<Document> rows = stored(t.db());
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].rowid == SearchIndex::rowid(SearchKind::Guest, 1));
    CHECK(rows[0].kind == QStringLiteral("guest"));
    CHECK(rows[0].ref == guest->uuid);
    CHECK(rows[1].rowid == SearchIndex::rowid(SearchKind::Ticket, 1));
    CHECK(rows[1].ref == ticket->uuid);
    CHECK(rows[2].rowid == SearchIndex::rowid(SearchKind::Feedback, 1));
    CHECK(rows[2].ref == entry->uuid);
    // Byte for byte what the repositories wrote before.
    const QList<Document> ticketBefore = ticketDocumentAsBefore(t.db(), 1);
    const QList<Document> feedbackBefore = feedbackDocumentAsBefore(t.db(), 1);
    REQUIRE(ticketBefore.size() == 1);
    REQUIRE(feedbackBefore.size() == 1);
    CHECK(sameDocument(rows[1], ticketBefore.first()));
    CHECK(sameDocument(rows[2], feedbackBefore.first()));
    // The guest's names in their script and in Latin form (the same for a Latin name).
    CHECK(rows[1].name == QStringLiteral("Aram Ohanyan Aram Ohanyan"));
    CHECK(rows[1].extra == QStringLiteral("204 Shower drain blocked  Plumber called"));

    CHECK(kindsFound(t.db(), QStringLiteral("Shower")) == QStringList{QStringLiteral("ticket")});
    CHECK(kindsFound(t.db(), QStringLiteral("garden")) == QStringList{QStringLiteral("feedback")});
    CHECK(kindsFound(t.db(), QStringLiteral("Ohanyan")).contains(QStringLiteral("guest")));
    const qint64 keys = nameKeys(t);
    REQUIRE(keys > 0);

    SearchIndex index(t.db());
    REQUIRE(index.remove(SearchKind::Ticket, 1));
    CHECK(kindsFound(t.db(), QStringLiteral("Shower")).isEmpty());
    CHECK(kindsFound(t.db(), QStringLiteral("garden")) == QStringList{QStringLiteral("feedback")});
    CHECK(stored(t.db()).size() == 2);
    CHECK(nameKeys(t) == keys);

    REQUIRE(index.remove(SearchKind::Feedback, 1));
    CHECK(kindsFound(t.db(), QStringLiteral("garden")).isEmpty());
    CHECK(kindsFound(t.db(), QStringLiteral("Ohanyan")) == QStringList{QStringLiteral("guest")});
    CHECK(nameKeys(t) == keys);

    // Each kind writes its own document back, under its own row id.
    REQUIRE(index.indexTicket(1));
    REQUIRE(index.indexFeedback(1));
    CHECK(stored(t.db()).size() == 3);
    CHECK(sameDocument(stored(t.db())[1], ticketBefore.first()));
    CHECK(sameDocument(stored(t.db())[2], feedbackBefore.first()));

    REQUIRE(index.remove(SearchKind::Guest, 1));
    const QList<Document> left = stored(t.db());
    REQUIRE(left.size() == 2);
    CHECK(left[0].kind == QStringLiteral("ticket"));
    CHECK(left[1].kind == QStringLiteral("feedback"));
    CHECK(nameKeys(t) == 0);
    CHECK(kindsFound(t.db(), QStringLiteral("Shower")) == QStringList{QStringLiteral("ticket")});
}
