// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "appservices.h"
#include "backups/backupsection.h"
#include "privacy/retentionsection.h"
#include "staff/staffsection.h"
#include "venuechoices.h"
#include "widgets/appsettings.h"
#include "widgets/messagebar.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace innkeep::ui {

SettingsPage::SettingsPage(AppServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_messages(new MessageBar(this)), m_name(new QLineEdit(this)),
      m_currency(new QComboBox(this)), m_region(new QComboBox(this)), m_lapsedMonths(new QSpinBox(this)),
      m_appearance(new QComboBox(this)), m_language(new QComboBox(this)),
      m_save(new QPushButton(tr("&Save Venue Settings"), this)), m_sections(new QVBoxLayout)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *heading = new QLabel(tr("Settings"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    fillCurrencies(m_currency);
    fillRegions(m_region);
    m_name->setPlaceholderText(tr("e.g. Hotel Ararat"));
    auto *venue = new QGroupBox(tr("Venue"), this);
    auto *venueForm = new QFormLayout(venue);
    auto row = [this](QFormLayout *form, const QString &text, QWidget *editor) {
        auto *label = new QLabel(text, this);
        label->setBuddy(editor);
        form->addRow(label, editor);
    };
    row(venueForm, tr("Venue &name:"), m_name);
    row(venueForm, tr("&Currency:"), m_currency);
    row(venueForm, tr("Default &phone region:"), m_region);
    m_lapsedMonths->setRange(1, VenueSettings::MaxLapsedMonths);
    m_lapsedMonths->setSuffix(tr(" months without a stay"));
    m_lapsedMonths->setToolTip(
        tr("Insights count a guest as lapsed when their last stay ended longer ago than this."));
    row(venueForm, tr("Guest &lapsed after:"), m_lapsedMonths);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch(1);
    venueForm->addRow(QString(), saveRow);

    m_appearance->addItem(tr("Same as the system"), theme::toToken(theme::Appearance::System));
    m_appearance->addItem(tr("Light"), theme::toToken(theme::Appearance::Light));
    m_appearance->addItem(tr("Dark"), theme::toToken(theme::Appearance::Dark));
    fillLanguages(m_language);
    auto *machine = new QGroupBox(tr("This computer"), this);
    auto *machineForm = new QFormLayout(machine);
    row(machineForm, tr("&Appearance:"), m_appearance);
    row(machineForm, tr("Lang&uage:"), m_language);
    auto *note = new QLabel(tr("A new language applies the next time Innkeep starts."), this);
    note->setWordWrap(true);
    machineForm->addRow(QString(), note);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(venue);
    contentLayout->addWidget(machine);
    contentLayout->addLayout(m_sections);
    contentLayout->addStretch(1);
    content->setMaximumWidth(720);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Settings"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(heading);
    layout->addWidget(m_messages);
    layout->addWidget(scroll, 1);
    setFocusProxy(m_name);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_name, &QLineEdit::returnPressed, this, &SettingsPage::save);
    connect(m_appearance, &QComboBox::activated, this, [this] {
        const auto appearance = theme::fromToken(m_appearance->currentData().toString());
        theme::apply(appearance);
        AppSettings::setValue(QStringLiteral("appearance"), theme::toToken(appearance));
    });
    connect(m_language, &QComboBox::activated, this, [this] {
        AppSettings::setValue(QStringLiteral("language"), m_language->currentData().toString());
        m_messages->showInfo(tr("The language changes the next time Innkeep starts."));
    });
    connect(&services.venue, &RecordEvents::manyChanged, this, &SettingsPage::load);
    load();
    addSection(new StaffSection(services.openVenue, this));
    m_backups = new BackupSection(services.openVenue, this);
    addSection(m_backups);
    m_retention = new RetentionSection(services.openVenue, this);
    addSection(m_retention);
}

void SettingsPage::addSection(QWidget *section)
{
    m_sections->addWidget(section);
}

void SettingsPage::load()
{
    m_name->setText(m_services.venue.venueName());
    selectData(m_currency, m_services.venue.currency());
    selectData(m_region, m_services.venue.phoneRegion());
    m_lapsedMonths->setValue(m_services.venue.lapsedMonths());
    selectData(m_appearance, theme::toToken(theme::current()));
    selectData(m_language, AppSettings::value(QStringLiteral("language")).toString());
}

void SettingsPage::save()
{
    Status ok = m_services.venue.setVenueName(m_name->text().trimmed());
    if (ok)
        ok = m_services.venue.setCurrency(m_currency->currentData().toString());
    if (ok)
        ok = m_services.venue.setPhoneRegion(m_region->currentData().toString());
    if (ok && m_lapsedMonths->value() != m_services.venue.lapsedMonths())
        ok = m_services.venue.setLapsedMonths(m_lapsedMonths->value());
    if (!ok)
        m_messages->showError(ok.error().message);
    else
        m_messages->showInfo(tr("Venue settings saved."));
}

} // namespace innkeep::ui
