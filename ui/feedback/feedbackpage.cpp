// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackpage.h"

#include "analysis/feedbackanalyser.h"
#include "analysis/hospitalitytopic.h"
#include "analysischips.h"
#include "correctanalysisdialog.h"
#include "feedbackdialog.h"
#include "feedbacklistmodel.h"
#include "jobs/backgroundjob.h"
#include "models/roles.h"
#include "profile/tableviews.h"
#include "tickets/ticketservices.h"
#include "topicsummarystrip.h"
#include "widgets/chipdelegate.h"
#include "widgets/chipstrip.h"
#include "widgets/followrecords.h"
#include "widgets/format.h"
#include "widgets/messagebar.h"
#include "widgets/rowmenu.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace innkeep::ui {

FeedbackPage::FeedbackPage(TicketServices &services, GuestSearch &search, QWidget *parent)
    : QWidget(parent), m_services(services), m_search(search), m_messages(new MessageBar),
      m_attention(new QCheckBox(tr("Needs &attention only"))), m_channel(new QComboBox),
      m_sentiment(new QComboBox), m_topic(new QComboBox), m_language(new QComboBox), m_period(new QComboBox),
      m_new(new QPushButton(tr("&New feedback…"))),
      m_correctAction(new QAction(tr("Correct Analysis…"), this)),
      m_model(new FeedbackListModel(services, this)), m_view(new QTableView), m_empty(new QLabel),
      m_listStack(new QStackedWidget), m_detailStack(new QStackedWidget), m_heading(new QLabel),
      m_text(new QLabel), m_chips(new ChipStrip), m_correct(new QPushButton(tr("Correct anal&ysis…"))),
      m_summary(new TopicSummaryStrip), m_analysing(new QWidget), m_analysingText(new QLabel),
      m_analysingBar(new QProgressBar), m_summaryTimer(new QTimer(this)), m_response(new QPlainTextEdit),
      m_respond(new QPushButton(tr("&Record response"))), m_category(new QComboBox),
      m_toTicket(new QPushButton(tr("Create &complaint"))),
      m_openTicket(new QPushButton(tr("Open co&mplaint"))), m_openGuest(new QPushButton(tr("Open &profile")))
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

    m_sentiment->addItem(tr("Any sentiment"), QString());
    for (auto label :
         {SentimentLabel::Positive, SentimentLabel::Negative, SentimentLabel::Mixed, SentimentLabel::Neutral})
        m_sentiment->addItem(sentimentLabelText(label), sentimentLabelToken(label));
    m_topic->addItem(tr("Any topic"), QString());
    for (const QString &key : HospitalityTopic::keys())
        m_topic->addItem(HospitalityTopic::text(key), key);
    m_language->addItem(tr("Any language"), QString());
    for (const QString &code : FeedbackAnalyser::languages())
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    m_period->addItem(tr("All time"), 0);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 365 days"), 365);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(24);
    top->addWidget(m_attention);
    auto *channelLabel = new QLabel(tr("Channe&l:"));
    channelLabel->setBuddy(m_channel);
    top->addWidget(channelLabel);
    top->addWidget(m_channel);
    auto *periodLabel = new QLabel(tr("Perio&d:"));
    periodLabel->setBuddy(m_period);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addStretch(1);
    top->addWidget(m_new);
    // The analysis filters on a line of their own: translated names are long.
    auto *analysisFilters = new QHBoxLayout;
    const std::pair<QString, QComboBox *> filters[] = {
        {tr("&Sentiment:"), m_sentiment}, {tr("Top&ic:"), m_topic}, {tr("Lang&uage:"), m_language}};
    for (const auto &[text, box] : filters) {
        auto *label = new QLabel(text);
        label->setBuddy(box);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        analysisFilters->addWidget(label);
        analysisFilters->addWidget(box);
        analysisFilters->addSpacing(12);
    }
    analysisFilters->addStretch(1);

    setupReadOnlyTable(m_view);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Feedback list"));
    auto *chips = new ChipDelegate(m_view);
    m_view->setItemDelegateForColumn(FeedbackListModel::Sentiment, chips);
    m_view->setItemDelegateForColumn(FeedbackListModel::Topics, chips);
    m_view->verticalHeader()->setDefaultSectionSize(
        std::max(m_view->verticalHeader()->defaultSectionSize(), Chip::height(m_view->font()) + 8));
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
    // The chips get the pane's whole width (topic names run long in Armenian and Georgian); the
    // button sits under them on the right.
    dl->addWidget(m_chips);
    auto *analysisLine = new QHBoxLayout;
    analysisLine->addStretch(1);
    analysisLine->addWidget(m_correct);
    dl->addLayout(analysisLine);
    dl->addWidget(m_text, 1);
    auto *form = new QFormLayout;
    auto *responseLabel = new QLabel(tr("Response:"));
    responseLabel->setBuddy(m_response);
    form->addRow(responseLabel, m_response);
    auto *categoryLabel = new QLabel(tr("Complaint category:"));
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
    splitter->setSizes({900, 360}); // the detail keeps at least its buttons; the list takes the rest
    // The background analysis, as the import shows its progress: words and a bar.
    auto *analysingLine = new QHBoxLayout(m_analysing);
    analysingLine->setContentsMargins(0, 0, 0, 0);
    m_analysingText->setTextFormat(Qt::PlainText);
    m_analysingBar->setRange(0, 1000);
    m_analysingBar->setTextVisible(false);
    m_analysingBar->setMaximumWidth(240);
    m_analysingBar->setAccessibleName(tr("Feedback analysis progress"));
    analysingLine->addWidget(m_analysingText);
    analysingLine->addWidget(m_analysingBar);
    analysingLine->addStretch(1);
    m_analysing->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(analysisFilters);
    layout->addWidget(m_messages);
    layout->addWidget(m_analysing);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_view);

    connect(m_attention, &QCheckBox::toggled, this, &FeedbackPage::applyFilters);
    for (QComboBox *box : {m_channel, m_sentiment, m_topic, m_language, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &FeedbackPage::applyFilters);
    // Correct Analysis: the button, Ctrl+Shift+A anywhere on the page, the list's context menu.
    m_correctAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_correctAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_correctAction);
    m_correct->setToolTip(tr("Change the sentiment or topics the analyser found (%1)")
                              .arg(m_correctAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_correctAction, &QAction::triggered, this, &FeedbackPage::correctAnalysis);
    connect(m_correct, &QPushButton::clicked, this, &FeedbackPage::correctAnalysis);
    onRowMenu(m_view, [this](const QModelIndex &, const QPoint &at) {
        QMenu menu(this);
        fillMenu(&menu);
        menu.exec(at);
    });
    // Any column but the topics sorts, in SQL (FeedbackQuery::sortBy); newest first to begin with.
    m_view->horizontalHeader()->setSortIndicator(FeedbackListModel::Received, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
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
        m_empty->setText(emptyText());
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
    // The summary follows every feedback change, a moment later so a burst reads it once.
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(150);
    connect(m_summaryTimer, &QTimer::timeout, this, &FeedbackPage::refreshSummary);
    followRecords(
        services.feedback, this,
        [this](RecordEvents::Kind, const QString &, const QString &) { m_summaryTimer->start(); },
        [this] { m_summaryTimer->start(); });
    connect(m_summary, &TopicSummaryStrip::topicClicked, this, &FeedbackPage::filterByTopic);
    FeedbackReanalysis &reanalysis = services.openVenue.feedbackReanalysis();
    connect(&reanalysis, &FeedbackReanalysis::started, this, &FeedbackPage::followAnalysis);
    connect(&reanalysis, &FeedbackReanalysis::finished, this, [this](qint64, const Status &status) {
        m_analysing->hide();
        if (!status && status.error().code != Error::Code::Cancelled)
            m_messages->showError(status.error().message);
        m_model->refresh();
        refreshSummary();
    });
    if (reanalysis.job())
        followAnalysis(reanalysis.job());
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

QString FeedbackPage::emptyText() const
{
    if (!filtered())
        return tr("No feedback yet. Use “New feedback…” to record what a guest told you.");
    if (m_attention->isChecked())
        return tr("No feedback matches these filters. Nothing needs your attention here.");
    return tr("No feedback matches these filters.");
}

bool FeedbackPage::filtered() const
{
    return m_attention->isChecked() || m_channel->currentIndex() > 0 || m_sentiment->currentIndex() > 0
           || m_topic->currentIndex() > 0 || m_language->currentIndex() > 0 || m_period->currentIndex() > 0;
}

void FeedbackPage::fillMenu(QMenu *menu)
{
    // The selected entry's actions, as its buttons offer them now (a reply once, a complaint or
    // the one it has).
    for (QPushButton *button : {m_openGuest, m_respond, m_toTicket, m_openTicket}) {
        if (button->isVisibleTo(this) && button->isEnabled())
            menu->addAction(button->text(), button, &QPushButton::click);
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addAction(m_correctAction);
}

FeedbackQuery FeedbackPage::currentQuery() const
{
    FeedbackQuery query;
    query.sortBy = m_model->query().sortBy; // the column the desk sorted by stays
    query.reversed = m_model->query().reversed;
    query.needsAttentionOnly = m_attention->isChecked();
    if (const int c = m_channel->currentData().toInt(); c >= 0)
        query.channels = {FeedbackChannel(c)};
    if (const auto label = sentimentLabelFromToken(m_sentiment->currentData().toString()))
        query.labels = {*label};
    query.topic = m_topic->currentData().toString();
    query.language = m_language->currentData().toString();
    if (const QDate from = periodStart(); from.isValid())
        query.receivedFrom = from.startOfDay().toMSecsSinceEpoch();
    return query;
}

QDate FeedbackPage::periodStart() const
{
    const int days = m_period->currentData().toInt();
    return days > 0 ? m_services.openVenue.clock().today().addDays(1 - days) : QDate();
}

void FeedbackPage::applyFilters()
{
    m_model->setQuery(currentQuery());
    m_summary->setCurrentTopic(m_topic->currentData().toString());
    refreshSummary();
}

void FeedbackPage::refreshSummary()
{
    m_summaryTimer->stop();
    const QDate today = m_services.openVenue.clock().today();
    const QDate from = periodStart();
    // "All time" has no period before it: the summary counts everything and shows no arrows.
    // Read on the window's connection (≈ 0.1 s per 10,000 entries for "All time", debounced): a
    // reading job's own connection makes the change watcher announce a change from another
    // program, which read the summary again, without end (docs: wt-ui notes).
    const QDate first = from.isValid() ? std::min(from, today) : QDate(2000, 1, 1);
    showSummary(m_services.openVenue.feedbackTopics().between(first, today), from.isValid());
}

void FeedbackPage::showSummary(const Result<TopicSummary> &summary, bool bounded)
{
    if (!summary) {
        m_summary->setItems({}, summary.error().message);
        return;
    }
    QList<TopicSummaryStrip::Item> items;
    for (const TopicSummaryRow &row : std::as_const(summary->topics)) {
        TopicSummaryStrip::Item item{row.topic, row.mentions, row.shareNegative,
                                     TopicSummaryStrip::Trend::None};
        if (row.compared && bounded) {
            switch (row.trend) {
            case TopicTrend::Worse: item.trend = TopicSummaryStrip::Trend::Worse; break;
            case TopicTrend::Better: item.trend = TopicSummaryStrip::Trend::Better; break;
            case TopicTrend::Steady: item.trend = TopicSummaryStrip::Trend::Steady; break;
            }
        }
        items << item;
    }
    m_summary->setItems(items, summary->entries == 0
                                   ? tr("No feedback in this period.")
                                   : tr("No topics found in this period yet: sentiment and topics show once "
                                        "the analyser has read the feedback."));
    m_summary->setCurrentTopic(m_topic->currentData().toString());
    // New buttons join the end of the focus chain: put them between the filters and the list.
    QWidget *previous = m_language;
    for (QWidget *stop : m_summary->tabStops()) {
        setTabOrder(previous, stop);
        previous = stop;
    }
    setTabOrder(previous, m_view);
}

void FeedbackPage::followAnalysis(BackgroundJob *job)
{
    if (!job)
        return;
    m_analysingText->setText(tr("Analysing feedback in the background…"));
    m_analysingBar->setValue(0);
    m_analysing->show();
    connect(job, &BackgroundJob::progressed, this, [this](const JobProgress &progress) {
        if (progress.total > 0) {
            m_analysingBar->setValue(int(progress.done * 1000 / progress.total));
            m_analysingText->setText(
                tr("Analysing feedback in the background: %1 of %2")
                    .arg(QLocale().toString(progress.done), QLocale().toString(progress.total)));
        }
    });
}

void FeedbackPage::clearFilters()
{
    const QSignalBlocker a(m_attention), b(m_channel), c(m_sentiment), d(m_topic), e(m_language), f(m_period);
    m_attention->setChecked(false);
    for (QComboBox *box : {m_channel, m_sentiment, m_topic, m_language, m_period})
        box->setCurrentIndex(0);
    applyFilters();
}

void FeedbackPage::filterByTopic(const QString &topic)
{
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(topic)));
    m_summary->setCurrentTopic(topic); // also when it was already the filter
}

bool FeedbackPage::correctAnalysis()
{
    if (m_uuid.isEmpty())
        return false;
    auto entry = m_services.feedback.entry(m_uuid);
    if (!entry) {
        m_messages->showError(entry.error().message);
        return false;
    }
    CorrectAnalysisDialog dialog(m_services, *entry, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const FeedbackCorrection sent = dialog.correction();
    if (!sent.label && sent.addTopics.isEmpty() && sent.removeTopics.isEmpty())
        return false;
    m_messages->showInfo(tr("Analysis corrected. The analyser learns from it for this hotel."));
    return true;
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
    if (AnalysisChips::hasAnalysis(e)) {
        QStringList words{AnalysisChips::labelText(e)};
        if (const QString topics = AnalysisChips::topicsText(e); !topics.isEmpty())
            words << topics;
        if (const QString note = AnalysisChips::correctionNote(e); !note.isEmpty())
            words << note;
        m_chips->setChips(ChipList{AnalysisChips::labelChip(e)} + AnalysisChips::topicChips(e),
                          words.join(QStringLiteral("; ")));
    } else {
        m_chips->setChips({}, AnalysisChips::labelToolTip(e));
    }
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
    if (m_model->rowOf(uuid) < 0 && filtered())
        clearFilters();
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
    const int flagWanted = widest(M::Attention, bold, {attention});
    const int rating = widest(M::Rating, plain, {QStringLiteral("10 / 10"), QStringLiteral("NPS 10")});
    int sentiment = header(M::Sentiment) + pad;
    for (auto label :
         {SentimentLabel::Positive, SentimentLabel::Negative, SentimentLabel::Neutral, SentimentLabel::Mixed})
        sentiment =
            std::max(sentiment, Chip{sentimentLabelText(label), {}, true}.width(m_view->font()) + pad);
    const int guestWanted = widest(M::Guest, plain, {QStringLiteral("Քրիստինե Սարգսյան")});
    const int channelWanted = widest(M::Channel, plain, {QStringLiteral("Review site (Google)")});
    ChipList twoTopics;
    for (const QString &key : {QStringLiteral("cleanliness"), QStringLiteral("staff-service")})
        twoTopics << Chip{HospitalityTopic::text(key), {}, false, true};
    twoTopics << Chip{QStringLiteral("+2"), {}, false, true};
    const int topicsWanted = std::max(header(M::Topics), Chip::rowWidth(twoTopics, m_view->font())) + pad;
    // One topic and "+N": less and the column says nothing.
    const int topicsMinimum =
        std::max(header(M::Topics), Chip::rowWidth({twoTopics.at(0), twoTopics.at(2)}, m_view->font())) + pad;
    const int language = widest(M::Language, plain, {QStringLiteral("Deutsch")});
    const int textMinimum = plain.averageCharWidth() * 14 + pad;
    const int available = m_view->viewport()->width() - received - rating - sentiment;
    // Guest and topics give way down to their minimums (they elide; the detail and the tooltips
    // show them whole) before the text does; the channel goes first, then the topics column (the
    // detail and the summary still show them), the language when the text is not roomy. The
    // follow-up state is never shortened. The list never scrolls sideways.
    int flag = flagWanted, guest = guestWanted, topics = topicsWanted, channel = channelWanted;
    const int flagMinimum = flagWanted;
    const int guestMinimum = std::min(guestWanted, plain.averageCharWidth() * 8 + pad);
    bool showChannel = flag + guest + topics + channel + textMinimum <= available;
    if (!showChannel)
        channel = 0;
    if (const int over = flag + guest + topics + channel + textMinimum - available; over > 0) {
        const int slack = (flag - flagMinimum) + (guest - guestMinimum) + (topics - topicsMinimum);
        const double keep = slack > over ? double(slack - over) / slack : 0.0;
        flag = flagMinimum + int((flag - flagMinimum) * keep);
        guest = guestMinimum + int((guest - guestMinimum) * keep);
        topics = topicsMinimum + int((topics - topicsMinimum) * keep);
    }
    const bool showTopics = flag + guest + topics + textMinimum <= available;
    if (!showTopics)
        topics = 0;
    m_view->setColumnHidden(M::Channel, !showChannel);
    m_view->setColumnHidden(M::Topics, !showTopics);
    const int left = available - flag - guest - topics - channel;
    const bool showLanguage = left - language >= textMinimum * 2;
    m_view->setColumnHidden(M::Language, !showLanguage);
    const int widths[] = {
        received, flag,    rating, sentiment,
        guest,    channel, topics, std::max(textMinimum, left - (showLanguage ? language : 0)),
        language};
    static_assert(std::size(widths) == M::ColumnCount);
    for (int column = 0; column < M::ColumnCount; ++column)
        m_view->setColumnWidth(column, widths[column]);
}

} // namespace innkeep::ui
