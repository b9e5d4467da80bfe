// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencedialog.h"

#include "widgets/datefield.h"
#include "widgets/plaintext.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace innkeep::ui {

PreferenceDialog::PreferenceDialog(const Preference &preference, const QDate &today, QWidget *parent)
    : QDialog(parent), m_original(preference), m_category(new QComboBox(this)), m_value(new QLineEdit(this)),
      m_detail(new QLineEdit(this)), m_source(new QComboBox(this)), m_observed(new QDateEdit(this)),
      m_critical(new QCheckBox(tr("&Critical — warn the desk wherever this guest appears"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("preferenceDialog"));
    setWindowTitle(preference.uuid.isEmpty() ? tr("Add Preference") : tr("Edit Preference"));
    for (PreferenceCategory c :
         {PreferenceCategory::Room, PreferenceCategory::Food, PreferenceCategory::Amenities,
          PreferenceCategory::Accessibility, PreferenceCategory::Communication, PreferenceCategory::Other})
        m_category->addItem(displayText(c), int(c));
    m_category->setCurrentIndex(std::max(0, m_category->findData(int(preference.category))));
    for (PreferenceSource s :
         {PreferenceSource::Told, PreferenceSource::Observed, PreferenceSource::Feedback})
        m_source->addItem(displayText(s), int(s));
    m_source->setCurrentIndex(std::max(0, m_source->findData(int(preference.source))));
    m_value->setText(preference.value);
    m_value->setPlaceholderText(tr("e.g. Peanut allergy, high floor, feather-free pillow"));
    m_detail->setText(preference.detail);
    m_observed->setCalendarPopup(true);
    tabLeavesDateField(m_observed);
    m_observed->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_observed->setDate(preference.observedOn.isValid() ? preference.observedOn : today);
    m_critical->setChecked(preference.critical);
    m_error->setStyleSheet(
        QStringLiteral("color: %1;").arg(theme::foreground(palette(), theme::Tone::Critical).name()));
    m_error->setWordWrap(true);
    PlainText::setUp(m_error);
    m_error->hide();

    auto *form = new QFormLayout;
    auto row = [this, form](const QString &text, QWidget *editor) {
        auto *label = new QLabel(text, this);
        label->setBuddy(editor);
        form->addRow(label, editor);
    };
    row(tr("C&ategory:"), m_category);
    row(tr("&Preference:"), m_value);
    form->addRow(QString(), m_error);
    row(tr("&Detail:"), m_detail);
    row(tr("&Source:"), m_source);
    row(tr("&Observed on:"), m_observed);
    form->addRow(QString(), m_critical);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_value->setFocus();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

Preference PreferenceDialog::preference() const
{
    Preference p = m_original;
    p.category = PreferenceCategory(m_category->currentData().toInt());
    p.value = m_value->text().trimmed();
    p.detail = m_detail->text().trimmed();
    p.source = PreferenceSource(m_source->currentData().toInt());
    p.observedOn = m_observed->date();
    p.critical = m_critical->isChecked();
    return p;
}

void PreferenceDialog::accept()
{
    if (m_value->text().trimmed().isEmpty()) {
        m_error->setText(tr("Say what the guest prefers."));
        m_error->show();
        m_value->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace innkeep::ui
