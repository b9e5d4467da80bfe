// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace innkeep {
class GuestSearch;
}

namespace innkeep::ui {

class FeedbackListModel;
class MessageBar;
class TicketServices;

// Feedback from every channel, newest first, with the needs-attention and channel filters;
// the selected entry's text, the response recorded for the guest, and "Create complaint".
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

    [[nodiscard]] FeedbackListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QCheckBox *attentionBox() const { return m_attention; }
    [[nodiscard]] QComboBox *channelBox() const { return m_channel; }
    [[nodiscard]] QComboBox *categoryBox() const { return m_category; }
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

    TicketServices &m_services;
    GuestSearch &m_search;
    QString m_uuid;
    MessageBar *m_messages;
    QCheckBox *m_attention;
    QComboBox *m_channel;
    QPushButton *m_new;
    FeedbackListModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_listStack;
    QStackedWidget *m_detailStack;
    QLabel *m_heading;
    QLabel *m_text;
    QPlainTextEdit *m_response;
    QPushButton *m_respond;
    QComboBox *m_category;
    QPushButton *m_toTicket;
    QPushButton *m_openTicket;
    QPushButton *m_openGuest;
};

} // namespace innkeep::ui
