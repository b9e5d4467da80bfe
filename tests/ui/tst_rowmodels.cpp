// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The list models follow their services row by row: a record that comes, goes, changes or moves
// is one insert, remove, dataChanged or move, never a reset, and the selection stays put.
#include "appservices.h"
#include "feedback/feedbacklistmodel.h"
#include "models/guesttablemodel.h"
#include "models/roles.h"
#include "samplevenue.h"
#include "tempdatabase.h"
#include "tickets/ticketqueuemodel.h"
#include "tickets/ticketservices.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace innkeep;
using namespace innkeep::ui;
using Tester = QAbstractItemModelTester;

namespace {

Guest named(const QString &given, const QString &family)
{
    Guest guest;
    guest.givenName = given;
    guest.familyName = family;
    return guest;
}

} // namespace

TEST_CASE(
    "Guest table: a guest added inside the loaded window is one inserted row, outside it only the count",
    "[ui][models][rowlevel]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db(), 450); // more than two pages of 200
    AppServices services(t.db());
    // The model as a view holds it: the first page loaded. (QAbstractItemModelTester reads every
    // row, so it watches a second model over the same services, below.)
    GuestTableModel model(services.openVenue.guestDirectory(), services.guests, services.stays);
    model.reload();
    GuestTableModel whole(services.openVenue.guestDirectory(), services.guests, services.stays);
    whole.reload(); // before the tester: Qt 6.4's tester fetches more inside its own reset handler
    Tester tester(&whole, Tester::FailureReportingMode::Fatal);
    REQUIRE(whole.rowCount() == 454);
    QSignalSpy wholeReset(&whole, &QAbstractItemModel::modelReset);
    REQUIRE(model.rowCount() == GuestTableModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    REQUIRE(model.totalCount() == 454);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(5, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString selected = model.uuidAt(5);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy counted(&model, &GuestTableModel::totalCountChanged);

    // "Aaronyan" sorts first: inserted at row 0, the selection moves down with its guest.
    auto first = services.guests.add(named(QStringLiteral("Ani"), QStringLiteral("Aaronyan")));
    REQUIRE(first);
    CHECK(inserted.size() == 1);
    CHECK(model.rowOf(first->uuid) == 0);
    CHECK(model.rowCount() == GuestTableModel::PageSize + 1);
    CHECK(model.totalCount() == 455);
    CHECK(selection.currentIndex().data(IdRole).toString() == selected);

    // "Zzyzx" sorts after every loaded row: no row, only the count.
    auto last = services.guests.add(named(QStringLiteral("Zoe"), QStringLiteral("Zzyzx")));
    REQUIRE(last);
    CHECK(inserted.size() == 1);
    CHECK(model.rowOf(last->uuid) == -1);
    CHECK(model.totalCount() == 456);
    CHECK(counted.size() == 2);

    // Renamed so that it sorts elsewhere inside the window: moved, repainted, still selected.
    Guest renamed = *services.guests.find(selected);
    renamed.familyName = QStringLiteral("Abajyan");
    renamed.latinFamilyName = QStringLiteral("Abajyan");
    REQUIRE(services.guests.update(renamed));
    CHECK(moved.size() == 1);
    CHECK(model.rowOf(selected) == 1); // after Aaronyan
    CHECK(model.index(1, GuestTableModel::Name).data().toString().startsWith(QStringLiteral("Abajyan")));
    CHECK(selection.currentIndex().data(IdRole).toString() == selected);

    // Archived: its row goes; a plain change repaints one row.
    REQUIRE(services.guests.archive(first->uuid));
    CHECK(removed.size() == 1);
    CHECK(model.rowOf(first->uuid) == -1);
    changed.clear();
    const QString tenth = model.uuidAt(10);
    Guest vip = *services.guests.find(tenth);
    vip.vipLevel = 3;
    REQUIRE(services.guests.update(vip));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).value<QModelIndex>().row() == 10);
    CHECK(model.rowOf(v.aram) == -1); // beyond the loaded window: a change to Aram costs no row
    changed.clear();
    vip = *services.guests.find(v.aram);
    vip.vipLevel = 3;
    REQUIRE(services.guests.update(vip));
    CHECK(changed.isEmpty());

    // The window still pages on from where it stands.
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == model.totalCount());
    QSet<QString> uuids;
    for (int row = 0; row < model.rowCount(); ++row)
        uuids.insert(model.uuidAt(row));
    CHECK(uuids.size() == model.rowCount());
    CHECK(uuids.contains(last->uuid));
    CHECK(reset.isEmpty());
    // The fully loaded model ends in the same rows, also without a reset.
    REQUIRE(whole.rowCount() == model.rowCount());
    for (int row = 0; row < whole.rowCount(); ++row)
        REQUIRE(whole.uuidAt(row) == model.uuidAt(row));
    CHECK(wholeReset.isEmpty());
}

