// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staydialog.h"

#include "common/money.h"
#include "settings/venuechoices.h"
#include "widgets/datefield.h"
#include "widgets/format.h"
#include "widgets/messagebar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {

// Item data is the stored token; an editable box also takes a token the list does not have.
QString tokenOf(const QComboBox *box)
{
    const QString text = box->currentText().trimmed();
    const int index = box->findText(text);
    return index >= 0 ? box->itemData(index).toString() : text;
}

void selectToken(QComboBox *box, const QString &token)
{
    const int index = box->findData(token);
    if (index >= 0)
        box->setCurrentIndex(index);
    else
        box->setEditText(token);
}

} // namespace

StayDialog::StayDialog(const Stay &stay, const QString &venueCurrency, const QDate &today, QWidget *parent)
    : QDialog(parent), m_original(stay), m_messages(new MessageBar(this)), m_fields(this, m_messages),
      m_arrival(new QDateEdit(this)), m_departure(new QDateEdit(this)), m_nights(new QLabel(this)),
      m_room(new QLineEdit(this)), m_rate(new QLineEdit(this)), m_currency(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_party(new QSpinBox(this)), m_purpose(new QComboBox(this)),
      m_reference(new QLineEdit(this)), m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("stayDialog"));
    const bool adding = stay.uuid.isEmpty();
    setWindowTitle(adding ? tr("Add Stay") : tr("Edit Stay"));
    const QLocale locale;
    for (QDateEdit *edit : {m_arrival, m_departure}) {
        tabLeavesDateField(edit);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    }
    m_arrival->setDate(stay.arrival.isValid() ? stay.arrival : today);
    m_departure->setDate(stay.departure.isValid() ? stay.departure : m_arrival->date().addDays(1));
    m_nights->setForegroundRole(QPalette::PlaceholderText);
    m_room->setText(stay.room);
    m_room->setPlaceholderText(tr("e.g. 312"));

    fillCurrencies(m_currency);
    const QString currency = stay.currency.isEmpty() ? venueCurrency : stay.currency;
    selectData(m_currency, currency);
    m_rate->setText(stay.rateMinor > 0 ? Format::amountText(stay.rateMinor, currency, locale) : QString());
    m_rate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    updateRateSuffix();

    m_channel->setEditable(true);
    m_channel->setInsertPolicy(QComboBox::NoInsert);
    for (const auto &[token, label] : Format::channels())
        m_channel->addItem(label, token);
    selectToken(m_channel, stay.channel.isEmpty() ? QStringLiteral("direct") : stay.channel);

    m_party->setRange(1, 50);
    m_party->setValue(std::clamp(stay.partySize, 1, 50));
    m_purpose->setEditable(true);
    m_purpose->setInsertPolicy(QComboBox::NoInsert);
    m_purpose->addItem(QString(), QString());
    const std::pair<const char *, const char *> purposes[] = {{"leisure", QT_TR_NOOP("Leisure")},
                                                              {"business", QT_TR_NOOP("Business")},
                                                              {"event", QT_TR_NOOP("Event")}};
    for (const auto &[token, label] : purposes)
        m_purpose->addItem(tr(label), QLatin1String(token));
    selectToken(m_purpose, stay.purpose);
    m_reference->setText(stay.bookingRef);
    for (StayStatus s : {StayStatus::Booked, StayStatus::InHouse, StayStatus::CheckedOut,
                         StayStatus::Cancelled, StayStatus::NoShow})
        m_status->addItem(displayText(s), int(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(stay.status))));

    auto *dates = new QHBoxLayout;
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    auto row = [this](QFormLayout *form, const QString &text, QWidget *editor, const QStringList &keys) {
        m_fields.addRow(form, text, editor, keys);
    };
    row(left, tr("&Arrival:"), m_arrival, {QStringLiteral("arrival")});
    row(left, tr("&Departure:"), m_departure, {QStringLiteral("departure")});
    left->addRow(QString(), m_nights);
    row(left, tr("R&oom:"), m_room, {QStringLiteral("room")});
    row(left, tr("S&tatus:"), m_status, {QStringLiteral("status")});
    row(left, tr("Part&y size:"), m_party, {QStringLiteral("party_size")});
    row(right, tr("Nightly &rate:"), m_rate, {QStringLiteral("rate"), QStringLiteral("revenue")});
    row(right, tr("C&urrency:"), m_currency, {QStringLiteral("currency")});
    row(right, tr("&Channel:"), m_channel, {QStringLiteral("channel")});
    row(right, tr("&Purpose:"), m_purpose, {QStringLiteral("purpose")});
    row(right, tr("&Booking reference:"), m_reference, {QStringLiteral("booking_ref")});
    dates->addLayout(left, 1);
    dates->addSpacing(16);
    dates->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(dates);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // Tab order = reading order: down the left column, then the right, then the buttons.
    const QList<QWidget *> order{m_arrival,  m_departure, m_room,    m_status,    m_party, m_rate,
                                 m_currency, m_channel,   m_purpose, m_reference, buttons};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    auto updateNights = [this] {
        const qint64 n = m_arrival->date().daysTo(m_departure->date());
        m_nights->setText(n >= 0 ? tr("Nights: %1").arg(QLocale().toString(n)) : QString());
    };
    connect(m_arrival, &QDateEdit::dateChanged, this, updateNights);
    connect(m_departure, &QDateEdit::dateChanged, this, updateNights);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &StayDialog::updateRateSuffix);
    updateNights();
    m_arrival->setFocus();
    resize(sizeHint().expandedTo(QSize(720, 0)));
}

