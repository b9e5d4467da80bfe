// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hospitalitytopic.h"

#include <QCoreApplication>

namespace innkeep::HospitalityTopic {

namespace {

struct Row
{
    const char *key;
    const char *text;
    const char *category; // seeded ticket category, "" when none fits
};

constexpr Row Rows[] = {
    {"room", QT_TRANSLATE_NOOP("HospitalityTopic", "Room"), "maintenance"},
    {"cleanliness", QT_TRANSLATE_NOOP("HospitalityTopic", "Cleanliness"), "housekeeping"},
    {"bathroom", QT_TRANSLATE_NOOP("HospitalityTopic", "Bathroom"), "maintenance"},
    {"bed-sleep", QT_TRANSLATE_NOOP("HospitalityTopic", "Bed & sleep"), "housekeeping"},
    {"noise", QT_TRANSLATE_NOOP("HospitalityTopic", "Noise"), "noise"},
    {"staff-service", QT_TRANSLATE_NOOP("HospitalityTopic", "Staff & service"), "front-office"},
    {"front-desk", QT_TRANSLATE_NOOP("HospitalityTopic", "Front desk & check-in/out"), "front-office"},
    {"food-breakfast", QT_TRANSLATE_NOOP("HospitalityTopic", "Food & breakfast"), "food-beverage"},
    {"restaurant-bar", QT_TRANSLATE_NOOP("HospitalityTopic", "Restaurant & bar"), "food-beverage"},
    {"location", QT_TRANSLATE_NOOP("HospitalityTopic", "Location"), ""},
    {"value-price", QT_TRANSLATE_NOOP("HospitalityTopic", "Value & price"), "billing"},
    {"wifi", QT_TRANSLATE_NOOP("HospitalityTopic", "Wi-Fi"), "amenities"},
    {"amenities", QT_TRANSLATE_NOOP("HospitalityTopic", "Amenities"), "amenities"},
    {"accessibility", QT_TRANSLATE_NOOP("HospitalityTopic", "Accessibility"), "maintenance"},
    {"safety", QT_TRANSLATE_NOOP("HospitalityTopic", "Safety"), "front-office"},
};

const Row *find(const QString &key)
{
    for (const Row &row : Rows) {
        if (key == QLatin1String(row.key))
            return &row;
    }
    return nullptr;
}

} // namespace

const QStringList &keys()
{
    static const QStringList all = [] {
        QStringList list;
        for (const Row &row : Rows)
            list << QString::fromLatin1(row.key);
        return list;
    }();
    return all;
}

bool isKey(const QString &key)
{
    return find(key) != nullptr;
}

QString text(const QString &key)
{
    const Row *row = find(key);
    return row ? QCoreApplication::translate("HospitalityTopic", row->text) : key;
}

QString complaintCategory(const QString &key)
{
    const Row *row = find(key);
    return row ? QString::fromLatin1(row->category) : QString();
}

} // namespace innkeep::HospitalityTopic
