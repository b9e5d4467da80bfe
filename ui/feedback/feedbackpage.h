// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "feedback/feedbackentry.h"
#include "insights/feedbacktopicsummary.h"

#include <QDate>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTableView;

namespace innkeep {
class BackgroundJob;
class GuestSearch;
}

namespace innkeep::ui {

class ChipStrip;
class FeedbackListModel;
class MessageBar;
class TicketServices;
class TopicSummaryStrip;

// Feedback from every channel, newest first, with the needs-attention, channel, sentiment, topic,
// language and period filters; the selected entry's text, its sentiment and topics (which staff
// correct with "Correct analysis…", Ctrl+Shift+A), the response recorded for the guest, and
// "Create complaint".
class FeedbackPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackPage)

public:
    FeedbackPage(TicketServices &services, GuestSearch &search, QWidget *parent = nullptr);

    void selectEntry(const QString &uuid);
    void newFeedback();
    void createComplaint();
    void recordResponse();
    // Opens the correction dialog for the selected entry; returns true when a correction was saved.
    bool correctAnalysis();

    [[nodiscard]] FeedbackListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QCheckBox *attentionBox() const { return m_attention; }
    [[nodiscard]] QComboBox *channelBox() const { return m_channel; }
    [[nodiscard]] QComboBox *categoryBox() const { return m_category; }
    [[nodiscard]] QComboBox *sentimentBox() const { return m_sentiment; }
    [[nodiscard]] QComboBox *topicBox() const { return m_topic; }
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QComboBox *periodBox() const { return m_period; }
    [[nodiscard]] QAction *correctAction() const { return m_correctAction; }
    [[nodiscard]] QPushButton *correctButton() const { return m_correct; }
    [[nodiscard]] ChipStrip *detailChips() const { return m_chips; }
    [[nodiscard]] TopicSummaryStrip *topicSummary() const { return m_summary; }
    // The background analysis's line (text and progress bar), shown while the job runs.
    [[nodiscard]] QWidget *analysisProgress() const { return m_analysing; }
    [[nodiscard]] QProgressBar *analysisProgressBar() const { return m_analysingBar; }
    // Reads the topic summary for the period again now (it also follows feedback changes, debounced).
    void refreshSummary();
    // Shows only entries about `topic` (a HospitalityTopic key, "" for any).
    void filterByTopic(const QString &topic);
    [[nodiscard]] QPushButton *createComplaintButton() const { return m_toTicket; }
    [[nodiscard]] QPlainTextEdit *responseEdit() const { return m_response; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    [[nodiscard]] const QString &currentUuid() const { return m_uuid; }

Q_SIGNALS:
    void ticketOpened(const QString &ticketUuid);
    void guestOpened(const QString &guestUuid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Column widths for the space there is: the feedback text takes what is left, the
    // language column shows only when it fits; the list never scrolls sideways.
    void fitColumns();
    void applyFilters();
    void showEntry(const QString &uuid);
    void fillCategories();
    [[nodiscard]] bool filtered() const;
    [[nodiscard]] QString emptyText() const;
    [[nodiscard]] FeedbackQuery currentQuery() const;
    // The selected entry's right-click menu: open the guest, reply, complaint, correct analysis.
    void fillMenu(QMenu *menu);
    void clearFilters();
    // The period's first local day (invalid for "All time") and today.
    [[nodiscard]] QDate periodStart() const;
    void followAnalysis(BackgroundJob *job);
    void showSummary(const Result<TopicSummary> &summary, bool bounded);

    TicketServices &m_services;
    GuestSearch &m_search;
    QString m_uuid;
    MessageBar *m_messages;
    QCheckBox *m_attention;
    QComboBox *m_channel;
    QComboBox *m_sentiment;
    QComboBox *m_topic;
    QComboBox *m_language;
    QComboBox *m_period;
    QPushButton *m_new;
    QAction *m_correctAction;
    FeedbackListModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_listStack;
    QStackedWidget *m_detailStack;
    QLabel *m_heading;
    QLabel *m_text;
    ChipStrip *m_chips;
    QPushButton *m_correct;
    TopicSummaryStrip *m_summary;
    QWidget *m_analysing;
    QLabel *m_analysingText;
    QProgressBar *m_analysingBar;
    QTimer *m_summaryTimer;
    QPlainTextEdit *m_response;
    QPushButton *m_respond;
    QComboBox *m_category;
    QPushButton *m_toTicket;
    QPushButton *m_openTicket;
    QPushButton *m_openGuest;
};

} // namespace innkeep::ui
