// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertbanner.h"

#include "icons.h"
#include "plaintext.h"
#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace innkeep::ui {

AlertBanner::AlertBanner(QWidget *parent) : QFrame(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("alertBanner"));
    m_layout->setContentsMargins(10, 8, 10, 8);
    m_layout->setSpacing(4);
    setAccessibleName(tr("Alerts"));
    hide();
}

void AlertBanner::setAlerts(const QList<GuestAlert> &alerts)
{
    m_alerts = alerts;
    rebuild();
}

QStringList AlertBanner::texts() const
{
    QStringList texts;
    for (const GuestAlert &alert : m_alerts)
        texts.append(alert.text);
    return texts;
}

void AlertBanner::changeEvent(QEvent *event)
{
    // Our own style sheet changes the palette too: only follow outside changes.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        && !m_alerts.isEmpty() && !m_restyling)
        rebuild();
    QFrame::changeEvent(event);
}

void AlertBanner::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_alerts.isEmpty()) {
        hide();
        return;
    }
    const QPalette pal = QApplication::palette();
    bool anyCritical = false;
    for (const GuestAlert &alert : std::as_const(m_alerts)) {
        const auto tone = alert.level == GuestAlert::Level::Critical  ? theme::Tone::Critical
                          : alert.level == GuestAlert::Level::Warning ? theme::Tone::Warning
                                                                      : theme::Tone::Info;
        anyCritical = anyCritical || alert.level == GuestAlert::Level::Critical;
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        icon->setPixmap(icons::themed(QStringLiteral("alert"), theme::foreground(pal, tone)).pixmap(18, 18));
        auto *text = new QLabel(row);
        PlainText::setUp(text); // a preference or a blocked reason as staff typed it
        text->setText(alert.text);
        text->setWordWrap(true);
        QFont font = text->font();
        font.setBold(alert.level == GuestAlert::Level::Critical);
        text->setFont(font);
        QPalette textPalette = text->palette();
        textPalette.setColor(QPalette::WindowText, pal.color(QPalette::Text));
        text->setPalette(textPalette);
        layout->addWidget(icon, 0, Qt::AlignTop);
        layout->addWidget(text, 1);
        m_layout->addWidget(row);
    }
    const auto tone = anyCritical ? theme::Tone::Critical : theme::Tone::Warning;
    m_restyling = true;
    setStyleSheet(theme::frameStyle(pal, tone, QStringLiteral("#alertBanner")));
    m_restyling = false;
    setAccessibleDescription(texts().join(QLatin1Char('\n')));
    show();
}

} // namespace innkeep::ui
