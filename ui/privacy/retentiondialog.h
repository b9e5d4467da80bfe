// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace innkeep {
class OpenVenue;
}

namespace innkeep::ui {

// Settings ▸ Privacy ▸ Review: the guests the retention rule lists (no stay for N years), oldest
// first, and "Erase All…", which asks once and anonymises them together (RetentionReview).
class RetentionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionDialog)

public:
    RetentionDialog(OpenVenue &venue, int years, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QPushButton *eraseButton() const { return m_erase; }
    [[nodiscard]] QLabel *summary() const { return m_summary; }
    void load();
    void eraseAll();

Q_SIGNALS:
    // Guests were erased: whoever keeps their old values (an undo history) forgets them.
    void erased();

private:
    OpenVenue &m_venue;
    int m_years;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_erase;
};

} // namespace innkeep::ui
