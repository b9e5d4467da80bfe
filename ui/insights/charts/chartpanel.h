// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace innkeep::ui {

// One chart of the Insights page in a frame: its title above, and either the chart or, when the
// period has nothing to draw, "No data for this period" in a panel no taller than the words
// (never empty axes).
class ChartPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    ChartPanel(const QString &title, QWidget *chart, QWidget *parent = nullptr);

    void setEmpty(bool empty);
    // The legend under the chart (rich text from chartlook::legendText; "" hides it).
    void setLegend(const QString &text);
    [[nodiscard]] QLabel *legend() const { return m_legend; }
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] QWidget *chart() const { return m_chart; }
    [[nodiscard]] QLabel *emptyLabel() const { return m_empty; }

private:
    QLabel *m_title;
    QWidget *m_chart;
    QLabel *m_legend;
    QWidget *m_page;
    QLabel *m_empty;
};

} // namespace innkeep::ui
