// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seededticketlabel.h"

namespace innkeep {

namespace {

struct Seed
{
    const char *key;
    const char *label; // as migration 0002 stores it
};

// Kept in step with resources/migrations/0002_tickets_feedback.sql.
constexpr Seed Categories[] = {
    {"housekeeping", QT_TRANSLATE_NOOP("SeededTicketLabel", "Housekeeping")},
    {"maintenance", QT_TRANSLATE_NOOP("SeededTicketLabel", "Maintenance")},
    {"noise", QT_TRANSLATE_NOOP("SeededTicketLabel", "Noise")},
    {"food-beverage", QT_TRANSLATE_NOOP("SeededTicketLabel", "Food & beverage")},
    {"front-office", QT_TRANSLATE_NOOP("SeededTicketLabel", "Front office")},
    {"billing", QT_TRANSLATE_NOOP("SeededTicketLabel", "Billing")},
    {"amenities", QT_TRANSLATE_NOOP("SeededTicketLabel", "Amenities")},
    {"other", QT_TRANSLATE_NOOP("SeededTicketLabel", "Other")},
};
constexpr Seed Departments[] = {
    {"front-office", QT_TRANSLATE_NOOP("SeededTicketLabel", "Front office")},
    {"housekeeping", QT_TRANSLATE_NOOP("SeededTicketLabel", "Housekeeping")},
    {"maintenance", QT_TRANSLATE_NOOP("SeededTicketLabel", "Maintenance")},
    {"food-beverage", QT_TRANSLATE_NOOP("SeededTicketLabel", "Food & beverage")},
    {"management", QT_TRANSLATE_NOOP("SeededTicketLabel", "Management")},
};

template<std::size_t N>
QString find(const Seed (&seeds)[N], const QString &key, const QString &stored)
{
    for (const Seed &seed : seeds) {
        if (key == QLatin1String(seed.key) && stored == QLatin1String(seed.label))
            return SeededTicketLabel::tr(seed.label);
    }
    return stored;
}

} // namespace

QString SeededTicketLabel::shown(TicketListItem::List list, const QString &key, const QString &stored)
{
    return list == TicketListItem::List::Categories ? find(Categories, key, stored)
                                                    : find(Departments, key, stored);
}

} // namespace innkeep
