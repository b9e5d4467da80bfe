// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencestab.h"

#include "appservices.h"
#include "models/preferencemodel.h"
#include "preferencedialog.h"
#include "tableviews.h"
#include "widgets/icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace innkeep::ui {

PreferencesTab::PreferencesTab(AppServices &services, QUndoStack &undo, ErrorSink onError, QWidget *parent)
    : ProfileTab(parent), m_services(services), m_undo(undo), m_onError(std::move(onError)),
      m_model(new PreferenceModel(this)), m_body(new QStackedWidget(this)), m_view(new QTableView(this)),
      m_empty(new QLabel(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_confirm(new QPushButton(tr("&Confirm"), this)), m_edit(new QPushButton(tr("E&dit…"), this)),
      m_remove(new QPushButton(tr("Re&move"), this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Preferences"));
    setupReadOnlyTable(m_view);
    m_empty->setText(
        tr("No preferences yet. Press “Add…” to record what the guest likes, needs or must avoid — "
           "mark allergies and accessibility needs as critical."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_body->addWidget(m_view);
    m_body->addWidget(m_empty);
    icons::set(m_add, QStringLiteral("add"));
    m_confirm->setToolTip(tr("The guest told us again: count it and move its date to today"));
    icons::set(m_remove, QStringLiteral("delete"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_confirm, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_body, 1);
    setTabOrder(m_add, m_confirm);
    setTabOrder(m_confirm, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_view);

    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &PreferencesTab::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &PreferencesTab::addPreference);
    connect(m_confirm, &QPushButton::clicked, this, &PreferencesTab::confirmSelected);
    connect(m_edit, &QPushButton::clicked, this, &PreferencesTab::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &PreferencesTab::removeSelected);
    connect(m_view, &QTableView::activated, this, &PreferencesTab::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PreferencesTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PreferencesTab::updateButtons);
    updateButtons();
}

void PreferencesTab::setGuest(const QString &guestUuid)
{
    const int row = selectedRow();
    m_guestUuid = guestUuid;
    auto preferences = m_services.preferences.forGuest(guestUuid);
    if (!preferences)
        m_onError(preferences.error());
    m_model->setPreferences(preferences ? *preferences : QList<Preference>());
    m_view->resizeColumnsToContents();
    m_body->setCurrentWidget(m_model->rowCount() ? static_cast<QWidget *>(m_view) : m_empty);
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
}

int PreferencesTab::selectedRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void PreferencesTab::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_confirm->setEnabled(selected);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void PreferencesTab::addPreference()
{
    if (m_guestUuid.isEmpty())
        return;
    Preference draft;
    draft.guestUuid = m_guestUuid;
    PreferenceDialog dialog(draft, m_services.openVenue.clock().today(), this);
    Q_EMIT dialogAboutToShow(&dialog);
    if (dialog.result() != QDialog::Accepted && dialog.exec() != QDialog::Accepted)
        return;
    const Preference chosen = dialog.preference();
    std::optional<Preference> existing;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Preference &p = m_model->preference(row);
        if (p.category == chosen.category && p.value.compare(chosen.value, Qt::CaseInsensitive) == 0)
            existing = p;
    }
    m_undo.push(new RecordPreferenceUndoCommand(m_services, chosen, existing, m_onError));
}

void PreferencesTab::confirmSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Preference current = m_model->preference(row);
    Preference again = current;
    again.uuid.clear();
    again.observedOn = m_services.openVenue.clock().today();
    m_undo.push(new RecordPreferenceUndoCommand(m_services, again, current, m_onError));
}

void PreferencesTab::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Preference before = m_model->preference(row);
    PreferenceDialog dialog(before, m_services.openVenue.clock().today(), this);
    Q_EMIT dialogAboutToShow(&dialog);
    if (dialog.result() != QDialog::Accepted && dialog.exec() != QDialog::Accepted)
        return;
    m_undo.push(new EditPreferenceUndoCommand(m_services, before, dialog.preference(), m_onError));
}

void PreferencesTab::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_undo.push(new RemovePreferenceUndoCommand(m_services, m_model->preference(row), m_onError));
}

} // namespace innkeep::ui
