// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackpage.h"

#include "feedbackdialog.h"
#include "feedbacklistmodel.h"
#include "models/roles.h"
#include "profile/tableviews.h"
#include "tickets/ticketservices.h"
#include "widgets/followrecords.h"
#include "widgets/format.h"
#include "widgets/messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace innkeep::ui {

FeedbackPage::FeedbackPage(TicketServices &services, GuestSearch &search, QWidget *parent)
    : QWidget(parent), m_services(services), m_search(search), m_messages(new MessageBar),
      m_attention(new QCheckBox(tr("Needs &attention only"))), m_channel(new QComboBox),
      m_new(new QPushButton(tr("&New feedback…"))), m_model(new FeedbackListModel(services, this)),
      m_view(new QTableView), m_empty(new QLabel), m_listStack(new QStackedWidget),
      m_detailStack(new QStackedWidget), m_heading(new QLabel), m_text(new QLabel),
      m_response(new QPlainTextEdit), m_respond(new QPushButton(tr("&Record response"))),
      m_category(new QComboBox), m_toTicket(new QPushButton(tr("Create &complaint"))),
      m_openTicket(new QPushButton(tr("Open c&omplaint"))), m_openGuest(new QPushButton(tr("Open &profile")))
{
    setObjectName(QStringLiteral("feedbackPage"));
    auto *title = new QLabel(tr("Feedback"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    m_channel->addItem(tr("All channels"), -1);
    for (auto c : {FeedbackChannel::InPerson, FeedbackChannel::CommentCard, FeedbackChannel::Survey,
                   FeedbackChannel::Email, FeedbackChannel::Phone, FeedbackChannel::ReviewSite,
                   FeedbackChannel::Social})
        m_channel->addItem(feedbackChannelLabel(c), int(c));

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(24);
    top->addWidget(m_attention);
    auto *channelLabel = new QLabel(tr("C&hannel:"));
    channelLabel->setBuddy(m_channel);
    top->addWidget(channelLabel);
    top->addWidget(m_channel);
    top->addStretch(1);
    top->addWidget(m_new);

    setupReadOnlyTable(m_view);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Feedback list"));
    m_view->viewport()->installEventFilter(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    // Detail of the selected entry.
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    for (QLabel *l : {m_heading, m_text}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_response->setTabChangesFocus(true);
    m_response->setPlaceholderText(tr("What we answered the guest"));
    m_response->setMaximumHeight(m_response->fontMetrics().lineSpacing() * 5 + 12);
    fillCategories();
    auto *detail = new QWidget;
    auto *dl = new QVBoxLayout(detail);
    dl->addWidget(m_heading);
    dl->addWidget(m_text, 1);
    auto *form = new QFormLayout;
    auto *responseLabel = new QLabel(tr("Res&ponse:"));
    responseLabel->setBuddy(m_response);
    form->addRow(responseLabel, m_response);
    auto *categoryLabel = new QLabel(tr("Complaint ca&tegory:"));
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, m_category);
    dl->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_respond);
    buttons->addWidget(m_toTicket);
    buttons->addWidget(m_openTicket);
    buttons->addWidget(m_openGuest);
    buttons->addStretch(1);
    dl->addLayout(buttons);
    auto *noSelection = new QLabel(tr("Select feedback to answer it or turn it into a complaint."));
    noSelection->setAlignment(Qt::AlignCenter);
    noSelection->setWordWrap(true);
    noSelection->setForegroundRole(QPalette::PlaceholderText);
    m_detailStack->addWidget(noSelection);
    m_detailStack->addWidget(detail);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({820, 420});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_view);

    connect(m_attention, &QCheckBox::toggled, this, &FeedbackPage::applyFilters);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &FeedbackPage::applyFilters);
    connect(m_new, &QPushButton::clicked, this, &FeedbackPage::newFeedback);
    connect(m_respond, &QPushButton::clicked, this, &FeedbackPage::recordResponse);
    connect(m_toTicket, &QPushButton::clicked, this, &FeedbackPage::createComplaint);
    connect(m_openTicket, &QPushButton::clicked, this, [this] {
        if (auto e = m_services.feedback.entry(m_uuid))
            Q_EMIT ticketOpened(e->ticketUuid);
    });
    connect(m_openGuest, &QPushButton::clicked, this, [this] {
        if (auto e = m_services.feedback.entry(m_uuid))
            Q_EMIT guestOpened(e->guestUuid);
    });
    connect(m_model, &FeedbackListModel::failed, this,
            [this](const Error &e) { m_messages->showError(e.message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        m_empty->setText(m_attention->isChecked() || m_channel->currentIndex() > 0
                             ? tr("No feedback matches these filters. Nothing needs your attention here.")
                             : tr("No feedback yet. Use “New feedback…” to record what a guest told you."));
        m_listStack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
        if (const int row = m_model->rowOf(m_uuid); row >= 0)
            m_view->selectRow(row);
        showEntry(m_uuid);
    });
    connect(m_model, &FeedbackListModel::refreshed, this, [this] { // an entry changed, row by row
        m_listStack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
        showEntry(m_uuid);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_model->isRefreshing())
                    showEntry(current.data(IdRole).toString());
            });
    followRecords(services.settings, this, [this] { fillCategories(); });
    applyFilters();
}

void FeedbackPage::fillCategories()
{
    const QString current = m_category->currentData().toString();
    m_category->clear();
    if (auto items = m_services.settings.items(TicketListItem::List::Categories)) {
        for (const TicketListItem &item : std::as_const(*items))
            m_category->addItem(item.label, item.key);
    }
    const int index = m_category->findData(current.isEmpty() ? QStringLiteral("other") : current);
    m_category->setCurrentIndex(std::max(0, index));
}

