// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace innkeep {
class OpenVenue;
}

namespace innkeep::ui {

class MessageBar;

// Settings → "Privacy": how many years after their last stay a guest's data is kept (the venue's
// retention rule), how many guests are past it, and "Review…" (RetentionDialog).
class RetentionSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionSection)

public:
    explicit RetentionSection(OpenVenue &venue, QWidget *parent = nullptr);

    void load();
    [[nodiscard]] QSpinBox *yearsBox() const { return m_years; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    [[nodiscard]] QPushButton *reviewButton() const { return m_review; }
    void review();

Q_SIGNALS:
    void guestsErased();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void storeYears();

    OpenVenue &m_venue;
    MessageBar *m_messages;
    QSpinBox *m_years;
    QLabel *m_count;
    QPushButton *m_review;
};

} // namespace innkeep::ui
