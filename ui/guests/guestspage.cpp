// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestspage.h"

#include "appservices.h"
#include "models/guesttablemodel.h"
#include "models/roles.h"
#include "widgets/icons.h"
#include "widgets/messagebar.h"
#include "widgets/rowmenu.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace innkeep::ui {

GuestsPage::GuestsPage(AppServices &services, QWidget *parent)
    : QWidget(parent), m_model(new GuestTableModel(services.openVenue.guestDirectory(), services.guests,
                                                   services.stays, this)),
      m_messages(new MessageBar(this)), m_text(new QLineEdit(this)), m_vip(new QCheckBox(tr("&VIP"), this)),
      m_returning(new QCheckBox(tr("&Returning"), this)), m_blocked(new QCheckBox(tr("&Blocked"), this)),
      m_tag(new QComboBox(this)), m_new(new QPushButton(tr("&New Guest…"), this)),
      m_import(new QPushButton(tr("&Import…"), this)), m_count(new QLabel(this)),
      m_body(new QStackedWidget(this)), m_table(new QTableView(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("guestsPage"));
    auto *heading = new QLabel(tr("Guests"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    m_text->setPlaceholderText(tr("Filter by name in any script"));
    m_text->setClearButtonEnabled(true);
    auto *textLabel = new QLabel(tr("Na&me:"), this);
    textLabel->setBuddy(m_text);
    auto *tagLabel = new QLabel(tr("T&ag:"), this);
    tagLabel->setBuddy(m_tag);
    // Wide enough for "Any tag" in the UI's language ("Ցանկացած պիտակ") and a usual tag.
    m_tag->setMinimumContentsLength(std::max(12, int(tr("Any tag").size()) + 2));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    icons::set(m_new, QStringLiteral("add"));
    m_new->setToolTip(
        tr("Add a guest (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));

    m_import->setToolTip(
        tr("Import guests from a CSV file (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I).toString(QKeySequence::NativeText)));

    auto *filters = new QHBoxLayout;
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 2);
    filters->addSpacing(8);
    filters->addWidget(m_vip);
    filters->addWidget(m_returning);
    filters->addWidget(m_blocked);
    filters->addSpacing(8);
    filters->addWidget(tagLabel);
    filters->addWidget(m_tag, 1);
    filters->addStretch(1);
    filters->addWidget(m_import);
    filters->addWidget(m_new);

    // Today is the first page: the list and its tags are read when this page is first shown.
    m_model->setHeldBack(true);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Guest list"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows can be chosen (File ▸ Export… offers them as contacts); Enter opens the current one.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    onRowMenu(m_table, [this](const QModelIndex &index, const QPoint &at) {
        Q_EMIT guestMenuRequested(index.data(GuestUuidRole).toString(), at);
    });
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setSortIndicator(GuestTableModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().averageCharWidth();
    const int widths[] = {26, 22, 7, 7, 12, 28, 18, 14, 18, 12};
    // Never narrower than the column's own title in the UI's language ("Կեցություններ"); the bold
    // header font and the sort arrow's room included.
    QFont bold = m_table->horizontalHeader()->font();
    bold.setBold(true);
    const QFontMetrics header(bold);
    for (int c = 0; c < GuestTableModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        m_table->setColumnWidth(c, std::max(widths[c] * em, header.horizontalAdvance(title) + 3 * em));
    }
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_body->addWidget(m_table);
    m_body->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_count);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addLayout(filters);
    layout->addWidget(m_body, 1);
    setTabOrder(m_text, m_vip);
    setTabOrder(m_vip, m_returning);
    setTabOrder(m_returning, m_blocked);
    setTabOrder(m_blocked, m_tag);
    setTabOrder(m_tag, m_import);
    setTabOrder(m_import, m_new);
    setTabOrder(m_new, m_table);
    setFocusProxy(m_table);

    // Keep the header's arrow on a column SQL can order by.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (!GuestTableModel::isSortable(column))
                    m_table->horizontalHeader()->setSortIndicator(GuestTableModel::Name, Qt::AscendingOrder);
            });
    connect(m_text, &QLineEdit::textChanged, this, &GuestsPage::applyFilter);
    for (QCheckBox *box : {m_vip, m_returning, m_blocked})
        connect(box, &QCheckBox::toggled, this, &GuestsPage::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &GuestsPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &GuestsPage::newGuestRequested);
    connect(m_import, &QPushButton::clicked, this, &GuestsPage::importRequested);
    connect(m_table, &QTableView::activated, this, &GuestsPage::openCurrent);
    connect(m_model, &GuestTableModel::totalCountChanged, this, [this] {
        m_countDirty = true;
        if (isVisible())
            updateCount();
    });
    connect(m_model, &GuestTableModel::failed, this,
            [this](const Error &error) { m_messages->showError(error.message); });
    connect(&services.guests, &RecordEvents::manyChanged, this, &GuestsPage::refreshTags);
    refreshTags();
}

void GuestsPage::showEvent(QShowEvent *event)
{
    m_model->setHeldBack(false);
    if (m_tagsDirty)
        refreshTags();
    // Counting a million guests costs a few tens of milliseconds: not before the page is seen.
    if (m_countDirty)
        updateCount();
    QWidget::showEvent(event);
}

void GuestsPage::refreshTags()
{
    m_tagsDirty = !isVisible();
    if (m_tagsDirty)
        return;
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    const QStringList tags = m_model->tags();
    for (const QString &tag : tags)
        m_tag->addItem(tag, tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
}

void GuestsPage::applyFilter()
{
    GuestDirectoryFilter filter;
    filter.text = m_text->text();
    filter.vipOnly = m_vip->isChecked();
    filter.returningOnly = m_returning->isChecked();
    filter.blockedOnly = m_blocked->isChecked();
    filter.tag = m_tag->currentData().toString();
    m_model->setFilter(filter);
}

void GuestsPage::updateCount()
{
    m_countDirty = false;
    const qint64 total = m_model->totalCount();
    m_count->setText(tr("Guests: %1").arg(QLocale().toString(total)));
    const bool filtered = !(m_model->filter() == GuestDirectoryFilter{});
    if (total == 0) {
        m_empty->setText(
            filtered
                ? tr("No guest matches these filters. Clear a filter or try another name.")
                : tr("No guests yet. Press “New Guest…” (%1) to add the first one, "
                     "or “Import…” (%2) to bring in a guest list saved as CSV.")
                      .arg(
                          QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I).toString(QKeySequence::NativeText)));
        m_body->setCurrentWidget(m_empty);
    } else {
        m_body->setCurrentWidget(m_table);
    }
}

void GuestsPage::openCurrent()
{
    const QString uuid = m_model->uuidAt(m_table->currentIndex().row());
    if (!uuid.isEmpty())
        Q_EMIT guestOpened(uuid);
}

QStringList GuestsPage::chosenGuests() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList uuids;
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const QString uuid = m_model->uuidAt(row.row()); !uuid.isEmpty())
            uuids.append(uuid);
    }
    return uuids;
}

} // namespace innkeep::ui