void FeedbackPage::applyFilters()
{
    FeedbackQuery query;
    query.needsAttentionOnly = m_attention->isChecked();
    if (const int c = m_channel->currentData().toInt(); c >= 0)
        query.channels = {FeedbackChannel(c)};
    m_model->setQuery(query);
}

void FeedbackPage::showEntry(const QString &uuid)
{
    const bool changed = uuid != m_uuid;
    m_uuid = uuid;
    auto entry =
        uuid.isEmpty() ? Result<FeedbackEntry>(std::unexpected(Error{})) : m_services.feedback.entry(uuid);
    if (!entry) {
        m_uuid.clear();
        m_detailStack->setCurrentIndex(0);
        return;
    }
    m_detailStack->setCurrentIndex(1);
    const FeedbackEntry &e = *entry;
    QStringList head{e.guestName.isEmpty() ? tr("Anonymous") : e.guestName, FeedbackListModel::ratingText(e),
                     e.site.isEmpty() ? feedbackChannelLabel(e.channel) : e.site,
                     Format::dateTime(e.receivedAt)};
    if (const QString state = FeedbackListModel::attentionText(e); !state.isEmpty())
        head << state;
    m_heading->setText(head.join(QStringLiteral(" · ")));
    m_text->setText(e.text.isEmpty() ? tr("(no text)") : e.text);
    if (changed || !m_response->hasFocus())
        m_response->setPlainText(e.response);
    m_respond->setText(e.respondedAt ? tr("Update &response") : tr("&Record response"));
    m_toTicket->setVisible(e.ticketUuid.isEmpty());
    m_category->setEnabled(e.ticketUuid.isEmpty());
    m_openTicket->setVisible(!e.ticketUuid.isEmpty());
    m_openGuest->setVisible(!e.guestUuid.isEmpty());
}

void FeedbackPage::selectEntry(const QString &uuid)
{
    if (m_model->rowOf(uuid) < 0 && (m_attention->isChecked() || m_channel->currentIndex() > 0)) {
        const QSignalBlocker a(m_attention), b(m_channel);
        m_attention->setChecked(false);
        m_channel->setCurrentIndex(0);
        applyFilters();
    }
    int row = m_model->rowOf(uuid);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(uuid);
    }
    if (row >= 0)
        m_view->selectRow(row);
    showEntry(uuid);
}

void FeedbackPage::newFeedback()
{
    FeedbackDialog dialog(m_services, m_search, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_messages->showInfo(tr("Feedback recorded."));
    selectEntry(dialog.saved().uuid);
}

void FeedbackPage::createComplaint()
{
    if (m_uuid.isEmpty())
        return;
    auto ticket = m_services.feedback.toTicket(m_uuid, m_category->currentData().toString());
    if (!ticket) {
        m_messages->showError(ticket.error().message);
        return;
    }
    m_messages->showInfo(tr("Complaint logged (%1, %2). Use “Open complaint” to work on it.")
                             .arg(ticketSeverityLabel(ticket->severity), ticketStatusLabel(ticket->status)));
    showEntry(m_uuid);
}

void FeedbackPage::recordResponse()
{
    if (m_uuid.isEmpty())
        return;
    auto entry = m_services.feedback.respond(m_uuid, m_response->toPlainText().trimmed());
    if (!entry) {
        m_messages->showError(entry.error().message);
        m_response->setFocus();
        return;
    }
    m_messages->showInfo(tr("Response recorded."));
}

bool FeedbackPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void FeedbackPage::fitColumns()
{
    const QFontMetrics plain(m_view->font());
    QFont boldFont = m_view->font();
    boldFont.setBold(true); // "Needs attention" is bold
    const QFontMetrics bold(boldFont);
    const int pad = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 14;
    auto header = [this, &bold](int column) {
        return bold.horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    };
    auto widest = [&](int column, const QFontMetrics &metrics, const QStringList &texts) {
        int w = header(column);
        for (const QString &text : texts)
            w = std::max(w, metrics.horizontalAdvance(text));
        return w + pad;
    };
    using M = FeedbackListModel;
    const QString attention =
        QCoreApplication::translate("innkeep::ui::FeedbackListModel", "Needs attention");
    const int received = widest(M::Received, plain, {Format::dateTime(m_services.openVenue.clock().nowMs())});
    const int flag = widest(M::Attention, bold, {attention});
    const int rating = widest(M::Rating, plain, {QStringLiteral("10 / 10"), QStringLiteral("NPS 10")});
    const int guestWanted = widest(M::Guest, plain, {QStringLiteral("Քրիստինե Սարգսյան")});
    const int channelWanted = widest(M::Channel, plain, {QStringLiteral("Review site (Google)")});
    const int language = widest(M::Language, plain, {QStringLiteral("Deutsch")});
    const int textMinimum = plain.averageCharWidth() * 18 + pad;
    int left = m_view->viewport()->width() - received - flag - rating;
    // Guest and channel give way (they elide; the detail shows them whole) before the text does.
    const int share = std::max(0, left - textMinimum);
    const int guest = std::min(guestWanted, std::max(plain.averageCharWidth() * 10, share * 55 / 100));
    const int channel = std::min(channelWanted, std::max(plain.averageCharWidth() * 8, share - guest));
    left -= guest + channel;
    const bool showLanguage = left - language >= textMinimum * 2;
    m_view->setColumnHidden(M::Language, !showLanguage);
    const int widths[] = {received, flag,    rating,
                          guest,    channel, std::max(textMinimum, left - (showLanguage ? language : 0)),
                          language};
    static_assert(std::size(widths) == M::ColumnCount);
    for (int column = 0; column < M::ColumnCount; ++column)
        m_view->setColumnWidth(column, widths[column]);
}

} // namespace innkeep::ui