void StayDialog::updateRateSuffix()
{
    const QString code = m_currency->currentData().toString();
    m_rate->setPlaceholderText(Money::minorDigits(code) > 0
                                   ? tr("e.g. %1").arg(Format::amountText(12000, code))
                                   : tr("e.g. %1").arg(QLocale().toString(45000)));
    m_rate->setToolTip(tr("Per night, in %1").arg(code));
}

std::optional<Stay> StayDialog::draft()
{
    Stay s = m_original;
    s.arrival = m_arrival->date();
    s.departure = m_departure->date();
    s.room = m_room->text().trimmed();
    s.currency = m_currency->currentData().toString();
    s.channel = tokenOf(m_channel);
    s.partySize = m_party->value();
    s.purpose = tokenOf(m_purpose);
    s.bookingRef = m_reference->text().trimmed();
    s.status = StayStatus(m_status->currentData().toInt());
    const auto rate = Format::parseAmount(m_rate->text(), s.currency);
    if (!rate) {
        showErrors({Error{
            Error::Code::InvalidInput,
            Money::minorDigits(s.currency) > 0
                ? tr("Enter the nightly rate as a number with at most %1 decimals, e.g. %2.")
                      .arg(QLocale().toString(Money::minorDigits(s.currency)),
                           Format::amountText(12050, s.currency))
                : tr("Enter the nightly rate as a whole number, e.g. %1.").arg(QLocale().toString(45000)),
            QStringLiteral("rate"),
            {},
            0}});
        return std::nullopt;
    }
    // Whether the revenue follows the new rate and dates is the rule of StayService::update.
    s.rateMinor = *rate;
    return s;
}

QString StayDialog::fieldError(const QString &field) const
{
    return m_fields.error(field);
}

void StayDialog::showErrors(const QList<Error> &errors)
{
    m_fields.show(errors);
}

void StayDialog::accept()
{
    const auto candidate = draft();
    if (!candidate)
        return;
    showErrors({});
    if (m_saver) {
        auto stored = m_saver(*candidate);
        if (!stored) {
            showErrors({stored.error()});
            return;
        }
        m_saved = *stored;
    } else {
        m_saved = *candidate;
    }
    QDialog::accept();
}

} // namespace innkeep::ui
