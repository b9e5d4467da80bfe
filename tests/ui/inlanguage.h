// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <catch2/catch.hpp>

namespace innkeep::test {

// The window in a language for one scope, as the app sets it: the project's catalogue and the
// locale together (dates, numbers, stay ordinals). An empty code stays in English. UK English again
// when the scope ends.
struct InLanguage
{
    QTranslator translator;
    explicit InLanguage(const QString &code)
    {
        if (code.isEmpty())
            return;
        REQUIRE(translator.load(QStringLiteral(":/i18n/innkeep_%1.qm").arg(code)));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(code));
    }
    ~InLanguage()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    Q_DISABLE_COPY_MOVE(InLanguage)
};

} // namespace innkeep::test
