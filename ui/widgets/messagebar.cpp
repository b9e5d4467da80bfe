// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include "icons.h"
#include "plaintext.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace innkeep::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    PlainText::setUp(m_text); // messages quote names, file names and what was typed
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::addActionButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    auto *row = static_cast<QHBoxLayout *>(layout());
    row->insertWidget(row->indexOf(m_close), button);
}

void MessageBar::setDismissible(bool dismissible)
{
    m_close->setVisible(dismissible);
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    restyle();
    show();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    // Our own style sheet changes the palette too: only follow outside changes.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        && !m_restyling)
        restyle();
    QFrame::changeEvent(event);
}

void MessageBar::restyle()
{
    const auto tone = m_kind == Kind::Error     ? theme::Tone::Critical
                      : m_kind == Kind::Warning ? theme::Tone::Warning
                                                : theme::Tone::Info;
    const QPalette pal = QApplication::palette();
    m_restyling = true;
    // By object name, so a bar the window names (the file banner) keeps its colours too.
    const QString selector = QLatin1Char('#') + objectName();
    setStyleSheet(
        theme::frameStyle(pal, tone, selector)
        + QStringLiteral(" %1 QLabel { color: %2; }").arg(selector, pal.color(QPalette::Text).name()));
    m_restyling = false;
    m_close->setIcon(icons::themed(QStringLiteral("close"), theme::foreground(pal, tone)));
}

} // namespace innkeep::ui
