// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staystab.h"

#include "appservices.h"
#include "models/roles.h"
#include "models/staytablemodel.h"
#include "staydialog.h"
#include "tableviews.h"
#include "widgets/icons.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace innkeep::ui {

StaysTab::StaysTab(AppServices &services, QUndoStack &undo, ErrorSink onError, QWidget *parent)
    : ProfileTab(parent), m_services(services), m_undo(undo), m_onError(std::move(onError)),
      m_model(new StayTableModel(this)), m_body(new QStackedWidget(this)), m_view(new QTableView(this)),
      m_empty(new QLabel(this)), m_add(new QPushButton(tr("&Add stay…"), this)),
      m_edit(new QPushButton(tr("E&dit stay…"), this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Stays"));
    setupReadOnlyTable(m_view);
    m_empty->setText(
        tr("No stays recorded yet. Press “Add stay…” (Ctrl+Shift+S) to record a booking or a past visit."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_body->addWidget(m_view);
    m_body->addWidget(m_empty);
    icons::set(m_add, QStringLiteral("add"));
    m_add->setToolTip(tr("Add a stay (Ctrl+Shift+S)"));
    icons::set(m_edit, QStringLiteral("edit"));
    m_edit->setToolTip(tr("Edit the selected stay (Enter)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_body, 1);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_view);
    setFocusProxy(m_view);

    connect(m_add, &QPushButton::clicked, this, &StaysTab::addStay);
    connect(m_edit, &QPushButton::clicked, this, &StaysTab::editSelected);
    connect(m_view, &QTableView::activated, this, &StaysTab::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &StaysTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StaysTab::updateButtons);
    updateButtons();
}

void StaysTab::setGuest(const QString &guestUuid)
{
    const QModelIndex current = m_view->currentIndex();
    const QString selected = current.isValid() ? current.data(IdRole).toString() : QString();
    m_guestUuid = guestUuid;
    auto stays = m_services.stays.forGuest(guestUuid);
    if (!stays)
        m_onError(stays.error());
    m_model->setStays(stays ? *stays : QList<Stay>());
    m_view->resizeColumnsToContents();
    m_body->setCurrentWidget(m_model->rowCount() ? static_cast<QWidget *>(m_view) : m_empty);
    for (int row = 0; row < m_model->rowCount() && !selected.isEmpty(); ++row) {
        if (m_model->index(row, 0).data(IdRole).toString() == selected)
            m_view->setCurrentIndex(m_model->index(row, 0));
    }
}

void StaysTab::updateButtons()
{
    m_edit->setEnabled(m_view->currentIndex().isValid());
}

void StaysTab::addStay()
{
    if (m_guestUuid.isEmpty())
        return;
    Stay draft;
    draft.guestUuid = m_guestUuid;
    StayDialog dialog(draft, m_services.venue.currency(), m_services.openVenue.clock().today(), this);
    // Adding is not on the undo stack: the core keeps stays (a wrong one is set to Cancelled).
    dialog.setSaver([this](const Stay &stay) { return m_services.stays.add(stay); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString uuid = dialog.saved().uuid;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(IdRole).toString() == uuid)
            m_view->setCurrentIndex(m_model->index(row, 0));
    }
}

void StaysTab::editSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    auto before = m_services.stays.find(current.data(IdRole).toString());
    if (!before) {
        m_onError(before.error());
        return;
    }
    StayDialog dialog(*before, m_services.venue.currency(), m_services.openVenue.clock().today(), this);
    // While the dialog is open a refusal shows under its field; later (undo) on the page.
    struct Pending
    {
        bool inDialog = true;
        std::optional<Error> error;
    };
    auto pending = std::make_shared<Pending>();
    dialog.setSaver([this, stored = *before, pending](const Stay &edited) -> Result<Stay> {
        pending->inDialog = true;
        pending->error.reset();
        m_undo.push(new EditStayUndoCommand(m_services, stored, edited, [this, pending](const Error &error) {
            if (pending->inDialog)
                pending->error = error;
            else
                m_onError(error);
        })); // push runs redo(): the service validates, saves and records the change
        pending->inDialog = false;
        if (pending->error)
            return std::unexpected(*pending->error);
        return m_services.stays.find(edited.uuid);
    });
    dialog.exec();
}

} // namespace innkeep::ui
