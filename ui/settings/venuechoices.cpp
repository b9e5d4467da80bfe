// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuechoices.h"

#include "common/placenames.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QMap>

namespace innkeep::ui {

void fillCurrencies(QComboBox *box)
{
    // Every currency Qt knows, after the common ones below.
    QMap<QString, QString> names;
    const auto all =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &l : all) {
        const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
        if (code.size() != 3)
            continue;
        // The English name when Qt has an English locale for that territory, else the native one.
        const QLocale english(QLocale::English, l.territory());
        const QString name = english.territory() == l.territory()
                                 ? english.currencySymbol(QLocale::CurrencyDisplayName)
                                 : l.currencySymbol(QLocale::CurrencyDisplayName);
        if (!names.contains(code) || english.territory() == l.territory())
            names.insert(code, name);
    }
    // The ones a venue in our markets most likely uses, named in the UI's language.
    const std::pair<const char *, const char *> first[] = {
        {"EUR", QT_TRANSLATE_NOOP("innkeep::ui::SettingsPage", "Euro")},
        {"USD", QT_TRANSLATE_NOOP("innkeep::ui::SettingsPage", "US dollar")},
        {"GBP", QT_TRANSLATE_NOOP("innkeep::ui::SettingsPage", "British pound")},
        {"AMD", QT_TRANSLATE_NOOP("innkeep::ui::SettingsPage", "Armenian dram")},
        {"GEL", QT_TRANSLATE_NOOP("innkeep::ui::SettingsPage", "Georgian lari")},
        {"RUB", QT_TRANSLATE_NOOP("innkeep::ui::SettingsPage", "Russian rouble")},
        {"CHF", QT_TRANSLATE_NOOP("innkeep::ui::SettingsPage", "Swiss franc")},
    };
    for (const auto &[code, name] : first) {
        const QString c = QLatin1String(code);
        box->addItem(
            QStringLiteral("%1 — %2").arg(c, QCoreApplication::translate("innkeep::ui::SettingsPage", name)),
            c);
    }
    box->insertSeparator(box->count());
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (box->findData(it.key()) < 0)
            box->addItem(QStringLiteral("%1 — %2").arg(it.key(), it.value()), it.key());
    }
}

void fillRegions(QComboBox *box)
{
    // Named in the UI's language and sorted as it sorts (ICU), as the guest form names them.
    for (const PlaceNames::Choice &country : PlaceNames::countries())
        box->addItem(QStringLiteral("%1 — %2").arg(country.code, country.name), country.code);
}

void fillLanguages(QComboBox *box)
{
    box->addItem(QCoreApplication::translate("innkeep::ui::SettingsPage", "Same as the system"), QString());
    box->addItem(QStringLiteral("English"), QStringLiteral("en"));
    box->addItem(QStringLiteral("Հայերեն (Armenian)"), QStringLiteral("hy"));
    box->addItem(QStringLiteral("ქართული (Georgian)"), QStringLiteral("ka"));
}

void selectData(QComboBox *box, const QString &code)
{
    int index = box->findData(code);
    if (index < 0 && !code.isEmpty()) {
        box->addItem(code, code);
        index = box->count() - 1;
    }
    box->setCurrentIndex(std::max(0, index));
}

} // namespace innkeep::ui