TEST_CASE("Ticket queue: another ticket's change keeps the selected ticket selected, without a reset",
          "[ui][models][rowlevel]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    TicketServices services(t.db());
    TicketQueueModel model(services);
    const auto log = [&](const QString &guest, TicketSeverity severity, const QString &text) {
        NewTicket input;
        input.guestUuid = guest;
        input.severity = severity;
        input.description = text;
        auto ticket = services.tickets.create(input);
        REQUIRE(ticket);
        return ticket->uuid;
    };
    const QString towels = log(v.nino, TicketSeverity::Low, QStringLiteral("Towels"));
    const QString noise = log(v.aram, TicketSeverity::Medium, QStringLiteral("Noise"));
    model.setQuery({});
    Tester tester(&model, Tester::FailureReportingMode::Fatal); // after the reset (Qt 6.4's tester)
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 2);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(model.rowOf(towels), 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const QString leak = log(v.anna, TicketSeverity::Critical, QStringLiteral("Water leak"));
    CHECK(inserted.size() == 1);
    CHECK(model.rowOf(leak) == 0); // critical: most urgent
    REQUIRE(services.tickets.acknowledge(noise));
    REQUIRE(services.tickets.resolve(noise, QStringLiteral("Moved to a quiet room")));
    CHECK(removed.size() == 1); // resolved: off the open queue
    CHECK(model.rowOf(noise) == -1);
    CHECK(selection.currentIndex().data(IdRole).toString() == towels);
    // The guest's new name shows on their tickets.
    Guest nino = *services.guests.find(v.nino);
    nino.givenName = QStringLiteral("Nina");
    REQUIRE(services.guests.update(nino));
    CHECK(model.index(model.rowOf(towels), TicketQueueModel::Guest)
              .data()
              .toString()
              .startsWith(QStringLiteral("Nina")));
    CHECK(selection.currentIndex().data(IdRole).toString() == towels);
    CHECK(reset.isEmpty());
}

TEST_CASE("Feedback list: a new entry is one inserted row on top, an answer one changed row",
          "[ui][models][rowlevel]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    TicketServices services(t.db());
    FeedbackListModel model(services);
    const auto add = [&](const QString &text, qint64 at) {
        NewFeedback input;
        input.guestUuid = v.anna;
        input.text = text;
        input.receivedAt = at;
        auto entry = services.feedback.add(input);
        REQUIRE(entry);
        return entry->uuid;
    };
    const qint64 now = t.clock().nowMs();
    const QString old = add(QStringLiteral("Nice pool"), now - 3600'000);
    model.setQuery({});
    Tester tester(&model, Tester::FailureReportingMode::Fatal); // after the reset (Qt 6.4's tester)
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 1);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString fresh = add(QStringLiteral("Great breakfast"), now);
    CHECK(inserted.size() == 1);
    CHECK(model.rowOf(fresh) == 0);
    REQUIRE(services.feedback.respond(old, QStringLiteral("Thank you!")));
    CHECK(changed.size() == 1);
    CHECK(model.entryAt(model.rowOf(old))->respondedAt.has_value());
    CHECK(reset.isEmpty());
}
