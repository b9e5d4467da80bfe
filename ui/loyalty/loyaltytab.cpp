// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loyaltytab.h"

#include "appservices.h"
#include "models/roles.h"
#include "pointsdialog.h"
#include "profile/tableviews.h"
#include "widgets/icons.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace innkeep::ui {

LoyaltyTab::LoyaltyTab(AppServices &services, std::function<void(const Error &)> onError, QWidget *parent)
    : ProfileTab(parent), m_services(services), m_onError(std::move(onError)), m_tier(new QLabel(this)),
      m_reason(new QLabel(this)), m_next(new QLabel(this)), m_balance(new QLabel(this)),
      m_model(new QStandardItemModel(this)), m_body(new QStackedWidget(this)), m_view(new QTableView(this)),
      m_empty(new QLabel(this)), m_adjust(new QPushButton(tr("Ad&just Points…"), this)),
      m_redeem(new QPushButton(tr("Re&deem Points…"), this)),
      m_undo(new QPushButton(tr("&Undo Entry…"), this))
{
    setObjectName(QStringLiteral("loyaltyTab"));
    QFont big = m_tier->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_tier->setFont(big);
    m_balance->setFont(big);
    m_balance->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (QLabel *label : {m_tier, m_reason, m_next, m_balance, m_empty}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_next->setForegroundRole(QPalette::PlaceholderText);
    m_tier->setAccessibleName(tr("Loyalty tier"));
    m_balance->setAccessibleName(tr("Points balance"));

    m_model->setHorizontalHeaderLabels(
        {tr("Date"), tr("Entry"), tr("Points"), tr("Reason"), tr("By"), tr("Expires")});
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Points ledger"));
    setupReadOnlyTable(m_view);
    m_empty->setText(
        tr("No points yet. A checked-out stay earns points once the venue sets its earning rules "
           "(Settings, or innkeep-cli settings set loyalty.points_per_night); Adjust Points… "
           "gives points by hand."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_body->addWidget(m_view);
    m_body->addWidget(m_empty);

    icons::set(m_adjust, QStringLiteral("edit"));
    icons::set(m_redeem, QStringLiteral("add"));
    m_undo->setToolTip(tr("Cancel the selected entry with its opposite; the ledger keeps both"));

    auto *summary = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->setSpacing(2);
    left->addWidget(m_tier);
    left->addWidget(m_reason);
    left->addWidget(m_next);
    summary->addLayout(left, 1);
    summary->addWidget(m_balance);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_adjust);
    buttons->addWidget(m_redeem);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(summary);
    layout->addLayout(buttons);
    layout->addWidget(m_body, 1);
    setTabOrder(m_adjust, m_redeem);
    setTabOrder(m_redeem, m_undo);
    setTabOrder(m_undo, m_view);
    setFocusProxy(m_view);

    connect(m_adjust, &QPushButton::clicked, this, &LoyaltyTab::adjust);
    connect(m_redeem, &QPushButton::clicked, this, &LoyaltyTab::redeem);
    connect(m_undo, &QPushButton::clicked, this, &LoyaltyTab::undoSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LoyaltyTab::updateButtons);
    updateButtons();
}

void LoyaltyTab::setGuest(const QString &guestUuid)
{
    const QModelIndex current = m_view->currentIndex();
    const QString selected =
        current.isValid() ? current.siblingAtColumn(0).data(IdRole).toString() : QString();
    m_guestUuid = guestUuid;
    m_model->removeRows(0, m_model->rowCount());
    if (guestUuid.isEmpty())
        return;
    OpenVenue &venue = m_services.openVenue;
    const QLocale locale;
    auto tier = venue.loyaltyTiers().current(guestUuid);
    auto standing = venue.loyaltyTiers().standing(guestUuid);
    if (!tier || !standing) {
        m_onError(!tier ? tier.error() : standing.error());
        return;
    }
    auto tiers = venue.loyaltyTiers().tiers();
    const bool programme = tiers && !tiers->isEmpty();
    m_tier->setText(tier->isEmpty() ? (programme ? tr("No tier yet") : tr("No loyalty tiers set up"))
                                    : tr("%1 tier").arg(*tier));
    m_reason->setText(standing->reason);
    m_reason->setVisible(!standing->reason.isEmpty());
    m_next->setText(standing->next.isEmpty() ? QString()
                                             : tr("Next: %1, %2").arg(standing->next, standing->toNext));
    m_next->setVisible(!standing->next.isEmpty());
    m_balance->setText(tr("%1 points").arg(locale.toString(balance())));

    auto entries = venue.points().entries(guestUuid);
    if (!entries) {
        m_onError(entries.error());
        return;
    }
    const QColor faded = palette().color(QPalette::Disabled, QPalette::Text);
    for (const PointsEntry &entry : std::as_const(*entries)) {
        QList<QStandardItem *> row{
            new QStandardItem(locale.toString(entry.bookedOn, QLocale::ShortFormat)),
            new QStandardItem(entry.undone ? tr("%1 (undone)").arg(displayText(entry.kind))
                                           : displayText(entry.kind)),
            new QStandardItem((entry.points > 0 ? QStringLiteral("+") : QString())
                              + locale.toString(entry.points)),
            new QStandardItem(entry.reason),
            new QStandardItem(entry.staff),
            new QStandardItem(entry.expiresOn.isValid() && entry.points > 0
                                  ? locale.toString(entry.expiresOn, QLocale::ShortFormat)
                                  : QString())};
        row.at(0)->setData(entry.uuid, IdRole);
        row.at(0)->setData(entry.canBeUndone(), Qt::UserRole + 50);
        row.at(2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QStandardItem *item : row) {
            if (entry.undone)
                item->setForeground(faded);
        }
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    m_body->setCurrentWidget(m_model->rowCount() ? static_cast<QWidget *>(m_view) : m_empty);
    for (int row = 0; row < m_model->rowCount() && !selected.isEmpty(); ++row) {
        if (m_model->index(row, 0).data(IdRole).toString() == selected)
            m_view->setCurrentIndex(m_model->index(row, 0));
    }
    updateButtons();
}

qint64 LoyaltyTab::balance()
{
    auto held = m_services.openVenue.points().balance(m_guestUuid);
    return held ? *held : 0;
}

void LoyaltyTab::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool readOnly = m_services.openVenue.isReadOnly();
    m_adjust->setEnabled(!readOnly && !m_guestUuid.isEmpty());
    m_redeem->setEnabled(!readOnly && !m_guestUuid.isEmpty() && balance() > 0);
    m_undo->setEnabled(!readOnly && current.isValid()
                       && current.siblingAtColumn(0).data(Qt::UserRole + 50).toBool());
}

void LoyaltyTab::adjust()
{
    if (m_guestUuid.isEmpty())
        return;
    PointsDialog dialog(PointsDialog::Purpose::Adjust, balance(), {}, this);
    dialog.setSaver([this](qint64 points, const QString &reason) {
        return m_services.openVenue.points().adjust(m_guestUuid, points, reason);
    });
    dialog.exec();
}

void LoyaltyTab::redeem()
{
    if (m_guestUuid.isEmpty())
        return;
    PointsDialog dialog(PointsDialog::Purpose::Redeem, balance(), {}, this);
    dialog.setSaver([this](qint64 points, const QString &reason) {
        return m_services.openVenue.points().redeem(m_guestUuid, points, reason);
    });
    dialog.exec();
}

void LoyaltyTab::undoSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString entry = current.siblingAtColumn(0).data(IdRole).toString();
    const QString described =
        QStringLiteral("%1 %2, %3")
            .arg(current.siblingAtColumn(1).data().toString(), current.siblingAtColumn(2).data().toString(),
                 current.siblingAtColumn(3).data().toString());
    PointsDialog dialog(PointsDialog::Purpose::Undo, balance(), described, this);
    dialog.setSaver([this, entry](qint64, const QString &reason) {
        return m_services.openVenue.points().undo(entry, reason);
    });
    dialog.exec();
}

} // namespace innkeep::ui
