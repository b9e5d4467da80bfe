// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognitioncarddelegate.h"

#include "models/roles.h"
#include "models/staycardmodel.h"
#include "widgets/format.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace innkeep::ui {

namespace {

constexpr int Margin = 6;   // around the card
constexpr int Padding = 10; // inside the card
constexpr int MaxAlerts = 3;

QFont nameFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.2);
    f.setBold(true);
    return f;
}

QString detailLine(const RecognitionCard &card)
{
    const Stay &s = card.stay.stay;
    QStringList parts{Format::stayNumber(card.stay.stayNumber)};
    if (!s.room.isEmpty())
        parts.append(QCoreApplication::translate("innkeep::ui::TodayPage", "Room %1").arg(s.room));
    parts.append(Format::dateRange(s.arrival, s.departure));
    if (s.partySize > 1)
        parts.append(QCoreApplication::translate("innkeep::ui::TodayPage", "party of %1").arg(s.partySize));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QSize RecognitionCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto card = index.data(CardRole).value<RecognitionCard>();
    const QFontMetrics big(nameFont(option.font)), small(option.font);
    const int alerts =
        std::min<int>(int(card.alerts.size()), MaxAlerts) + (card.alerts.size() > MaxAlerts ? 1 : 0);
    const bool latinLine = card.stay.guestLatinName != card.stay.guestDisplayName;
    const int lines = (latinLine ? 2 : 1) + alerts;
    const int height = 2 * Margin + 2 * Padding + big.height() + lines * (small.height() + 2);
    return {280, height};
}

void RecognitionCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const auto card = index.data(CardRole).value<RecognitionCard>();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF box = QRectF(option.rect).adjusted(Margin, Margin, -Margin, -Margin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(box, 8, 8);
    painter->fillPath(path, pal.color(QPalette::Base));
    // Picked: a solid highlight frame. Only the keyboard's place (focus, not yet picked): the same
    // colour dashed, so a receptionist working with Tab and arrows always sees where they are.
    const QColor border = selected || focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    QPen pen(border, selected || focused ? 2 : 1);
    if (focused && !selected)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawPath(path);
    if (card.stay.vipLevel > 0) {
        // A gold stripe down the left edge: VIPs are seen before they are read.
        painter->fillRect(QRectF(box.left() + 1, box.top() + 8, 4, box.height() - 16),
                          theme::foreground(pal, theme::Tone::Accent));
    }

    const QFont bigFont = nameFont(option.font);
    const QFontMetrics big(bigFont), small(option.font);
    const int left = int(box.left()) + Padding + 4;
    int right = int(box.right()) - Padding;
    int y = int(box.top()) + Padding;

    if (card.stay.vipLevel > 0) {
        const QString vip = Format::vipText(card.stay.vipLevel);
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        const QFontMetrics bm(badgeFont);
        const QRect badge(right - bm.horizontalAdvance(vip) - 12, y, bm.horizontalAdvance(vip) + 12,
                          bm.height() + 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme::background(pal, theme::Tone::Accent));
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(theme::foreground(pal, theme::Tone::Accent));
        painter->setFont(badgeFont);
        painter->drawText(badge, Qt::AlignCenter, vip);
        right = badge.left() - 8;
    }

    painter->setFont(bigFont);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(QRect(left, y, right - left, big.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      big.elidedText(card.stay.guestDisplayName, Qt::ElideRight, right - left));
    y += big.height();
    painter->setFont(option.font);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    const int width = int(box.right()) - Padding - left;
    if (card.stay.guestLatinName != card.stay.guestDisplayName) {
        painter->drawText(QRect(left, y + 2, width, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          small.elidedText(card.stay.guestLatinName, Qt::ElideRight, width));
        y += small.height() + 2;
    }
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(QRect(left, y + 2, width, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      small.elidedText(detailLine(card), Qt::ElideRight, width));
    y += small.height() + 2;

    for (int i = 0; i < card.alerts.size() && i < MaxAlerts; ++i) {
        const GuestAlert &alert = card.alerts.at(i);
        const auto tone = alert.level == GuestAlert::Level::Critical  ? theme::Tone::Critical
                          : alert.level == GuestAlert::Level::Warning ? theme::Tone::Warning
                                                                      : theme::Tone::Info;
        QFont f = option.font;
        f.setBold(alert.level == GuestAlert::Level::Critical);
        painter->setFont(f);
        painter->setPen(theme::foreground(pal, tone));
        const QFontMetrics fm(f);
        painter->drawText(QRect(left, y + 2, width, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(QStringLiteral("● ") + alert.text, Qt::ElideRight, width));
        y += small.height() + 2;
    }
    if (card.alerts.size() > MaxAlerts) {
        painter->setFont(option.font);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(QRect(left, y + 2, width, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QCoreApplication::translate("innkeep::ui::TodayPage", "More alerts: %1")
                              .arg(int(card.alerts.size()) - MaxAlerts));
    }
    painter->restore();
}

} // namespace innkeep::ui
