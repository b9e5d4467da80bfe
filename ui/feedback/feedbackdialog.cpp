// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackdialog.h"

#include "stays/stayday.h"
#include "tickets/guestpicker.h"
#include "tickets/ticketservices.h"
#include "widgets/messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace innkeep::ui {

namespace {
constexpr int NoRating = -1;
}

FeedbackDialog::FeedbackDialog(TicketServices &services, GuestSearch &search, QWidget *parent)
    : QDialog(parent), m_services(services), m_messages(new MessageBar), m_channel(new QComboBox),
      m_site(new QLineEdit), m_scale(new QComboBox), m_rating(new QDoubleSpinBox), m_text(new QPlainTextEdit),
      m_language(new QComboBox), m_public(new QCheckBox(tr("Published (e.g. an online review)"))),
      m_guest(new GuestPicker(search)), m_stayNote(new QLabel)
{
    setWindowTitle(tr("New Feedback"));
    for (auto c : {FeedbackChannel::InPerson, FeedbackChannel::CommentCard, FeedbackChannel::Survey,
                   FeedbackChannel::Email, FeedbackChannel::Phone, FeedbackChannel::ReviewSite,
                   FeedbackChannel::Social})
        m_channel->addItem(feedbackChannelLabel(c), int(c));
    m_site->setPlaceholderText(tr("TripAdvisor, Google, Booking.com…"));
    m_scale->addItem(tr("1 to 5"), int(RatingScale::OneToFive));
    m_scale->addItem(tr("1 to 10"), int(RatingScale::OneToTen));
    m_scale->addItem(tr("NPS, 0 to 10"), int(RatingScale::Nps));
    m_scale->addItem(tr("No rating"), NoRating);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("The guest's words"));
    m_language->addItem(tr("Not known"), QString());
    for (const char *code : {"en", "hy", "ka", "ru", "de", "fr", "es", "it"}) {
        const QLocale l(QString::fromLatin1(code));
        m_language->addItem(
            tr("%1 (%2)").arg(QLocale::languageToString(l.language()), l.nativeLanguageName()),
            QString::fromLatin1(code));
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto add = [form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    add(tr("&Guest:"), m_guest);
    m_stayNote->setWordWrap(true);
    m_stayNote->setTextFormat(Qt::PlainText);
    m_stayNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_stayNote);
    connect(m_guest, &GuestPicker::guestChanged, this, [this](const QString &uuid) { fillStay(uuid); });
    add(tr("&Channel:"), m_channel);
    add(tr("Review &site:"), m_site);
    add(tr("Sc&ale:"), m_scale);
    add(tr("&Rating:"), m_rating);
    add(tr("&Text:"), m_text);
    add(tr("&Language:"), m_language);
    form->addRow(QString(), m_public);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &FeedbackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_scale, &QComboBox::currentIndexChanged, this, &FeedbackDialog::updateScale);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        const bool site = FeedbackChannel(m_channel->currentData().toInt()) == FeedbackChannel::ReviewSite;
        m_site->setEnabled(site);
        if (site)
            m_public->setChecked(true);
    });
    m_site->setEnabled(false);
    updateScale();
    setMinimumWidth(540);
    m_guest->setFocus();
}

void FeedbackDialog::setGuest(const QString &uuid, const QString &name)
{
    m_guest->setGuest(uuid, name);
    m_channel->setFocus();
}

void FeedbackDialog::updateScale()
{
    const int scale = m_scale->currentData().toInt();
    m_rating->setEnabled(scale != NoRating);
    // One step below the scale stands for "not given", shown as such: the box starts there, so a
    // rating is only stored when someone chose one.
    if (scale == int(RatingScale::Nps)) {
        m_rating->setDecimals(0);
        m_rating->setRange(-1, 10);
    } else {
        m_rating->setDecimals(1);
        m_rating->setRange(0, scale == int(RatingScale::OneToTen) ? 10 : 5);
    }
    m_rating->setSpecialValueText(tr("Not given"));
    m_rating->setValue(m_rating->minimum());
    m_rating->setSingleStep(1);
}

void FeedbackDialog::fillStay(const QString &guestUuid)
{
    m_stayUuid.clear();
    m_stayNote->clear();
    if (guestUuid.isEmpty())
        return;
    auto stays = m_services.openVenue.stays().forGuest(guestUuid, 50);
    if (!stays)
        return;
    const QDate today = m_services.openVenue.clock().today();
    for (const Stay &stay : std::as_const(*stays)) {
        if (!StayDay::isInRoom(stay, today))
            continue;
        m_stayUuid = stay.uuid;
        const QLocale locale;
        m_stayNote->setText(stay.room.isEmpty()
                                ? tr("For the stay %1 – %2 (in house)")
                                      .arg(locale.toString(stay.arrival, QLocale::ShortFormat),
                                           locale.toString(stay.departure, QLocale::ShortFormat))
                                : tr("For the stay in room %1, %2 – %3 (in house)")
                                      .arg(stay.room, locale.toString(stay.arrival, QLocale::ShortFormat),
                                           locale.toString(stay.departure, QLocale::ShortFormat)));
        return;
    }
}

void FeedbackDialog::accept()
{
    NewFeedback input;
    input.guestUuid = m_guest->guestUuid();
    input.channel = FeedbackChannel(m_channel->currentData().toInt());
    input.site = m_site->isEnabled() ? m_site->text().trimmed() : QString();
    if (const int scale = m_scale->currentData().toInt();
        scale != NoRating && m_rating->value() > m_rating->minimum())
        input.rating = Rating{m_rating->value(), RatingScale(scale)};
    input.stayUuid = m_stayUuid;
    input.text = m_text->toPlainText().trimmed();
    input.language = m_language->currentData().toString();
    input.isPublic = m_public->isChecked();
    auto added = m_services.feedback.add(input);
    if (!added) {
        m_messages->showError(added.error().message);
        return;
    }
    m_saved = *added;
    QDialog::accept();
}

} // namespace innkeep::ui
