// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "guests/guest.h"
#include "preferences/preference.h"
#include "stays/stay.h"

#include <QUndoCommand>

#include <functional>

namespace innkeep::ui {

class AppServices;

// Undoable edits of a profile. Each step calls the service, which validates, writes the
// change log and notifies the pages; a failure is reported through `onError` and the
// command turns obsolete so the stack never claims a change that did not happen.
using ErrorSink = std::function<void(const Error &)>;

class EditGuestUndoCommand final : public QUndoCommand
{
public:
    EditGuestUndoCommand(AppServices &services, Guest before, Guest after, ErrorSink onError);
    void redo() override;
    void undo() override;

private:
    void save(const Guest &guest);
    AppServices &m_services;
    Guest m_before;
    Guest m_after;
    ErrorSink m_onError;
};

class RecordPreferenceUndoCommand final : public QUndoCommand
{
public:
    // `existing` is the stored preference the draft confirms, when there is one.
    RecordPreferenceUndoCommand(AppServices &services, Preference draft, std::optional<Preference> existing,
                                ErrorSink onError);
    void redo() override;
    void undo() override;
    [[nodiscard]] const QString &storedUuid() const { return m_storedUuid; }

private:
    AppServices &m_services;
    Preference m_draft;
    std::optional<Preference> m_existing;
    QString m_storedUuid;
    ErrorSink m_onError;
};

class EditPreferenceUndoCommand final : public QUndoCommand
{
public:
    EditPreferenceUndoCommand(AppServices &services, Preference before, Preference after, ErrorSink onError);
    void redo() override;
    void undo() override;

private:
    void save(const Preference &preference);
    AppServices &m_services;
    Preference m_before;
    Preference m_after;
    ErrorSink m_onError;
};

class RemovePreferenceUndoCommand final : public QUndoCommand
{
public:
    RemovePreferenceUndoCommand(AppServices &services, Preference removed, ErrorSink onError);
    void redo() override;
    void undo() override;

private:
    AppServices &m_services;
    Preference m_removed;
    ErrorSink m_onError;
};

// Changing a stay is undoable (the service writes the old values back). Adding one is not:
// the core keeps stays, it does not delete them; a wrong stay is set to Cancelled instead.
class EditStayUndoCommand final : public QUndoCommand
{
public:
    EditStayUndoCommand(AppServices &services, Stay before, Stay after, ErrorSink onError);
    void redo() override;
    void undo() override;

private:
    void save(const Stay &stay);
    AppServices &m_services;
    Stay m_before;
    Stay m_after;
    ErrorSink m_onError;
};

} // namespace innkeep::ui
