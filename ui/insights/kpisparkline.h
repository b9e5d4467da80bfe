// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpiboard.h"

#include <QWidget>

#include <optional>

namespace innkeep::ui {

// A KPI's last months as a small line (QPainter): a gap where a month has no figure, a dot on the
// latest month. Says the same in words as its accessible description.
class KpiSparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiSparkline)

public:
    explicit KpiSparkline(QWidget *parent = nullptr);

    void setPoints(const QList<KpiPoint> &points, KpiUnit unit, const QString &currency);
    [[nodiscard]] const QList<std::optional<double>> &values() const { return m_values; }
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<std::optional<double>> m_values;
};

} // namespace innkeep::ui
