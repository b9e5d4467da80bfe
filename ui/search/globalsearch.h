// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/guestsearch.h"

#include <QLineEdit>

class QFrame;
class QLabel;
class QListView;

namespace innkeep {
class GuestSearch;
}

namespace innkeep::ui {

class SearchResultsModel;

// The search field (Ctrl+K) with its results list: searched again on every keystroke,
// Up/Down move through the results, Enter opens one, Escape closes the list.
// The list is drawn inside the window (a child of `overlayParent`), not as a separate popup,
// so focus never leaves the field while typing.
class GlobalSearch final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlobalSearch)

public:
    GlobalSearch(GuestSearch &search, QWidget *overlayParent, QWidget *parent = nullptr);

    [[nodiscard]] QListView *resultsView() const { return m_view; }
    [[nodiscard]] SearchResultsModel *results() const { return m_model; }
    [[nodiscard]] bool isResultsVisible() const;
    void closeResults();
    // The guests opened lately (newest first, at most RecentGuests): the list shows them while the
    // field is empty, so the guest the desk was just dealing with is one key away.
    void rememberGuest(const QString &uuid, const QString &name, const QString &latinName);
    [[nodiscard]] const QList<SearchHit> &recentGuests() const { return m_recent; }
    static constexpr int RecentGuests = 10;

Q_SIGNALS:
    void guestActivated(const QString &guestUuid);
    // For the tickets and feedback pages to open their records.
    void ticketActivated(const QString &ticketUuid, const QString &guestUuid);
    void feedbackActivated(const QString &feedbackUuid, const QString &guestUuid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void runSearch(const QString &text);
    void showRecent();
    void showHits(const QList<SearchHit> &hits);
    void activate(int row);
    void placeOverlay();

    GuestSearch &m_search;
    QWidget *m_overlayParent;
    QFrame *m_overlay;
    QListView *m_view;
    QLabel *m_empty;
    SearchResultsModel *m_model;
    QList<SearchHit> m_recent;
};

} // namespace innkeep::ui
