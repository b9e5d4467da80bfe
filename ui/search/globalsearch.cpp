// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "globalsearch.h"

#include "models/roles.h"
#include "models/searchresultsmodel.h"
#include "search/guestsearch.h"
#include "widgets/icons.h"
#include "widgets/plaintext.h"
#include "widgets/twolinedelegate.h"

#include <QEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace innkeep::ui {

GlobalSearch::GlobalSearch(GuestSearch &search, QWidget *overlayParent, QWidget *parent)
    : QLineEdit(parent), m_search(search), m_overlayParent(overlayParent),
      m_overlay(new QFrame(overlayParent)), m_view(new QListView(m_overlay)), m_empty(new QLabel(m_overlay)),
      m_model(new SearchResultsModel(this))
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Search guests, phones, e-mails, rooms, complaints… (Ctrl+K)"));
    setAccessibleName(tr("Search"));
    setClearButtonEnabled(true);
    icons::set(addAction(QIcon(), QLineEdit::LeadingPosition), QStringLiteral("search"));

    m_overlay->setObjectName(QStringLiteral("searchResults"));
    m_overlay->setFrameShape(QFrame::StyledPanel);
    m_overlay->setAutoFillBackground(true);
    m_overlay->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(m_overlay);
    layout->setContentsMargins(1, 1, 1, 1);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TwoLineDelegate(m_view));
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setUniformItemSizes(true);
    m_view->setAccessibleName(tr("Search results"));
    PlainText::setUp(m_empty); // it quotes what was typed
    m_empty->setMargin(12);
    m_empty->setWordWrap(true);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    m_overlay->hide();

    overlayParent->installEventFilter(this);
    connect(this, &QLineEdit::textEdited, this, &GlobalSearch::runSearch);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) { activate(index.row()); });
}

bool GlobalSearch::isResultsVisible() const
{
    return m_overlay->isVisible();
}

void GlobalSearch::closeResults()
{
    m_overlay->hide();
}

void GlobalSearch::rememberGuest(const QString &uuid, const QString &name, const QString &latinName)
{
    m_recent.removeIf([&uuid](const SearchHit &hit) { return hit.uuid == uuid; });
    m_recent.prepend({QStringLiteral("guest"), uuid, uuid, name, latinName, QStringLiteral("recent")});
    if (m_recent.size() > RecentGuests)
        m_recent.resize(RecentGuests);
}

void GlobalSearch::showRecent()
{
    if (m_recent.isEmpty()) {
        m_model->setHits({});
        closeResults();
        return;
    }
    QList<SearchHit> hits = m_recent; // their stays as of now
    (void)m_search.addStayFacts(hits);
    showHits(hits);
}

void GlobalSearch::showHits(const QList<SearchHit> &hits)
{
    m_model->setHits(hits);
    m_empty->setVisible(false);
    m_view->setVisible(true);
    m_view->setCurrentIndex(m_model->index(0, 0));
    placeOverlay();
    m_overlay->show();
    m_overlay->raise();
}

void GlobalSearch::runSearch(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        showRecent();
        return;
    }
    auto hits = m_search.search(text, 20);
    // Each guest's stay and VIP level beside the name (a second, batched read, after the search).
    if (hits)
        (void)m_search.addStayFacts(*hits);
    m_model->setHits(hits ? *hits : QList<SearchHit>());
    const bool none = m_model->rowCount() == 0;
    m_empty->setText(hits ? tr("Nothing matches “%1”. Try part of a name in any script, a phone number, "
                               "an e-mail, a room or a booking reference.")
                                .arg(GuestSearch::usedQuery(text))
                          : hits.error().message);
    m_empty->setVisible(none);
    m_view->setVisible(!none);
    if (!none)
        m_view->setCurrentIndex(m_model->index(0, 0));
    placeOverlay();
    m_overlay->show();
    m_overlay->raise();
}

void GlobalSearch::placeOverlay()
{
    const QPoint topLeft = mapTo(m_overlayParent, QPoint(0, height() + 2));
    const int width = std::max(this->width(), 420);
    int rowHeight = m_view->sizeHintForRow(0);
    if (rowHeight <= 0)
        rowHeight = fontMetrics().height() * 3;
    const int rows = std::min(m_model->rowCount(), 10);
    const int height = m_model->rowCount() == 0 ? m_empty->heightForWidth(width) + 4 : rows * rowHeight + 4;
    const int x = std::min(topLeft.x(), std::max(0, m_overlayParent->width() - width));
    m_overlay->setGeometry(x, topLeft.y(), width, std::min(height, m_overlayParent->height() - topLeft.y()));
}

void GlobalSearch::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const SearchHit hit = m_model->hit(row);
    closeResults();
    clear();
    m_model->setHits({});
    if (hit.kind == QLatin1String("ticket"))
        Q_EMIT ticketActivated(hit.uuid, hit.guestUuid);
    else if (hit.kind == QLatin1String("feedback"))
        Q_EMIT feedbackActivated(hit.uuid, hit.guestUuid);
    else
        Q_EMIT guestActivated(hit.guestUuid.isEmpty() ? hit.uuid : hit.guestUuid);
}

void GlobalSearch::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_model->rowCount();
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (rows > 0) {
            if (!isResultsVisible())
                runSearch(text());
            const int step = event->key() == Qt::Key_Down ? 1 : -1;
            m_view->setCurrentIndex(m_model->index(std::clamp(current + step, 0, rows - 1), 0));
        }
        return;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (rows > 0) {
            const int step = event->key() == Qt::Key_PageDown ? 5 : -5;
            m_view->setCurrentIndex(m_model->index(std::clamp(current + step, 0, rows - 1), 0));
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (isResultsVisible())
            activate(current);
        return;
    case Qt::Key_Escape:
        if (isResultsVisible())
            closeResults();
        else
            clear();
        return;
    default: QLineEdit::keyPressEvent(event);
    }
}

void GlobalSearch::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    if (text().trimmed().isEmpty())
        showRecent();
}

void GlobalSearch::focusOutEvent(QFocusEvent *event)
{
    // A click in the list takes no focus (NoFocus), so leaving the field means leaving search.
    if (event->reason() != Qt::PopupFocusReason)
        closeResults();
    QLineEdit::focusOutEvent(event);
}

bool GlobalSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_overlayParent && event->type() == QEvent::Resize && isResultsVisible())
        placeOverlay();
    return QLineEdit::eventFilter(watched, event);
}

} // namespace innkeep::ui
