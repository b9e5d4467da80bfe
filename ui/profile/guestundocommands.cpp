// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestundocommands.h"

#include "appservices.h"

#include <QCoreApplication>

namespace innkeep::ui {

namespace {
QString trText(const char *text)
{
    return QCoreApplication::translate("innkeep::ui::GuestCommands", text);
}
} // namespace

EditGuestUndoCommand::EditGuestUndoCommand(AppServices &services, Guest before, Guest after,
                                           ErrorSink onError)
    : m_services(services), m_before(std::move(before)), m_after(std::move(after)),
      m_onError(std::move(onError))
{
    setText(trText(QT_TRANSLATE_NOOP("innkeep::ui::GuestCommands", "Edit guest")));
}

void EditGuestUndoCommand::save(const Guest &guest)
{
    auto stored = m_services.guests.update(guest);
    if (!stored) {
        setObsolete(true);
        m_onError(stored.error());
    }
}

void EditGuestUndoCommand::redo()
{
    save(m_after);
}

void EditGuestUndoCommand::undo()
{
    save(m_before);
}

RecordPreferenceUndoCommand::RecordPreferenceUndoCommand(AppServices &services, Preference draft,
                                                         std::optional<Preference> existing,
                                                         ErrorSink onError)
    : m_services(services), m_draft(std::move(draft)), m_existing(std::move(existing)),
      m_onError(std::move(onError))
{
    setText(m_existing ? trText(QT_TRANSLATE_NOOP("innkeep::ui::GuestCommands", "Confirm preference"))
                       : trText(QT_TRANSLATE_NOOP("innkeep::ui::GuestCommands", "Add preference")));
}

void RecordPreferenceUndoCommand::redo()
{
    auto stored = m_services.preferences.record(m_draft);
    if (!stored) {
        setObsolete(true);
        m_onError(stored.error());
        return;
    }
    m_storedUuid = stored->uuid;
}

void RecordPreferenceUndoCommand::undo()
{
    // A confirmation is undone by putting the earlier state back; a new preference by removing it.
    Status done;
    if (m_existing) {
        if (auto restored = m_services.preferences.update(*m_existing); !restored)
            done = std::unexpected(restored.error());
    } else {
        done = m_services.preferences.remove(m_storedUuid);
    }
    if (!done) {
        setObsolete(true);
        m_onError(done.error());
    }
}

EditPreferenceUndoCommand::EditPreferenceUndoCommand(AppServices &services, Preference before,
                                                     Preference after, ErrorSink onError)
    : m_services(services), m_before(std::move(before)), m_after(std::move(after)),
      m_onError(std::move(onError))
{
    setText(trText(QT_TRANSLATE_NOOP("innkeep::ui::GuestCommands", "Edit preference")));
}

void EditPreferenceUndoCommand::save(const Preference &preference)
{
    auto stored = m_services.preferences.update(preference);
    if (!stored) {
        setObsolete(true);
        m_onError(stored.error());
    }
}

void EditPreferenceUndoCommand::redo()
{
    save(m_after);
}

void EditPreferenceUndoCommand::undo()
{
    save(m_before);
}

RemovePreferenceUndoCommand::RemovePreferenceUndoCommand(AppServices &services, Preference removed,
                                                         ErrorSink onError)
    : m_services(services), m_removed(std::move(removed)), m_onError(std::move(onError))
{
    setText(trText(QT_TRANSLATE_NOOP("innkeep::ui::GuestCommands", "Remove preference")));
}

void RemovePreferenceUndoCommand::redo()
{
    if (auto done = m_services.preferences.remove(m_removed.uuid); !done) {
        setObsolete(true);
        m_onError(done.error());
    }
}

void RemovePreferenceUndoCommand::undo()
{
    // Recorded again as it was; it gets a new identity, which redo then removes.
    Preference again = m_removed;
    again.uuid.clear();
    again.id = 0;
    auto stored = m_services.preferences.record(again);
    if (!stored) {
        setObsolete(true);
        m_onError(stored.error());
        return;
    }
    m_removed.uuid = stored->uuid;
}

EditStayUndoCommand::EditStayUndoCommand(AppServices &services, Stay before, Stay after, ErrorSink onError)
    : m_services(services), m_before(std::move(before)), m_after(std::move(after)),
      m_onError(std::move(onError))
{
    setText(trText(QT_TRANSLATE_NOOP("innkeep::ui::GuestCommands", "Edit stay")));
}

void EditStayUndoCommand::save(const Stay &stay)
{
    auto stored = m_services.stays.update(stay);
    if (!stored) {
        setObsolete(true);
        m_onError(stored.error());
    }
}

void EditStayUndoCommand::redo()
{
    save(m_after);
}

void EditStayUndoCommand::undo()
{
    save(m_before);
}

} // namespace innkeep::ui
