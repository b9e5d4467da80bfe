// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace innkeep::ui {

class AppServices;
class BackupSection;
class RetentionSection;
class MessageBar;

// Venue settings (stored in the database, so they travel with sync) and this machine's
// appearance and language. Other areas append their sections with addSection().
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(AppServices &services, QWidget *parent = nullptr);

    // Adds a section (SLA policy, categories, departments, staff…) below the venue's.
    void addSection(QWidget *section);
    [[nodiscard]] BackupSection *backupSection() const { return m_backups; }
    [[nodiscard]] RetentionSection *retentionSection() const { return m_retention; }
    void load();
    void save();
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }

private:
    AppServices &m_services;
    MessageBar *m_messages;
    QLineEdit *m_name;
    QComboBox *m_currency;
    QComboBox *m_region;
    QSpinBox *m_lapsedMonths;
    QComboBox *m_appearance;
    QComboBox *m_language;
    QPushButton *m_save;
    QVBoxLayout *m_sections;
    BackupSection *m_backups = nullptr;
    RetentionSection *m_retention = nullptr;
};

} // namespace innkeep::ui
