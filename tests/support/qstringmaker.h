// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <catch2/catch.hpp>

// So failed comparisons print text, not "{?}".
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        // Appended, not "[" + …: g++ 12 at -O3 warns (-Wrestrict) about its own operator+.
        std::string text = "[";
        text += value.join(QStringLiteral(", ")).toStdString();
        text += ']';
        return text;
    }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return value.toStdString(); }
};
template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value) { return value.toString(Qt::ISODate).toStdString(); }
};
template<>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value) { return value.toString().toStdString(); }
};
} // namespace Catch

// Fails the test with the core's own message when a Result/Status holds an error.
#define REQUIRE_OK(expression)                                                                               \
    do {                                                                                                     \
        const auto &innkeepResult_ = (expression);                                                           \
        if (!innkeepResult_)                                                                                 \
            FAIL(innkeepResult_.error().toString().toStdString());                                           \
    } while (false)
