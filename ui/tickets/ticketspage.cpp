// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketspage.h"

#include "handoverdialog.h"
#include "models/roles.h"
#include "profile/tableviews.h"
#include "ticketdetailpanel.h"
#include "ticketqueuemodel.h"
#include "ticketservices.h"
#include "widgets/followrecords.h"
#include "widgets/format.h"
#include "widgets/messagebar.h"
#include "widgets/plaintext.h"
#include "widgets/rowmenu.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {

// The SLA column keeps both ends when it must shorten: the state and how long ("Overdue … 7 h 57
// min over"); the tooltip has the whole text.
class KeepBothEnds final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

TicketsPage::TicketsPage(TicketServices &services, VenueSettings &venue, QWidget *parent)
    : QWidget(parent), m_services(services), m_messages(new MessageBar), m_status(new QComboBox),
      m_severity(new QComboBox), m_department(new QComboBox), m_assignee(new QLineEdit),
      m_overdue(new QCheckBox(tr("O&verdue"))), m_dueSoon(new QCheckBox(tr("Due &soon"))),
      m_mine(new QCheckBox(tr("My tic&kets"))), m_log(new QPushButton(tr("&Log complaint…"))),
      m_handover(new QPushButton(tr("Shift handover…"))), m_model(new TicketQueueModel(services, this)),
      m_view(new QTableView), m_empty(new QLabel), m_listStack(new QStackedWidget),
      m_detail(new TicketDetailPanel(services, venue, *m_messages)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("ticketsPage"));
    auto *title = new QLabel(tr("Complaints"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    m_log->setToolTip(
        tr("Log a complaint (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C).toString(QKeySequence::NativeText)));

    m_handover->setToolTip(
        tr("Print or save the shift handover (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H).toString(QKeySequence::NativeText)));

    m_status->addItem(tr("All open"), -1);
    for (auto s :
         {TicketStatus::New, TicketStatus::Acknowledged, TicketStatus::InProgress, TicketStatus::WaitingGuest,
          TicketStatus::WaitingDepartment, TicketStatus::Resolved, TicketStatus::Closed})
        m_status->addItem(ticketStatusLabel(s), int(s));
    m_severity->addItem(tr("Any"), -1);
    for (auto s :
         {TicketSeverity::Low, TicketSeverity::Medium, TicketSeverity::High, TicketSeverity::Critical})
        m_severity->addItem(ticketSeverityLabel(s), int(s));
    fillDepartments();
    m_assignee->setPlaceholderText(tr("Anyone"));
    m_assignee->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    auto addFilter = [filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    addFilter(tr("Stat&us:"), m_status);
    addFilter(tr("Severit&y:"), m_severity);
    addFilter(tr("&Department:"), m_department);
    addFilter(tr("Ass&igned to:"), m_assignee);
    filters->addStretch(1);

    // The quick filters sit on the title's line: the filter line must fit 1366 px in Georgian too.
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(24);
    top->addWidget(m_mine);
    top->addWidget(m_overdue);
    top->addWidget(m_dueSoon);
    top->addStretch(1);
    top->addWidget(m_handover);
    top->addWidget(m_log);

    setupReadOnlyTable(m_view);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TicketQueueModel::Sla, new KeepBothEnds(m_view));
    m_view->setAccessibleName(tr("Complaint queue"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->viewport()->installEventFilter(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({700, 300}); // weights; the detail never gets less than it needs

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    setTabOrder(m_status, m_severity);
    setTabOrder(m_severity, m_department);
    setTabOrder(m_department, m_assignee);
    setTabOrder(m_assignee, m_mine);
    setTabOrder(m_mine, m_overdue);
    setTabOrder(m_overdue, m_dueSoon);
    setTabOrder(m_dueSoon, m_view);
    setFocusProxy(m_view);

    for (QComboBox *box : {m_status, m_severity, m_department})
        connect(box, &QComboBox::currentIndexChanged, this, &TicketsPage::applyFilters);
    connect(m_assignee, &QLineEdit::editingFinished, this, &TicketsPage::applyFilters);
    connect(m_mine, &QCheckBox::toggled, this, [this](bool on) {
        m_assignee->setEnabled(!on);
        applyFilters();
    });
    // Any column sorts, in SQL; the SLA column is the urgency order the queue starts in.
    m_view->horizontalHeader()->setSortIndicator(TicketQueueModel::Sla, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    onRowMenu(m_view, [this](const QModelIndex &index, const QPoint &at) {
        if (auto menu = menuForRow(index.row()); menu && !menu->isEmpty())
            menu->exec(at);
    });
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_dueSoon->setChecked(false);
        applyFilters();
    });
    connect(m_dueSoon, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_overdue->setChecked(false);
        applyFilters();
    });
    connect(m_log, &QPushButton::clicked, this, &TicketsPage::logComplaintRequested);
    connect(m_handover, &QPushButton::clicked, this, &TicketsPage::showHandover);
    connect(m_model, &TicketQueueModel::failed, this,
            [this](const Error &e) { m_messages->showError(e.message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Rows arrive lazily; read the first page now (for the empty state) and keep the
        // selected ticket selected across a re-read.
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        const QString selected = m_detail->ticketUuid();
        while (!selected.isEmpty() && m_model->rowOf(selected) < 0 && m_model->canFetchMore({})
               && m_model->rowCount() < 5 * TicketQueueModel::PageSize)
            m_model->fetchMore({});
        if (const int row = m_model->rowOf(m_detail->ticketUuid()); row >= 0)
            m_view->selectRow(row);
        m_detail->refresh();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TicketsPage::updateEmptyState);
    connect(m_model, &TicketQueueModel::refreshed, this, [this] { // a ticket changed, row by row
        m_detail->refresh();
        updateEmptyState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_model->isRefreshing())
                    m_detail->setTicket(current.data(IdRole).toString());
            });
    connect(m_detail, &TicketDetailPanel::guestOpened, this, &TicketsPage::guestOpened);
    followRecords(services.settings, this, [this] { fillDepartments(); });

    m_timer->setInterval(TickMs);
    connect(m_timer, &QTimer::timeout, this, &TicketsPage::tick);
    m_timer->start();
    applyFilters();
}

bool TicketsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void TicketsPage::fitColumns()
{
    const QFontMetrics plain(m_view->font());
    QFont boldFont = m_view->font();
    boldFont.setBold(true); // overdue clocks and high severities are bold
    const QFontMetrics bold(boldFont);
    const int pad = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 14;
    auto header = [this, &bold](int column) {
        return bold.horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    };
    int status = header(TicketQueueModel::Status);
    for (auto s :
         {TicketStatus::New, TicketStatus::Acknowledged, TicketStatus::InProgress, TicketStatus::WaitingGuest,
          TicketStatus::WaitingDepartment, TicketStatus::Resolved, TicketStatus::Closed})
        status = std::max(status, plain.horizontalAdvance(TicketDisplayText::shortStatus(s)));
    int severity = header(TicketQueueModel::Severity);
    for (auto s :
         {TicketSeverity::Low, TicketSeverity::Medium, TicketSeverity::High, TicketSeverity::Critical})
        severity = std::max(severity, bold.horizontalAdvance(ticketSeverityLabel(s)));
    // The venue's longest category, within reason (longer ones elide; the detail shows them whole).
    int category =
        std::max(plain.horizontalAdvance(QStringLiteral("Housekeeping")), header(TicketQueueModel::Category));
    if (auto items = m_services.settings.items(TicketListItem::List::Categories)) {
        for (const TicketListItem &item : std::as_const(*items))
            category = std::max(category,
                                std::min(plain.horizontalAdvance(item.label), plain.averageCharWidth() * 18));
    }
    const int widths[] = {
        // SLA: at most a quarter of the queue (Georgian states are long; the tooltip has it whole).
        std::min(bold.horizontalAdvance(tr("Overdue · 23 h 59 min over")) + pad,
                 std::max(m_view->viewport()->width() / 4, bold.averageCharWidth() * 24)),
        severity + pad, // severity
        status + pad,   // status
        std::max(plain.horizontalAdvance(QStringLiteral("Քրիստինե Սարգսյան")),
                 header(TicketQueueModel::Guest))
            + pad,
        std::max(plain.horizontalAdvance(QStringLiteral("0000")), header(TicketQueueModel::Room))
            + pad, // room
        category + pad,
        plain.horizontalAdvance(QStringLiteral("The room was noisy and")) + pad, // complaint (least)
        plain.horizontalAdvance(QStringLiteral("Nino (Housekeeping)")) + pad,    // assignee
        plain.horizontalAdvance(Format::dateTime(m_services.openVenue.clock().nowMs())) + pad, // logged
    };
    static_assert(std::size(widths) == TicketQueueModel::ColumnCount);
    // Guest gives way first (names elide, the full name is in the tooltip and the detail).
    const int guestMinimum = plain.horizontalAdvance(QStringLiteral("Ксения Иван")) + pad;
    int left = m_view->viewport()->width();
    for (int column = 0; column < TicketQueueModel::Description; ++column)
        left -= column == TicketQueueModel::Guest ? 0 : widths[column];
    int guest = std::max(guestMinimum, std::min(left, widths[TicketQueueModel::Guest]));
    left -= guest;
    // An optional column shows only when it and every column before it fit.
    bool shown = true;
    for (int column = TicketQueueModel::Description; column < TicketQueueModel::ColumnCount; ++column) {
        shown = shown && widths[column] <= left;
        m_view->setColumnHidden(column, !shown);
        if (shown)
            left -= widths[column];
    }
    if (m_view->isColumnHidden(TicketQueueModel::Description))
        guest += std::max(0, left); // nothing stretches after the category: the guest takes the rest
    for (int column = 0; column < TicketQueueModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, column == TicketQueueModel::Guest ? guest : widths[column]);
    // With the complaint shown, the last shown column takes what is left (stretchLastSection).
}

std::unique_ptr<QMenu> TicketsPage::menuForRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return nullptr;
    m_view->selectRow(row);
    if (m_detail->ticketUuid() != m_model->index(row, 0).data(IdRole).toString())
        m_detail->setTicket(m_model->index(row, 0).data(IdRole).toString());
    auto menu = std::make_unique<QMenu>(this);
    m_detail->fillMenu(menu.get());
    return menu;
}

void TicketsPage::showEvent(QShowEvent *event)
{
    updateMine();
    QWidget::showEvent(event);
}

void TicketsPage::updateMine()
{
    const QString me = m_services.openVenue.staffOnDuty();
    m_mine->setEnabled(!me.isEmpty());
    // The name is typed text: shown as written (PlainText::toolTip).
    m_mine->setToolTip(PlainText::toolTip(
        me.isEmpty() ? tr("Choose who is on duty in Settings to see the tickets assigned to you.")
                     : tr("Only the tickets assigned to %1, who is on duty.").arg(me)));
    if (me.isEmpty() && m_mine->isChecked())
        m_mine->setChecked(false);
}

void TicketsPage::tick()
{
    m_model->tick();
    m_detail->refreshSla();
}

void TicketsPage::fillDepartments()
{
    const QString current = m_department->currentData().toString();
    const QSignalBlocker block(m_department);
    m_department->clear();
    m_department->addItem(tr("Any"), QString());
    if (auto items = m_services.settings.items(TicketListItem::List::Departments)) {
        for (const TicketListItem &item : std::as_const(*items))
            m_department->addItem(item.label, item.key);
    }
    m_department->setCurrentIndex(std::max(0, m_department->findData(current)));
}

void TicketsPage::applyFilters()
{
    TicketQuery query;
    query.sortBy = m_model->query().sortBy; // the column the desk sorted by stays
    query.descending = m_model->query().descending;
    if (const int s = m_status->currentData().toInt(); s >= 0)
        query.statuses = {TicketStatus(s)};
    if (const int s = m_severity->currentData().toInt(); s >= 0)
        query.severities = {TicketSeverity(s)};
    if (const QString d = m_department->currentData().toString(); !d.isEmpty())
        query.departments = {d};
    if (m_mine->isChecked() && !m_services.openVenue.staffOnDuty().isEmpty())
        query.assignees = {m_services.openVenue.staffOnDuty()};
    else if (const QString a = m_assignee->text().trimmed(); !a.isEmpty())
        query.assignees = {a};
    query.overdueOnly = m_overdue->isChecked();
    query.dueSoonOnly = m_dueSoon->isChecked();
    m_model->setQuery(query); // reads the first page now
    // New filters that match nothing: no detail of a ticket they hide. (A ticket that leaves the
    // list by its own move, e.g. resolved, stays in the detail so it can be closed.)
    if (m_model->rowCount() == 0 && !m_detail->ticketUuid().isEmpty())
        m_detail->setTicket({});
}

void TicketsPage::updateEmptyState()
{
    const bool filtered = m_status->currentIndex() > 0 || m_severity->currentIndex() > 0
                          || m_department->currentIndex() > 0 || !m_assignee->text().trimmed().isEmpty()
                          || m_mine->isChecked() || m_overdue->isChecked() || m_dueSoon->isChecked();
    const QString key = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C).toString(QKeySequence::NativeText);
    m_empty->setText(filtered ? tr("No complaints match these filters. Clear a filter to see more.")
                              : tr("No open complaints. Press %1 to log one.").arg(key));
    m_listStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

void TicketsPage::showOverdue()
{
    m_status->setCurrentIndex(0);
    m_overdue->setChecked(true);
}

void TicketsPage::showDueSoon()
{
    m_status->setCurrentIndex(0);
    m_dueSoon->setChecked(true);
}

void TicketsPage::showAll()
{
    const QSignalBlocker a(m_status), b(m_severity), c(m_department), d(m_overdue), e(m_dueSoon), f(m_mine);
    m_status->setCurrentIndex(0);
    m_severity->setCurrentIndex(0);
    m_department->setCurrentIndex(0);
    m_assignee->clear();
    m_overdue->setChecked(false);
    m_dueSoon->setChecked(false);
    m_mine->setChecked(false);
    m_assignee->setEnabled(true);
    applyFilters();
}

void TicketsPage::selectTicket(const QString &uuid)
{
    m_detail->setTicket(uuid);
    int row = m_model->rowOf(uuid);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(uuid);
    }
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void TicketsPage::showHandover()
{
    HandoverDialog dialog(m_services, this);
    dialog.exec();
}

} // namespace innkeep::ui
