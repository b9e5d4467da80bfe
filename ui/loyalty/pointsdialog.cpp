// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointsdialog.h"

#include "loyalty/pointsledger.h"
#include "widgets/messagebar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace innkeep::ui {

PointsDialog::PointsDialog(Purpose purpose, qint64 balance, const QString &undoing, QWidget *parent)
    : QDialog(parent), m_purpose(purpose), m_messages(new MessageBar(this)), m_fields(this, m_messages),
      m_points(new QSpinBox(this)), m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("pointsDialog"));
    setWindowTitle(purpose == Purpose::Adjust   ? tr("Adjust Points")
                   : purpose == Purpose::Redeem ? tr("Redeem Points")
                                                : tr("Undo Points Entry"));
    const QLocale locale;
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    const QString held = tr("The guest has %1 points.").arg(locale.toString(balance));
    intro->setText(purpose == Purpose::Adjust
                       ? held + QLatin1Char(' ') + tr("Give points (500) or take them off (-200).")
                   : purpose == Purpose::Redeem
                       ? held
                       : tr("Undo “%1”: the ledger keeps the entry and adds its opposite.").arg(undoing));
    intro->setTextFormat(Qt::PlainText);

    const int limit = int(std::min<qint64>(PointsLedger::MaxPoints, 1'000'000));
    m_points->setRange(purpose == Purpose::Adjust ? -limit : 1, limit);
    m_points->setValue(purpose == Purpose::Redeem ? int(std::clamp<qint64>(balance, 1, limit)) : 0);
    m_points->setGroupSeparatorShown(true);
    m_points->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_reason->setPlaceholderText(purpose == Purpose::Redeem ? tr("e.g. Spa voucher")
                                 : purpose == Purpose::Undo ? tr("e.g. Entered twice")
                                                            : tr("e.g. Goodwill after the noise complaint"));

    auto *form = new QFormLayout;
    if (purpose != Purpose::Undo)
        m_fields.addRow(form, tr("&Points:"), m_points, {QStringLiteral("points")});
    else
        m_points->hide();
    m_fields.addRow(form, tr("&Reason:"), m_reason, {QStringLiteral("reason"), QStringLiteral("entry")});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)
        ->setText(purpose == Purpose::Redeem ? tr("Re&deem")
                  : purpose == Purpose::Undo ? tr("&Undo Entry")
                                             : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    (purpose == Purpose::Undo ? static_cast<QWidget *>(m_reason) : m_points)->setFocus();
    if (purpose != Purpose::Undo)
        m_points->selectAll();
}

void PointsDialog::accept()
{
    if (!m_saver)
        return;
    auto saved = m_saver(m_points->value(), m_reason->text());
    if (!saved) {
        m_fields.show({saved.error()});
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace innkeep::ui
