// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpitile.h"

#include "kpisparkline.h"
#include "kpitext.h"
#include "widgets/theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolTip>
#include <QVBoxLayout>

namespace innkeep::ui {

KpiTile::KpiTile(std::shared_ptr<const Kpi> kpi, QWidget *parent)
    : QFrame(parent), m_kpi(std::move(kpi)), m_title(new QLabel), m_value(new QLabel), m_count(new QLabel),
      m_previousCaption(new QLabel(tr("vs previous"))), m_previous(new QLabel),
      m_yearCaption(new QLabel(tr("vs year before"))), m_year(new QLabel), m_sparkline(new KpiSparkline)
{
    setObjectName(QStringLiteral("kpiTile_") + m_kpi->key());
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_title->setText(m_kpi->title());
    m_title->setWordWrap(true);
    // Two lines for every title, so the tiles of a row line up whatever the language; a longer
    // title is whole in the tooltip.
    m_title->setFixedHeight(m_title->fontMetrics().lineSpacing() * 2);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_value->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_value->setFont(big);
    QFont small = m_count->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (QLabel *label : {m_title, m_value, m_count, m_previousCaption, m_previous, m_yearCaption, m_year}) {
        label->setTextFormat(Qt::PlainText);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    for (QLabel *label : {m_count, m_previousCaption, m_previous, m_yearCaption, m_year})
        label->setFont(small);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_previousCaption->setForegroundRole(QPalette::PlaceholderText);
    m_yearCaption->setForegroundRole(QPalette::PlaceholderText);
    m_previous->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_year->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_sparkline->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    auto *valueLine = new QHBoxLayout;
    valueLine->addWidget(m_value);
    valueLine->addWidget(m_sparkline, 1, Qt::AlignBottom);
    layout->addLayout(valueLine);
    layout->addWidget(m_count);
    auto *changes = new QGridLayout;
    changes->setContentsMargins(0, 2, 0, 0);
    changes->setHorizontalSpacing(8);
    changes->setVerticalSpacing(0);
    changes->addWidget(m_previousCaption, 0, 0);
    changes->addWidget(m_previous, 0, 1);
    changes->addWidget(m_yearCaption, 1, 0);
    changes->addWidget(m_year, 1, 1);
    changes->setColumnStretch(1, 1);
    layout->addLayout(changes);
    m_value->setText(QStringLiteral("—"));
    setToolTip(helpText());
    setAccessibleDescription(helpText());
    setAccessibleName(m_kpi->title());
}

void KpiTile::setReading(const KpiReading &reading, const QList<KpiPoint> &months, const QString &currency)
{
    m_reading = reading;
    m_currency = currency;
    m_value->setText(valueText());
    m_count->setText(countText());
    showChange(m_previous, reading.previous);
    showChange(m_year, reading.yearBefore);
    m_sparkline->setPoints(months, m_kpi->unit(), currency);
    const QString help = helpText();
    setToolTip(help);
    setAccessibleDescription(help);
    setAccessibleName(tr("%1: %2, %3").arg(m_kpi->title(), valueText(), countText()));
}

QString KpiTile::valueText() const
{
    return KpiText::value(m_kpi->unit(), m_reading.current, m_currency);
}

QString KpiTile::countText() const
{
    const QString count = KpiText::count(m_kpi->population(), m_reading.current.count);
    // Said under the value, which stays short: the cohort is too young for the answer to be final.
    return m_reading.current.provisional && m_reading.current.value ? tr("%1 · provisional").arg(count)
                                                                    : count;
}

QString KpiTile::previousText() const
{
    return KpiText::change(*m_kpi, m_reading.current, m_reading.previous, m_currency).text;
}

QString KpiTile::yearBeforeText() const
{
    return KpiText::change(*m_kpi, m_reading.current, m_reading.yearBefore, m_currency).text;
}

void KpiTile::showChange(QLabel *label, const KpiValue &before)
{
    const KpiText::Change change = KpiText::change(*m_kpi, m_reading.current, before, m_currency);
    label->setText(change.text);
    label->setAccessibleName(change.words);
    QPalette p = label->palette();
    QColor colour = palette().color(QPalette::PlaceholderText);
    if (change.direction == KpiText::Direction::Up || change.direction == KpiText::Direction::Down)
        colour = theme::foreground(palette(), change.better ? theme::Tone::Success : theme::Tone::Critical);
    p.setColor(QPalette::WindowText, colour);
    label->setPalette(p);
    label->setProperty("innkeepTone",
                       change.direction == KpiText::Direction::Up
                               || change.direction == KpiText::Direction::Down
                           ? (change.better ? QStringLiteral("better") : QStringLiteral("worse"))
                           : QStringLiteral("none"));
}

QString KpiTile::helpText() const
{
    QStringList lines{m_kpi->title(), m_kpi->formula(),
                      tr("Counted over: %1.").arg(KpiText::populationName(m_kpi->population()))};
    if (m_reading.kpi) {
        lines << countText();
        const auto before = [&](const QString &caption, const KpiValue &value) {
            return tr("%1: %2 (%3)")
                .arg(caption, KpiText::value(m_kpi->unit(), value, m_currency),
                     KpiText::change(*m_kpi, m_reading.current, value, m_currency).words);
        };
        lines << before(tr("Previous period"), m_reading.previous);
        lines << before(tr("Year before"), m_reading.yearBefore);
        if (m_reading.current.byCurrency.size() > 1) {
            QStringList amounts;
            for (auto it = m_reading.current.byCurrency.cbegin(); it != m_reading.current.byCurrency.cend();
                 ++it)
                amounts << KpiText::value(KpiUnit::Money, it.value(), it.key());
            lines << tr("Per currency: %1").arg(amounts.join(QStringLiteral(", ")));
        }
    }
    lines << tr("Press Enter to see the records behind the number.");
    return lines.join(u'\n');
}

void KpiTile::showHelp()
{
    QToolTip::showText(mapToGlobal(QPoint(width() / 4, height() / 2)), helpText(), this);
}

bool KpiTile::event(QEvent *event)
{
    // F1 is the window's Keyboard Shortcuts; on a focused tile it explains the tile instead.
    if (event->type() == QEvent::ShortcutOverride) {
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_F1) {
            event->accept();
            return true;
        }
    }
    return QFrame::event(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_F1: showHelp(); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: Q_EMIT drillDownRequested(m_kpi->key()); return;
    case Qt::Key_Escape: QToolTip::hideText(); break;
    default: break;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        setFocus(Qt::MouseFocusReason);
        Q_EMIT drillDownRequested(m_kpi->key());
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool focused = hasFocus();
    const bool hovered = underMouse();
    QColor border = palette().color(QPalette::Mid);
    if (focused)
        border = palette().color(QPalette::Highlight);
    else if (hovered)
        border = palette().color(QPalette::Dark);
    painter.setPen(QPen(border, focused ? 2.0 : 1.0));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_reading.kpi)
        restyle();
}

void KpiTile::restyle()
{
    showChange(m_previous, m_reading.previous);
    showChange(m_year, m_reading.yearBefore);
}

} // namespace innkeep::ui
