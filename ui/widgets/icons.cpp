// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <QSvgRenderer>
#include <QWidget>

namespace innkeep::ui::icons {

QIcon themed(const QString &name, const QColor &colour)
{
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", colour.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon themed(const QString &name, const QPalette &palette)
{
    return themed(name, palette.color(QPalette::ButtonText));
}

namespace {

const char *const IconProperty = "innkeepIcon";

} // namespace

void set(QAbstractButton *button, const QString &name)
{
    button->setProperty(IconProperty, name);
    button->setIcon(themed(name, button->palette()));
}

void set(QAction *action, const QString &name)
{
    action->setProperty(IconProperty, name);
    action->setIcon(themed(name, QApplication::palette()));
}

void redrawAll()
{
    QSet<QAction *> actions;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (const QString name = button->property(IconProperty).toString(); !name.isEmpty())
                button->setIcon(themed(name, button->palette()));
        }
        const QList<QAction *> own = widget->actions();
        for (QAction *action : own)
            actions.insert(action);
    }
    for (QAction *action : std::as_const(actions)) {
        if (const QString name = action->property(IconProperty).toString(); !name.isEmpty())
            action->setIcon(themed(name, QApplication::palette()));
    }
}

} // namespace innkeep::ui::icons
