// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A guest's History tab in the desk's words: a complaint's whole life, its compensation and the
// feedback it came from, with no internal id, raw instant or stored token in sight.
#include "appservices.h"
#include "models/historymodel.h"
#include "profile/historywording.h"
#include "samplevenue.h"
#include "tempdatabase.h"
#include "tickets/ticketdisplaytext.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace innkeep;
using namespace innkeep::ui;

TEST_CASE("History tells a complaint's life in words, with no ids, raw instants or tokens", "[ui][history]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    AppServices services(t.db());
    OpenVenue &venue = services.openVenue;

    NewFeedback said;
    said.guestUuid = v.aram;
    said.rating = Rating{2, RatingScale::OneToFive};
    said.text = QStringLiteral("The room next door was loud all night");
    const FeedbackEntry entry = venue.feedback().add(said).value();
    const ComplaintTicket ticket = venue.feedback().toTicket(entry.uuid, QStringLiteral("noise")).value();
    t.clock().advance(10 * 60'000);
    REQUIRE(venue.tickets().acknowledge(ticket.uuid));
    REQUIRE(venue.tickets().addNote(ticket.uuid, QStringLiteral("Spoke to room 206")));
    Compensation c;
    c.kind = Compensation::Kind::Discount;
    c.costMinor = 500000;
    c.currency = QStringLiteral("AMD");
    c.description = QStringLiteral("One night");
    REQUIRE(venue.tickets().addCompensation(ticket.uuid, c));
    REQUIRE(venue.tickets().resolve(ticket.uuid, QStringLiteral("Moved to a quiet room")));

    TicketLabels labels;
    labels.load(venue.ticketSettings());
    HistoryModel history;
    QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::Fatal);
    history.setEntries(*venue.guestHistory().forGuest(v.aram),
                       HistoryWording(labels, services.venue.currency()));
    QStringList lines;
    for (int r = 0; r < history.rowCount(); ++r) {
        QStringList cells;
        for (int c = HistoryModel::What; c <= HistoryModel::After; ++c)
            cells.append(history.index(r, c).data().toString());
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    const QString all = lines.join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("Feedback received |  | In person · 2 / 5")));
    CHECK(all.contains(QStringLiteral("Complaint logged |  | Noise, ")));
    CHECK(all.contains(QStringLiteral("Complaint status | New | Acknowledged")));
    CHECK(all.contains(QStringLiteral("Note on a complaint |  | Spoke to room 206")));
    CHECK(all.contains(QStringLiteral("Compensation given |  | Discount, ")));
    CHECK(all.contains(QStringLiteral("One night")));
    CHECK(all.contains(QStringLiteral("Complaint status | Acknowledged | Resolved")));
    CHECK(all.contains(QStringLiteral("Complaint: Resolution |  | Moved to a quiet room")));
    CHECK(all.contains(QStringLiteral("Feedback linked to a complaint")));
    // Nothing a receptionist cannot read: no ids, no epoch milliseconds, no stored tokens.
    CHECK_FALSE(all.contains(QStringLiteral("Ticket id")));
    CHECK_FALSE(all.contains(QStringLiteral(" id ")));
    CHECK_FALSE(all.contains(QRegularExpression(QStringLiteral("\\d{12,}"))));
    for (const char *token : {"in-progress", "acknowledged |", "noise", "discount", "due_at", "updated"})
        CHECK_FALSE(all.contains(QString::fromLatin1(token)));
}

TEST_CASE("History words a guest's own fields: countries, languages and lists by name", "[ui][history]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    AppServices services(t.db());
    Guest g = *services.guests.find(v.nino);
    g.country = QStringLiteral("DE");
    g.language = QStringLiteral("ka");
    g.tags = {QStringLiteral("wedding"), QStringLiteral("cyclist")};
    REQUIRE(services.guests.update(g));
    HistoryModel history;
    history.setEntries(*services.openVenue.guestHistory().forGuest(v.nino));
    QStringList lines;
    for (int r = 0; r < history.rowCount(); ++r)
        lines.append(history.index(r, HistoryModel::What).data().toString() + QStringLiteral(" | ")
                     + history.index(r, HistoryModel::After).data().toString());
    const QString all = lines.join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("Country | Germany")));
    CHECK(all.contains(QStringLiteral("Language | Georgian")));
    CHECK(all.contains(QStringLiteral("Tags | cyclist, wedding")));
}
