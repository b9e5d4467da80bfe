// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestprofilepage.h"

#include "appservices.h"
#include "common/phonenumber.h"
#include "guests/guesteditdialog.h"
#include "guestundocommands.h"
#include "historytab.h"
#include "loyalty/loyaltytab.h"
#include "overviewtab.h"
#include "preferencestab.h"
#include "staystab.h"
#include "widgets/alertbanner.h"
#include "widgets/followrecords.h"
#include "widgets/format.h"
#include "widgets/icons.h"
#include "widgets/messagebar.h"
#include "widgets/plaintext.h"
#include "widgets/theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace innkeep::ui {

GuestProfilePage::GuestProfilePage(AppServices &services, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_services(services), m_undo(undo), m_messages(new MessageBar(this)),
      m_back(new QPushButton(tr("Back"), this)), m_name(new QLabel(this)), m_latin(new QLabel(this)),
      m_badges(new QLabel(this)), m_contacts(new QLabel(this)), m_edit(new QPushButton(tr("Ed&it…"), this)),
      m_addPreference(new QPushButton(tr("Add &Preference…"), this)), m_banner(new AlertBanner(this)),
      m_tabs(new QTabWidget(this)), m_preferences(nullptr), m_overview(nullptr), m_stays(nullptr)
{
    setObjectName(QStringLiteral("guestProfilePage"));
    icons::set(m_back, QStringLiteral("back"));
    m_back->setToolTip(tr("Back to the previous page (%1)")
                           .arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    icons::set(m_edit, QStringLiteral("edit"));
    m_edit->setToolTip(tr("Edit this guest (Ctrl+E)"));
    icons::set(m_addPreference, QStringLiteral("add"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont medium = m_latin->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.15);
    m_latin->setFont(medium);
    m_latin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Names and contacts are what the guest or a file said: never markup. The badges are our
    // own markup around escaped tags.
    for (QLabel *label : {m_name, m_latin, m_contacts})
        PlainText::setUp(label);
    m_badges->setTextFormat(Qt::RichText);
    m_badges->setWordWrap(true);
    m_contacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contacts->setWordWrap(true);
    m_name->setAccessibleName(tr("Guest name"));
    m_latin->setAccessibleName(tr("Latin name"));
    m_contacts->setAccessibleName(tr("Contacts"));

    auto errorSink = [this](const Error &error) { m_messages->showError(error.message); };
    m_preferences = new PreferencesTab(services, undo, errorSink, this);
    m_overview = new OverviewTab(services, this);
    m_stays = new StaysTab(services, undo, errorSink, this);
    addTab(m_overview, tr("O&verview"));
    addTab(m_preferences, tr("P&references"));
    addTab(m_stays, tr("&Stays"));
    addTab(new LoyaltyTab(services, errorSink, this), tr("&Loyalty"));
    addTab(new HistoryTab(services, this), tr("Histor&y"));
    m_tabs->setDocumentMode(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_back);
    actions->addStretch(1);
    actions->addWidget(m_addPreference);
    actions->addWidget(m_edit);

    auto *header = new QVBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_name);
    header->addWidget(m_latin);
    header->addSpacing(4);
    header->addWidget(m_badges);
    header->addWidget(m_contacts);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(actions);
    layout->addWidget(m_messages);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setTabOrder(m_back, m_addPreference);
    setTabOrder(m_addPreference, m_edit);
    setTabOrder(m_edit, m_tabs);
    setFocusProxy(m_tabs);

    connect(m_back, &QPushButton::clicked, this, &GuestProfilePage::backRequested);
    connect(m_edit, &QPushButton::clicked, this, &GuestProfilePage::editGuest);
    connect(m_addPreference, &QPushButton::clicked, this, &GuestProfilePage::addPreference);
    // Anything of this guest's, from here or from another program, shows at once.
    OpenVenue &venue = services.openVenue;
    for (RecordEvents *source : std::initializer_list<RecordEvents *>{
             &venue.guests(), &venue.preferences(), &venue.stays(), &venue.tickets(), &venue.feedback(),
             &venue.points(), &venue.loyaltyTiers()}) {
        followRecords(
            *source, this,
            [this](RecordEvents::Kind, const QString &uuid, const QString &guestUuid) {
                onChanged(uuid, guestUuid);
            },
            [this] { reload(); });
    }
}

int GuestProfilePage::addTab(ProfileTab *tab, const QString &title)
{
    m_tabPages.append(tab);
    if (!m_uuid.isEmpty())
        tab->setGuest(m_uuid);
    return m_tabs->addTab(tab, title);
}

void GuestProfilePage::setGuest(const QString &guestUuid)
{
    if (guestUuid != m_uuid) {
        m_messages->hide();
        m_tabs->setCurrentIndex(0);
    }
    m_uuid = guestUuid;
    reload();
}

void GuestProfilePage::onChanged(const QString &uuid, const QString &guestUuid)
{
    if (!m_uuid.isEmpty() && (guestUuid == m_uuid || uuid == m_uuid))
        reload();
}

void GuestProfilePage::reload()
{
    if (m_uuid.isEmpty())
        return;
    auto guest = m_services.guests.find(m_uuid);
    if (!guest) {
        m_messages->showError(guest.error().message);
        return;
    }
    m_guest = *guest;
    const QString latin = m_guest.latinName();
    m_name->setText(m_guest.displayName());
    m_latin->setText(latin == m_guest.displayName() ? QString() : latin);
    m_latin->setVisible(!m_latin->text().isEmpty());

    const QPalette pal = palette();
    auto badge = [&pal](const QString &text, theme::Tone tone) {
        return QStringLiteral("<span style=\"background:%1; color:%2;\">&nbsp;%3&nbsp;</span>&nbsp; ")
            .arg(theme::background(pal, tone).name(), theme::foreground(pal, tone).name(),
                 text.toHtmlEscaped());
    };
    QString badges;
    if (m_guest.isVip())
        badges += badge(Format::vipText(m_guest.vipLevel), theme::Tone::Accent);
    if (m_guest.blocked)
        badges += badge(tr("Blocked"), theme::Tone::Critical);
    if (m_guest.press)
        badges += badge(tr("Press"), theme::Tone::Info);
    if (m_guest.isArchived())
        badges += badge(tr("Archived"), theme::Tone::Warning);
    if (auto tier = m_services.openVenue.loyaltyTiers().current(m_uuid); tier && !tier->isEmpty()) {
        const auto points = m_services.openVenue.points().balance(m_uuid);
        badges += badge(points && *points != 0 ? tr("%1 · %2 points").arg(*tier, QLocale().toString(*points))
                                               : *tier,
                        theme::Tone::Info);
    }
    for (const QString &tag : std::as_const(m_guest.tags))
        badges += badge(QLatin1Char('#') + tag, theme::Tone::Success);
    m_badges->setText(badges);
    m_badges->setVisible(!badges.isEmpty());

    QStringList contacts;
    for (const QString &email : std::as_const(m_guest.emails))
        contacts.append(email);
    for (const QString &phone : std::as_const(m_guest.phones))
        contacts.append(PhoneNumber::international(phone));
    if (!m_guest.company.isEmpty())
        contacts.append(m_guest.company);
    if (!m_guest.city.isEmpty())
        contacts.append(m_guest.country.isEmpty() ? m_guest.city
                                                  : m_guest.city + QStringLiteral(", ") + m_guest.country);
    m_contacts->setText(contacts.isEmpty() ? tr("No contact details yet — Edit to add an e-mail or phone.")
                                           : contacts.join(QStringLiteral("  ·  ")));

    auto alerts = m_services.alerts.forGuest(m_uuid);
    m_banner->setAlerts(alerts ? *alerts : QList<GuestAlert>());
    if (!alerts)
        m_messages->showError(alerts.error().message);
    for (ProfileTab *tab : std::as_const(m_tabPages))
        tab->setGuest(m_uuid);
}

void GuestProfilePage::editGuest()
{
    if (m_uuid.isEmpty())
        return;
    auto before = m_services.guests.find(m_uuid);
    if (!before) {
        m_messages->showError(before.error().message);
        return;
    }
    GuestEditDialog dialog(m_services, *before, this);
    // While the dialog is open a failed save shows under its fields; later (undo) on the page.
    struct Pending
    {
        bool inDialog = true;
        std::optional<Error> error;
    };
    auto pending = std::make_shared<Pending>();
    dialog.setSaver([this, stored = *before, pending](const Guest &edited) -> Result<Guest> {
        pending->inDialog = true;
        pending->error.reset();
        m_undo.push(new EditGuestUndoCommand(m_services, stored, edited, [this, pending](const Error &error) {
            if (pending->inDialog)
                pending->error = error;
            else
                m_messages->showError(error.message);
        })); // push runs redo(): the service validates, saves and records the change
        pending->inDialog = false;
        if (pending->error)
            return std::unexpected(*pending->error);
        return m_services.guests.find(edited.uuid);
    });
    if (dialog.exec() == GuestEditDialog::OpenExisting)
        setGuest(dialog.existingGuest());
}

void GuestProfilePage::addPreference()
{
    if (m_uuid.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_preferences);
    m_preferences->addPreference();
}

void GuestProfilePage::addStay()
{
    if (m_uuid.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_stays);
    m_stays->addStay();
}

void GuestProfilePage::addNote()
{
    if (m_uuid.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_overview);
    m_overview->focusNoteEditor();
}

} // namespace innkeep::ui
