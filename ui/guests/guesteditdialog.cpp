// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guesteditdialog.h"

#include "appservices.h"
#include "common/phonenumber.h"
#include "common/placenames.h"
#include "guests/duplicatepanel.h"
#include "widgets/codepicker.h"
#include "widgets/datefield.h"
#include "widgets/messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    const auto parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    }
    return items;
}

} // namespace

GuestEditDialog::GuestEditDialog(AppServices &services, const Guest &guest, QWidget *parent)
    : QDialog(parent), m_services(services), m_original(guest), m_messages(new MessageBar(this)),
      m_fields(this, m_messages), m_duplicates(new DuplicatePanel(this)), m_salutation(new QLineEdit(this)),
      m_given(new QLineEdit(this)), m_family(new QLineEdit(this)), m_latinGiven(new QLineEdit(this)),
      m_latinFamily(new QLineEdit(this)), m_emails(new QLineEdit(this)), m_phones(new QLineEdit(this)),
      m_tags(new QLineEdit(this)), m_language(new CodePicker(this)), m_nationality(new CodePicker(this)),
      m_company(new QLineEdit(this)), m_city(new QLineEdit(this)), m_country(new CodePicker(this)),
      m_birthday(new QDateEdit(this)), m_vip(new QSpinBox(this)), m_source(new QComboBox(this)),
      m_blocked(new QCheckBox(tr("Bloc&ked"), this)), m_blockedReason(new QLineEdit(this)),
      m_press(new QCheckBox(tr("P&ress"), this)), m_consentEmail(new QCheckBox(tr("E-mail"), this)),
      m_consentSms(new QCheckBox(tr("SMS"), this)), m_consentPhone(new QCheckBox(tr("Phone"), this)),
      m_consentMarketing(new QCheckBox(tr("Marketing"), this))
{
    setObjectName(QStringLiteral("guestEditDialog"));
    setWindowTitle(guest.uuid.isEmpty() ? tr("New Guest") : tr("Edit Guest — %1").arg(guest.displayName()));

    m_given->setText(guest.givenName);
    m_family->setText(guest.familyName);
    m_latinGiven->setText(guest.latinGivenName);
    m_latinFamily->setText(guest.latinFamilyName);
    m_latinGiven->setPlaceholderText(tr("Filled in from the native name"));
    m_latinFamily->setPlaceholderText(tr("Filled in from the native name"));
    m_salutation->setText(guest.salutation);
    m_emails->setText(guest.emails.join(QStringLiteral(", ")));
    m_emails->setPlaceholderText(tr("name@example.com, separate several with commas"));
    QStringList phones;
    for (const QString &phone : guest.phones)
        phones.append(phone.startsWith(QLatin1Char('+')) ? PhoneNumber::international(phone) : phone);
    m_phones->setText(phones.join(QStringLiteral(", ")));
    m_phones->setPlaceholderText(tr("+374 91 234567 or a local number"));
    m_tags->setText(guest.tags.join(QStringLiteral(", ")));
    m_tags->setPlaceholderText(tr("e.g. wedding, cyclist"));
    // Names in the reader's language; the file keeps the codes (hy, AM).
    QList<CodePicker::Item> languages;
    for (const PlaceNames::Choice &c : PlaceNames::languages())
        languages.append({c.code, c.name});
    QList<CodePicker::Item> countries;
    for (const PlaceNames::Choice &c : PlaceNames::countries())
        countries.append({c.code, c.name});
    m_language->setItems(languages);
    m_language->setCode(guest.language);
    m_language->lineEdit()->setPlaceholderText(tr("Type to search, e.g. Armenian"));
    m_nationality->setItems(countries);
    m_nationality->setCode(guest.nationality);
    m_nationality->lineEdit()->setPlaceholderText(tr("Type to search, e.g. Armenia"));
    m_company->setText(guest.company);
    m_city->setText(guest.city);
    m_country->setItems(countries);
    m_country->setCode(guest.country);
    m_country->lineEdit()->setPlaceholderText(tr("Type to search, e.g. Georgia"));
    m_birthday->setCalendarPopup(true);
    tabLeavesDateField(m_birthday);
    m_birthday->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_birthday->setMinimumDate(QDate(1900, 1, 1));
    m_birthday->setSpecialValueText(tr("Not known"));
    m_birthday->setDate(guest.birthday.isValid() ? guest.birthday : m_birthday->minimumDate());
    m_vip->setRange(0, 3);
    m_vip->setSpecialValueText(tr("None"));
    m_vip->setValue(guest.vipLevel);
    for (GuestSource s :
         {GuestSource::Direct, GuestSource::WalkIn, GuestSource::Ota, GuestSource::Agent, GuestSource::Other})
        m_source->addItem(displayText(s), int(s));
    m_source->setCurrentIndex(std::max(0, m_source->findData(int(guest.source))));
    m_blocked->setChecked(guest.blocked);
    m_blockedReason->setText(guest.blockedReason);
    m_blockedReason->setEnabled(guest.blocked);
    connect(m_blocked, &QCheckBox::toggled, m_blockedReason, &QWidget::setEnabled);
    m_press->setChecked(guest.press);
    m_consentEmail->setChecked(guest.consent.email);
    m_consentSms->setChecked(guest.consent.sms);
    m_consentPhone->setChecked(guest.consent.phone);
    m_consentMarketing->setChecked(guest.consent.marketing);

    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto row = [this](QFormLayout *form, const QString &label, QWidget *editor, const QStringList &keys) {
        m_fields.addRow(form, label, editor, keys);
    };
    row(left, tr("&Given name:"), m_given, {QStringLiteral("given_name")});
    row(left, tr("&Family name:"), m_family, {QStringLiteral("family_name")});
    row(left, tr("Given name (&Latin):"), m_latinGiven, {QStringLiteral("latin_given_name")});
    row(left, tr("Family name (L&atin):"), m_latinFamily, {QStringLiteral("latin_family_name")});
    row(left, tr("Salutati&on:"), m_salutation, {QStringLiteral("salutation")});
    row(left, tr("E-&mail:"), m_emails, {QStringLiteral("email"), QStringLiteral("emails")});
    row(left, tr("&Phone:"), m_phones, {QStringLiteral("phone"), QStringLiteral("phones")});
    row(left, tr("&Tags:"), m_tags, {QStringLiteral("tags"), QStringLiteral("tag")});
    row(right, tr("Lang&uage:"), m_language, {QStringLiteral("language")});
    row(right, tr("&Nationality:"), m_nationality, {QStringLiteral("nationality")});
    row(right, tr("&Birthday:"), m_birthday, {QStringLiteral("birthday")});
    row(right, tr("&Company:"), m_company, {QStringLiteral("company")});
    row(right, tr("C&ity:"), m_city, {QStringLiteral("city")});
    row(right, tr("Countr&y:"), m_country, {QStringLiteral("country")});
    row(right, tr("&VIP level:"), m_vip, {QStringLiteral("vip_level")});
    row(right, tr("&Source:"), m_source, {QStringLiteral("source")});

    auto *flags = new QHBoxLayout;
    flags->addWidget(m_blocked);
    flags->addWidget(m_press);
    flags->addStretch(1);
    auto *reasonLabel = new QLabel(tr("Reason blocke&d:"), this);
    right->addRow(tr("Flags:"), flags);
    m_fields.addRow(right, reasonLabel, m_blockedReason, {QStringLiteral("blocked_reason")});

    auto *consent = new QGroupBox(tr("The guest agrees to be contacted by"), this);
    auto *consentLayout = new QHBoxLayout(consent);
    for (QCheckBox *box : {m_consentEmail, m_consentSms, m_consentPhone, m_consentMarketing})
        consentLayout->addWidget(box);
    consentLayout->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_duplicates, &DuplicatePanel::saveAnywayRequested, this, [this] {
        m_duplicatesAccepted = true;
        accept();
    });
    connect(m_duplicates, &DuplicatePanel::openRequested, this, [this](const QString &uuid) {
        m_existing = uuid;
        done(OpenExisting);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_duplicates);
    layout->addLayout(columns);
    layout->addWidget(consent);
    layout->addWidget(buttons);

    // Tab order = reading order: down the left column, then the right, then consent, then buttons.
    QList<QWidget *> order{
        m_given,         m_family,       m_latinGiven, m_latinFamily,  m_salutation,       m_emails,
        m_phones,        m_tags,         m_language,   m_nationality,  m_birthday,         m_company,
        m_city,          m_country,      m_vip,        m_source,       m_blocked,          m_press,
        m_blockedReason, m_consentEmail, m_consentSms, m_consentPhone, m_consentMarketing, buttons};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_given->setFocus();
    resize(sizeHint().expandedTo(QSize(860, 0)));
}

