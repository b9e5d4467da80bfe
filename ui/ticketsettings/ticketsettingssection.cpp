// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsettingssection.h"

#include "tickets/ticketservices.h"
#include "widgets/messagebar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {

constexpr std::array Severities{TicketSeverity::Low, TicketSeverity::Medium, TicketSeverity::High,
                                TicketSeverity::Critical};

// A stable key from a label: Latin letters and digits, '-' between words. Labels in other
// scripts get a numbered key; the label is what people see.
QString keyFor(const QString &label, const QListWidget *existing, const QString &prefix)
{
    QString key;
    for (const QChar c : label.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            key += c;
        else if ((c.isSpace() || c == u'-' || c == u'&' || c == u'/') && !key.isEmpty()
                 && !key.endsWith(u'-'))
            key += u'-';
    }
    while (key.endsWith(u'-'))
        key.chop(1);
    if (key.isEmpty())
        key = prefix;
    QStringList keys;
    for (int i = 0; i < existing->count(); ++i)
        keys << existing->item(i)->data(Qt::UserRole).toString();
    QString unique = key;
    for (int n = 2; keys.contains(unique); ++n)
        unique = key + u'-' + QString::number(n);
    return unique;
}

} // namespace

TicketSettingsSection::TicketSettingsSection(TicketServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_messages(new MessageBar)
{
    setObjectName(QStringLiteral("ticketSettings"));
    auto *sla = new QGroupBox(tr("Service levels for complaints"));
    auto *grid = new QGridLayout(sla);
    const QStringList heads{tr("Severity"),
                            tr("Acknowledge within"),
                            tr("Resolve within"),
                            tr("Due soon when left"),
                            tr("Quiet hours"),
                            tr("from"),
                            tr("to")};
    for (int c = 0; c < heads.size(); ++c) {
        auto *h = new QLabel(heads.at(c));
        h->setWordWrap(true); // long headings in other languages wrap instead of clipping
        QFont f = h->font();
        f.setBold(true);
        h->setFont(f);
        grid->addWidget(h, 0, c);
    }
    for (int r = 0; r < int(Severities.size()); ++r) {
        const QString severity = ticketSeverityLabel(Severities[r]);
        auto *label = new QLabel(severity);
        auto spin = [&](int max, const QString &what) {
            auto *s = new QSpinBox;
            s->setRange(0, max);
            s->setSuffix(tr(" min"));
            s->setGroupSeparatorShown(true);
            s->setAccessibleName(tr("%1: %2").arg(severity, what));
            return s;
        };
        PolicyRow row{spin(100'000, heads.at(1)),
                      spin(100'000, heads.at(2)),
                      spin(100'000, heads.at(3)),
                      new QCheckBox,
                      new QTimeEdit,
                      new QTimeEdit};
        row.quiet->setAccessibleName(tr("%1: quiet hours").arg(severity));
        row.quietFrom->setAccessibleName(tr("%1: quiet hours from").arg(severity));
        row.quietTo->setAccessibleName(tr("%1: quiet hours to").arg(severity));
        for (QTimeEdit *t : {row.quietFrom, row.quietTo}) {
            t->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
            connect(row.quiet, &QCheckBox::toggled, t, &QWidget::setEnabled);
        }
        label->setBuddy(row.acknowledge);
        grid->addWidget(label, r + 1, 0);
        grid->addWidget(row.acknowledge, r + 1, 1);
        grid->addWidget(row.resolve, r + 1, 2);
        grid->addWidget(row.dueSoon, r + 1, 3);
        grid->addWidget(row.quiet, r + 1, 4, Qt::AlignCenter);
        grid->addWidget(row.quietFrom, r + 1, 5);
        grid->addWidget(row.quietTo, r + 1, 6);
        m_rows.append(row);
    }
    auto *note =
        new QLabel(tr("Changes apply to complaints logged from now on; open ones keep their promise."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *save = new QPushButton(tr("Save ser&vice levels"));
    grid->addWidget(note, int(Severities.size()) + 1, 0, 1, 5);
    grid->addWidget(save, int(Severities.size()) + 1, 5, 1, 2, Qt::AlignRight);
    grid->setColumnStretch(7, 1);
    connect(save, &QPushButton::clicked, this, &TicketSettingsSection::savePolicies);

    auto *lists = new QHBoxLayout;
    lists->addWidget(buildList(TicketListItem::List::Categories, tr("Complaint categories")));
    lists->addWidget(buildList(TicketListItem::List::Departments, tr("Departments")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messages);
    layout->addWidget(sla);
    layout->addLayout(lists);
    load();
    connect(&services.settings, &RecordEvents::manyChanged, this, &TicketSettingsSection::load);
}

QListWidget *TicketSettingsSection::list(TicketListItem::List which) const
{
    return which == TicketListItem::List::Categories ? m_categories : m_departments;
}

QWidget *TicketSettingsSection::buildList(TicketListItem::List which, const QString &title)
{
    auto *box = new QGroupBox(title);
    auto *view = new QListWidget;
    auto *edit = new QLineEdit;
    view->setAccessibleName(title);
    view->setMaximumHeight(view->fontMetrics().lineSpacing() * 9);
    edit->setPlaceholderText(tr("Name"));
    edit->setAccessibleName(tr("%1: name").arg(title));
    auto *add = new QPushButton(tr("Add"));
    auto *rename = new QPushButton(tr("Rename"));
    auto *remove = new QPushButton(tr("Remove"));
    remove->setToolTip(tr("No longer offered for new complaints; kept on old ones."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(edit, 1);
    buttons->addWidget(add);
    buttons->addWidget(rename);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(view);
    layout->addLayout(buttons);
    (which == TicketListItem::List::Categories ? m_categories : m_departments) = view;
    (which == TicketListItem::List::Categories ? m_categoryEdit : m_departmentEdit) = edit;
    connect(view, &QListWidget::currentTextChanged, edit, &QLineEdit::setText);
    connect(add, &QPushButton::clicked, this, [this, which, edit] {
        if (addItem(which, edit->text()))
            edit->clear();
    });
    connect(edit, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(rename, &QPushButton::clicked, this, [this, which] { renameItem(which); });
    connect(remove, &QPushButton::clicked, this, [this, which] { removeItem(which); });
    return box;
}

void TicketSettingsSection::load()
{
    auto &settings = m_services.settings;
    if (auto policies = settings.policies()) {
        for (const SlaPolicy &p : std::as_const(*policies)) {
            const PolicyRow &row = m_rows.at(int(p.severity));
            row.acknowledge->setValue(p.acknowledgeMinutes);
            row.resolve->setValue(p.resolveMinutes);
            row.dueSoon->setValue(p.dueSoonMinutes);
            row.quiet->setChecked(p.hasQuietHours());
            row.quietFrom->setTime(QTime(0, 0).addSecs(std::max(0, p.quietStartMinute) * 60));
            row.quietTo->setTime(QTime(0, 0).addSecs(std::max(0, p.quietEndMinute) * 60));
            row.quietFrom->setEnabled(p.hasQuietHours());
            row.quietTo->setEnabled(p.hasQuietHours());
        }
    }
    for (auto which : {TicketListItem::List::Categories, TicketListItem::List::Departments}) {
        QListWidget *view = list(which);
        view->clear();
        if (auto items = settings.items(which)) {
            for (const TicketListItem &item : std::as_const(*items)) {
                auto *entry = new QListWidgetItem(item.label, view);
                entry->setData(Qt::UserRole, item.key);
            }
        }
    }
}

void TicketSettingsSection::savePolicies()
{
    auto policies = m_services.settings.policies();
    if (!policies) {
        m_messages->showError(policies.error().message);
        return;
    }
    int changed = 0;
    for (SlaPolicy p : std::as_const(*policies)) {
        const PolicyRow &row = m_rows.at(int(p.severity));
        const SlaPolicy before = p;
        p.acknowledgeMinutes = row.acknowledge->value();
        p.resolveMinutes = row.resolve->value();
        p.dueSoonMinutes = row.dueSoon->value();
        const bool quiet = row.quiet->isChecked();
        p.quietStartMinute = quiet ? row.quietFrom->time().msecsSinceStartOfDay() / 60'000 : -1;
        p.quietEndMinute = quiet ? row.quietTo->time().msecsSinceStartOfDay() / 60'000 : -1;
        if (p == before)
            continue;
        if (auto r = m_services.settings.setPolicy(p); !r) {
            m_messages->showError(tr("%1: %2").arg(ticketSeverityLabel(p.severity), r.error().message));
            return;
        }
        ++changed;
    }
    m_messages->showInfo(changed ? tr("Service levels saved.") : tr("Nothing to save."));
}

bool TicketSettingsSection::addItem(TicketListItem::List which, const QString &label)
{
    const QString text = label.trimmed();
    if (text.isEmpty())
        return false;
    const QString prefix =
        which == TicketListItem::List::Categories ? QStringLiteral("category") : QStringLiteral("department");
    auto added = m_services.settings.addItem(which, keyFor(text, list(which), prefix), text);
    if (!added) {
        m_messages->showError(added.error().message);
        return false;
    }
    load();
    m_messages->showInfo(tr("Added “%1”.").arg(text));
    return true;
}

void TicketSettingsSection::renameItem(TicketListItem::List which)
{
    QListWidgetItem *item = list(which)->currentItem();
    QLineEdit *edit = which == TicketListItem::List::Categories ? m_categoryEdit : m_departmentEdit;
    if (!item || edit->text().trimmed().isEmpty())
        return;
    if (auto r = m_services.settings.renameItem(which, item->data(Qt::UserRole).toString(),
                                                edit->text().trimmed());
        !r) {
        m_messages->showError(r.error().message);
        return;
    }
    load();
}

void TicketSettingsSection::removeItem(TicketListItem::List which)
{
    QListWidgetItem *item = list(which)->currentItem();
    if (!item)
        return;
    const QString label = item->text();
    if (auto r = m_services.settings.setArchived(which, item->data(Qt::UserRole).toString(), true); !r) {
        m_messages->showError(r.error().message);
        return;
    }
    load();
    m_messages->showInfo(tr("Removed “%1”; complaints that use it keep it.").arg(label));
}

} // namespace innkeep::ui
