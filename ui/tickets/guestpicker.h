// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace innkeep {
class GuestSearch;
}

namespace innkeep::ui {

// A line edit that finds a guest as you type (instant search, any script). The best match is
// taken as you type, so "Ara" + Tab picks Արամ without touching the popup; arrow keys and
// Enter in the popup pick another. guestUuid() is empty when nothing matches.
class GuestPicker final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuestPicker)

public:
    explicit GuestPicker(GuestSearch &search, QWidget *parent = nullptr);

    void setGuest(const QString &uuid, const QString &name);
    [[nodiscard]] const QString &guestUuid() const { return m_uuid; }
    [[nodiscard]] const QString &guestName() const { return m_name; }

Q_SIGNALS:
    void guestChanged(const QString &uuid, const QString &name);

private:
    void runSearch(const QString &text);
    void choose(const QString &uuid, const QString &name);

    GuestSearch &m_search;
    QStandardItemModel *m_hits;
    QCompleter *m_completer;
    QString m_uuid;
    QString m_name;
};

} // namespace innkeep::ui
