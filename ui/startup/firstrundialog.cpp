// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrundialog.h"

#include "settings/venuechoices.h"
#include "widgets/icons.h"
#include "widgets/plaintext.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace innkeep::ui {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent), m_steps(new QStackedWidget(this)), m_name(new QLineEdit(this)),
      m_currency(new QComboBox(this)), m_region(new QComboBox(this)), m_language(new QComboBox(this)),
      m_staff(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Innkeep"));

    // Step 1: the choice.
    auto *choose = new QWidget(this);
    auto *welcome =
        new QLabel(tr("<h2>Welcome to Innkeep</h2><p>Innkeep keeps your guests' profiles, preferences, "
                      "stays, complaints and feedback on this computer. How would you like to start?</p>"),
                   choose);
    welcome->setWordWrap(true);
    auto *setUp = new QCommandLinkButton(
        tr("Set up my venue"), tr("Enter your venue's name, currency and phone region, then add guests."),
        choose);
    auto *demo =
        new QCommandLinkButton(tr("Explore the demo"),
                               tr("Open a demo hotel full of guests, stays and complaints. Your own data "
                                  "stays separate."),
                               choose);
    icons::set(setUp, QStringLiteral("settings"));
    icons::set(demo, QStringLiteral("today"));
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(welcome);
    chooseLayout->addWidget(setUp);
    chooseLayout->addWidget(demo);
    chooseLayout->addStretch(1);

    // Step 2: the venue.
    auto *form = new QWidget(this);
    const QLocale system = QLocale::system();
    fillCurrencies(m_currency);
    fillRegions(m_region);
    fillLanguages(m_language);
    selectData(m_currency, system.currencySymbol(QLocale::CurrencyIsoCode).isEmpty()
                               ? QStringLiteral("EUR")
                               : system.currencySymbol(QLocale::CurrencyIsoCode));
    // With no territory in the system locale (C, POSIX) ask rather than guess a country.
    const QString region = system.territory() == QLocale::AnyTerritory
                               ? QString()
                               : QLocale::territoryToCode(system.territory());
    if (region.isEmpty() || m_region->findData(region) < 0)
        m_region->insertItem(0, tr("Choose the country of most local phone numbers"), QString());
    selectData(m_region, region);
    m_name->setPlaceholderText(tr("e.g. Hotel Ararat"));
    m_staff->setPlaceholderText(tr("Your name, as it appears in the history"));
    m_error->setStyleSheet(
        QStringLiteral("color: %1;").arg(theme::foreground(palette(), theme::Tone::Critical).name()));
    PlainText::setUp(m_error);
    m_error->hide();
    auto *formLayout = new QFormLayout;
    auto row = [this, formLayout](const QString &text, QWidget *editor) {
        auto *label = new QLabel(text, this);
        label->setBuddy(editor);
        formLayout->addRow(label, editor);
    };
    row(tr("Venue &name:"), m_name);
    row(tr("&Currency:"), m_currency);
    row(tr("Default phone &region:"), m_region);
    row(tr("&Language:"), m_language);
    row(tr("&Your name:"), m_staff);
    formLayout->addRow(QString(), m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    auto *formOuter = new QVBoxLayout(form);
    auto *formTitle =
        new QLabel(tr("<h3>Your venue</h3><p>You can change all of this later in Settings.</p>"), form);
    formTitle->setWordWrap(true);
    formOuter->addWidget(formTitle);
    formOuter->addLayout(formLayout);
    formOuter->addStretch(1);
    formOuter->addWidget(buttons);

    m_steps->addWidget(choose);
    m_steps->addWidget(form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);

    connect(setUp, &QCommandLinkButton::clicked, this, &FirstRunDialog::showVenueForm);
    connect(demo, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::finishSetUp);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { m_steps->setCurrentIndex(0); });
    setMinimumWidth(560);
    adjustSize();
}

void FirstRunDialog::showVenueForm()
{
    m_steps->setCurrentIndex(1);
    m_name->setFocus();
}

FirstRunDialog::Venue FirstRunDialog::venue() const
{
    return {m_name->text().trimmed(), m_currency->currentData().toString(),
            m_region->currentData().toString(), m_language->currentData().toString(),
            m_staff->text().trimmed()};
}

void FirstRunDialog::finishSetUp()
{
    if (m_name->text().trimmed().isEmpty() || m_staff->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter the venue's name and your name."));
        m_error->show();
        (m_name->text().trimmed().isEmpty() ? m_name : m_staff)->setFocus();
        return;
    }
    if (m_region->currentData().toString().isEmpty()) {
        m_error->setText(
            tr("Choose the default phone region: it is how local numbers like 091 234567 are read."));
        m_error->show();
        m_region->setFocus();
        return;
    }
    m_choice = Choice::SetUp;
    QDialog::accept();
}

} // namespace innkeep::ui