Guest GuestEditDialog::draft() const
{
    Guest g = m_original;
    g.salutation = m_salutation->text().trimmed();
    g.givenName = m_given->text().trimmed();
    g.familyName = m_family->text().trimmed();
    g.latinGivenName = m_latinGiven->text().trimmed();
    g.latinFamilyName = m_latinFamily->text().trimmed();
    g.emails = splitList(m_emails->text());
    g.phones = splitList(m_phones->text());
    g.tags = splitList(m_tags->text());
    g.language = m_language->code();
    g.nationality = m_nationality->code();
    g.company = m_company->text().trimmed();
    g.city = m_city->text().trimmed();
    g.country = m_country->code();
    g.birthday = m_birthday->date() == m_birthday->minimumDate() ? QDate() : m_birthday->date();
    g.vipLevel = m_vip->value();
    g.source = GuestSource(m_source->currentData().toInt());
    g.blocked = m_blocked->isChecked();
    g.blockedReason = g.blocked ? m_blockedReason->text().trimmed() : QString();
    g.press = m_press->isChecked();
    g.consent = {m_consentEmail->isChecked(), m_consentSms->isChecked(), m_consentPhone->isChecked(),
                 m_consentMarketing->isChecked()};
    return g;
}

QString GuestEditDialog::fieldError(const QString &field) const
{
    return m_fields.error(field);
}

void GuestEditDialog::showErrors(const QList<Error> &errors)
{
    m_fields.show(errors);
}

void GuestEditDialog::accept()
{
    const Guest candidate = draft();
    const QList<Error> problems = m_services.guests.check(candidate);
    if (!problems.isEmpty()) {
        showErrors(problems);
        return;
    }
    showErrors({});
    if (!m_duplicatesAccepted) {
        auto candidates = m_services.guests.duplicatesOf(candidate, 5);
        if (!candidates) {
            showErrors({candidates.error()});
            return;
        }
        if (!candidates->isEmpty()) {
            m_duplicates->showCandidates(*candidates);
            m_duplicates->list()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (m_saver) {
        auto stored = m_saver(candidate);
        if (!stored) {
            showErrors({stored.error()});
            return;
        }
        m_saved = *stored;
    } else {
        m_saved = candidate;
    }
    QDialog::accept();
}

} // namespace innkeep::ui
