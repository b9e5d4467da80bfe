// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewtab.h"

#include "appservices.h"
#include "widgets/format.h"
#include "widgets/plaintext.h"
#include "widgets/theme.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace innkeep::ui {

OverviewTab::OverviewTab(AppServices &services, QWidget *parent)
    : ProfileTab(parent), m_services(services), m_stays(new QLabel(this)), m_nights(new QLabel(this)),
      m_spend(new QLabel(this)), m_rate(new QLabel(this)), m_first(new QLabel(this)),
      m_last(new QLabel(this)), m_recent(new QLabel(this)), m_notes(new QLabel(this)),
      m_noteEdit(new QLineEdit(this)), m_addNote(new QPushButton(tr("Add note"), this)),
      m_noteError(new QLabel(this))
{
    auto *figures = new QGroupBox(tr("Lifetime"), this);
    auto *form = new QFormLayout(figures);
    form->addRow(tr("Stays:"), m_stays);
    form->addRow(tr("Nights:"), m_nights);
    form->addRow(tr("Spend:"), m_spend);
    form->addRow(tr("Average nightly rate:"), m_rate);
    form->addRow(tr("First arrival:"), m_first);
    form->addRow(tr("Last stay:"), m_last);
    auto *recent = new QGroupBox(tr("Latest stays"), this);
    auto *recentLayout = new QVBoxLayout(recent);
    recentLayout->addWidget(m_recent);
    recentLayout->addStretch(1);
    auto *notes = new QGroupBox(tr("Notes"), this);
    auto *notesLayout = new QVBoxLayout(notes);
    auto *noteLabel = new QLabel(tr("Add a &note:"), notes);
    noteLabel->setBuddy(m_noteEdit);
    m_noteEdit->setPlaceholderText(tr("What the next shift should know"));
    m_noteEdit->setClearButtonEnabled(true);
    m_addNote->setAutoDefault(false);
    m_addNote->setToolTip(tr("Add the note to the guest's history (Enter)"));
    for (QLabel *label : {m_stays, m_nights, m_spend, m_rate, m_first, m_last, m_noteError})
        PlainText::setUp(label);
    m_noteError->setWordWrap(true);
    m_noteError->hide();
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_addNote);
    notesLayout->addWidget(noteLabel);
    notesLayout->addLayout(noteRow);
    notesLayout->addWidget(m_noteError);
    notesLayout->addSpacing(6);
    notesLayout->addWidget(m_notes);
    notesLayout->addStretch(1);
    // Rich for the bold dates; every room, author and note in them goes through PlainText::html.
    for (QLabel *label : {m_recent, m_notes}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    auto *row = new QHBoxLayout;
    row->addWidget(figures, 1, Qt::AlignTop);
    row->addWidget(recent, 1, Qt::AlignTop);
    row->addWidget(notes, 1, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addStretch(1);
    setTabOrder(m_noteEdit, m_addNote);
    setFocusProxy(m_noteEdit);

    connect(m_noteEdit, &QLineEdit::returnPressed, this, &OverviewTab::addNote);
    connect(m_addNote, &QPushButton::clicked, this, &OverviewTab::addNote);
    connect(m_noteEdit, &QLineEdit::textEdited, m_noteError, &QLabel::hide);
}

void OverviewTab::focusNoteEditor()
{
    m_noteEdit->setFocus(Qt::ShortcutFocusReason);
}

bool OverviewTab::addNote()
{
    if (m_guestUuid.isEmpty())
        return false;
    const QString body = m_noteEdit->text().trimmed();
    if (body.isEmpty()) {
        m_noteError->setText(tr("Type the note first."));
    } else if (auto note = m_services.guests.addNote(m_guestUuid, body); !note) {
        m_noteError->setText(note.error().message);
    } else {
        m_noteEdit->clear();
        m_noteError->hide();
        return true; // the profile reloads on the change event and lists it
    }
    m_noteError->setStyleSheet(
        QStringLiteral("color: %1;").arg(theme::foreground(palette(), theme::Tone::Critical).name()));
    m_noteError->show();
    m_noteEdit->setFocus(Qt::OtherFocusReason);
    return false;
}

void OverviewTab::setGuest(const QString &guestUuid)
{
    if (guestUuid != m_guestUuid) {
        m_noteEdit->clear();
        m_noteError->hide();
    }
    m_guestUuid = guestUuid;
    const QLocale locale;
    auto rollup = m_services.stays.rollup(guestUuid);
    const GuestRollup r = rollup ? *rollup : GuestRollup{};
    m_stays->setText(
        r.upcomingStays > 0
            ? tr("%1 (%2 upcoming)").arg(locale.toString(r.stays), locale.toString(r.upcomingStays))
            : locale.toString(r.stays));
    m_nights->setText(locale.toString(r.nights));
    QStringList spend, rate;
    for (auto it = r.spendByCurrency.cbegin(); it != r.spendByCurrency.cend(); ++it) {
        spend.append(Format::money(it.value(), it.key(), locale));
        rate.append(Format::money(r.averageRate(it.key()), it.key(), locale));
    }
    m_spend->setText(spend.isEmpty() ? tr("Nothing yet") : spend.join(QStringLiteral(" + ")));
    m_rate->setText(rate.isEmpty() ? tr("—") : rate.join(QStringLiteral(" / ")));
    m_first->setText(r.firstArrival.isValid() ? Format::date(r.firstArrival) : tr("Never stayed"));
    if (!r.daysSinceLastStay)
        m_last->setText(tr("Never stayed"));
    else if (r.inHouse)
        m_last->setText(tr("In house now"));
    else if (*r.daysSinceLastStay == 0)
        m_last->setText(tr("%1 (today)").arg(Format::date(r.lastDeparture)));
    else
        m_last->setText(tr("%1 (days since: %2)")
                            .arg(Format::date(r.lastDeparture), QLocale().toString(*r.daysSinceLastStay)));

    QStringList recent;
    if (auto stays = m_services.stays.forGuest(guestUuid, 5)) {
        for (const Stay &s : std::as_const(*stays)) {
            QString line = QStringLiteral("<b>%1</b> · %2")
                               .arg(Format::dateRange(s.arrival, s.departure, locale).toHtmlEscaped(),
                                    displayText(s.status).toHtmlEscaped());
            if (!s.room.isEmpty())
                line += QStringLiteral(" · ") + tr("room %1").toHtmlEscaped().arg(PlainText::html(s.room));
            recent.append(line);
        }
    }
    m_recent->setText(recent.isEmpty() ? tr("No stays recorded yet.").toHtmlEscaped()
                                       : recent.join(QStringLiteral("<br>")));

    QStringList notes;
    if (auto list = m_services.guests.notes(guestUuid, 5)) {
        for (const GuestNote &note : std::as_const(*list))
            notes.append(QStringLiteral("<b>%1</b> %2<br>%3")
                             .arg(Format::dateTime(note.createdAt, locale).toHtmlEscaped(),
                                  PlainText::html(note.author), PlainText::html(note.body)));
    }
    m_notes->setText(notes.isEmpty() ? tr("No notes yet.").toHtmlEscaped()
                                     : notes.join(QStringLiteral("<br><br>")));
}

} // namespace innkeep::ui
