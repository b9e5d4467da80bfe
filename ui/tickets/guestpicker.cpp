// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestpicker.h"

#include "search/guestsearch.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace innkeep::ui {

namespace {
constexpr int UuidRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
} // namespace

GuestPicker::GuestPicker(GuestSearch &search, QWidget *parent)
    : QLineEdit(parent), m_search(search), m_hits(new QStandardItemModel(this)),
      m_completer(new QCompleter(this))
{
    setPlaceholderText(tr("Name, phone or e-mail"));
    setClearButtonEnabled(true);
    // The search already ranks and filters; the completer only shows its answer.
    m_completer->setModel(m_hits);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &GuestPicker::runSearch);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const QString name = index.data(NameRole).toString();
                choose(index.data(UuidRole).toString(), name);
                setText(name);
            });
}

void GuestPicker::setGuest(const QString &uuid, const QString &name)
{
    setText(name);
    choose(uuid, name);
}

void GuestPicker::choose(const QString &uuid, const QString &name)
{
    if (uuid == m_uuid && name == m_name)
        return;
    m_uuid = uuid;
    m_name = name;
    Q_EMIT guestChanged(m_uuid, m_name);
}

void GuestPicker::runSearch(const QString &text)
{
    m_hits->clear();
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        choose({}, {});
        return;
    }
    auto hits = m_search.search(text, 12);
    QStringList seen;
    if (hits) {
        for (const SearchHit &hit : std::as_const(*hits)) {
            if (hit.guestUuid.isEmpty() || seen.contains(hit.guestUuid))
                continue;
            seen.append(hit.guestUuid);
            const QString name = hit.displayName;
            const QString shown = hit.latinName.isEmpty() || hit.latinName == name
                                      ? name
                                      : tr("%1 (%2)").arg(name, hit.latinName);
            auto *item = new QStandardItem(shown);
            item->setData(hit.guestUuid, UuidRole);
            item->setData(name, NameRole);
            m_hits->appendRow(item);
        }
    }
    if (m_hits->rowCount() == 0) {
        m_completer->popup()->hide();
        choose({}, {});
        return;
    }
    const QModelIndex best = m_hits->index(0, 0);
    choose(best.data(UuidRole).toString(), best.data(NameRole).toString());
    if (hasFocus())
        m_completer->complete();
}

} // namespace innkeep::ui
