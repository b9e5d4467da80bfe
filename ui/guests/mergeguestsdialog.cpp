// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeguestsdialog.h"

#include "appservices.h"
#include "widgets/messagebar.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {

QString nameOf(AppServices &services, const QString &uuid)
{
    auto guest = services.guests.find(uuid);
    return guest ? guest->displayName() : uuid;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? MergeGuestsDialog::tr("(empty)") : value;
}

} // namespace

MergeGuestsDialog::MergeGuestsDialog(AppServices &services, const QString &keptUuid, const QString &otherUuid,
                                     QWidget *parent)
    : QDialog(parent), m_services(services), m_kept(keptUuid), m_other(otherUuid), m_heading(new QLabel),
      m_messages(new MessageBar(this))
{
    setObjectName(QStringLiteral("mergeGuestsDialog"));
    setWindowTitle(tr("Merge Guests"));
    m_heading->setWordWrap(true);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("mergeFields"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget;
    scroll->setWidget(m_grid);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setDefault(true);
    QPushButton *swap = buttons->addButton(tr("&Keep the Other"), QDialogButtonBox::ActionRole);
    swap->setObjectName(QStringLiteral("swapGuests"));
    swap->setToolTip(tr("Keep the other profile and merge this one into it"));
    connect(swap, &QPushButton::clicked, this, &MergeGuestsDialog::swapGuests);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *note =
        new QLabel(tr("Contacts, tags, stays, preferences, notes, complaints and feedback of both are "
                      "kept. The other profile is archived and points to this one. Edit ▸ Undo takes "
                      "the merge back."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    rebuild();
    resize(640, 460);
}

void MergeGuestsDialog::rebuild()
{
    const QString keptName = nameOf(m_services, m_kept);
    const QString otherName = nameOf(m_services, m_other);
    m_heading->setText(
        tr("Keep <b>%1</b> and merge <b>%2</b> into this profile. Where they differ, choose the "
           "value to keep:")
            .arg(keptName.toHtmlEscaped(), otherName.toHtmlEscaped()));
    auto differing = m_services.openVenue.guestMerges().differences(m_kept, m_other);
    m_fields = differing ? *differing : QList<MergeField>{};
    if (!differing)
        m_messages->showError(differing.error().message);

    qDeleteAll(m_grid->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_grid->layout();
    m_choices.clear();
    auto *grid = new QGridLayout(m_grid);
    const auto heading = [](const QString &text) {
        auto *label = new QLabel(text);
        label->setTextFormat(Qt::PlainText);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    grid->addWidget(heading(tr("Field")), 0, 0);
    grid->addWidget(heading(keptName), 0, 1);
    grid->addWidget(heading(otherName), 0, 2);
    int row = 1;
    for (const MergeField &field : std::as_const(m_fields)) {
        auto *label = new QLabel(field.label);
        auto *keep = new QRadioButton(shown(field.keptText));
        auto *other = new QRadioButton(shown(field.otherText));
        keep->setObjectName(QStringLiteral("keep_") + field.field);
        other->setObjectName(QStringLiteral("other_") + field.field);
        keep->setAccessibleName(tr("%1: %2").arg(field.label, shown(field.keptText)));
        other->setAccessibleName(tr("%1: %2").arg(field.label, shown(field.otherText)));
        auto *group = new QButtonGroup(m_grid);
        group->addButton(keep, 0);
        group->addButton(other, 1);
        (field.takeOther ? other : keep)->setChecked(true);
        m_choices.append(group);
        grid->addWidget(label, row, 0);
        grid->addWidget(keep, row, 1);
        grid->addWidget(other, row, 2);
        ++row;
    }
    if (m_fields.isEmpty() && differing)
        grid->addWidget(new QLabel(tr("The two profiles agree on every field.")), row++, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
}

void MergeGuestsDialog::swapGuests()
{
    std::swap(m_kept, m_other);
    rebuild();
}

void MergeGuestsDialog::chooseOther(const QString &field, bool other)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).field == field)
            m_choices.at(i)->button(other ? 1 : 0)->setChecked(true);
    }
}

QStringList MergeGuestsDialog::preferOther() const
{
    QStringList fields;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_choices.at(i)->checkedId() == 1)
            fields.append(m_fields.at(i).field);
    }
    return fields;
}

QStringList MergeGuestsDialog::preferKept() const
{
    QStringList fields;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_choices.at(i)->checkedId() == 0)
            fields.append(m_fields.at(i).field);
    }
    return fields;
}

} // namespace innkeep::ui
