// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

namespace innkeep::ui {

// A one-line message across the top of a page: errors and confirmations appear here,
// inline, instead of in a dialog. Hidden until there is something to say.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Error, Warning, Info };
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    void showError(const QString &text) { showMessage(text, Kind::Error); }
    void showInfo(const QString &text) { showMessage(text, Kind::Info); }
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }
    // A button for `action` beside the text (e.g. "Restore a Backup…"), before Dismiss.
    void addActionButton(QAction *action);
    // A bar that must stay (a read-only file) has no Dismiss button.
    void setDismissible(bool dismissible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Error;
    bool m_restyling = false;
};

} // namespace innkeep::ui
