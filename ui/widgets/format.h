// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>
#include <utility>

namespace innkeep::ui {

// How the UI writes numbers, money, dates and stay counts in the user's locale.
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    // "3rd stay" in English; "Stay 3" (translated) in languages without a simple ordinal.
    [[nodiscard]] static QString stayNumber(int n, const QLocale &locale = {});
    // Minor units in `currency` (ISO 4217) as the locale writes money: 123456 EUR → "€1,234.56".
    // The amount is core's Money; only the symbol (one the font can draw) is chosen here.
    [[nodiscard]] static QString money(qint64 minor, const QString &currency, const QLocale &locale = {});
    // Minor units as a plain amount to edit, without symbol or grouping: 12050 EUR → "120.50".
    [[nodiscard]] static QString amountText(qint64 minor, const QString &currency,
                                            const QLocale &locale = {});
    // An amount typed in major units ("120", "120.5", "1,200.50") as minor units of `currency`,
    // exactly (core's Money::parseLocal); 0 when empty; nullopt when it is not a number, has too
    // many decimals or does not fit.
    [[nodiscard]] static std::optional<qint64> parseAmount(const QString &text, const QString &currency,
                                                           const QLocale &locale = {});
    [[nodiscard]] static QString date(const QDate &date, const QLocale &locale = {});
    [[nodiscard]] static QString dateTime(qint64 utcMs, const QLocale &locale = {});
    // "15–18 Jun" for a stay.
    [[nodiscard]] static QString dateRange(const QDate &from, const QDate &to, const QLocale &locale = {});
    // The change log's column name as staff read it ("given_name" → "Given name").
    [[nodiscard]] static QString fieldName(const QString &table, const QString &field);
    [[nodiscard]] static QString vipText(int level);
    // A stay's booking channel as the desk says it ("walk-in" → "Walk-in"); unknown tokens as stored.
    [[nodiscard]] static QString channelText(const QString &token);
    // The channels offered when a stay is added, as (token, label) pairs.
    [[nodiscard]] static QList<std::pair<QString, QString>> channels();
};

} // namespace innkeep::ui
