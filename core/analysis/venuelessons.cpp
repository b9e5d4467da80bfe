// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuelessons.h"

namespace innkeep {

struct VenueLessons::Data
{
    int examples = 0;
};

VenueLessons::VenueLessons() = default;

VenueLessons VenueLessons::learn(const QList<TeachingExample> &examples)
{
    VenueLessons lessons;
    if (!examples.isEmpty())
        lessons.m_data = std::make_shared<const Data>(Data{int(examples.size())});
    return lessons;
}

bool VenueLessons::isEmpty() const
{
    return !m_data;
}

int VenueLessons::exampleCount() const
{
    return m_data ? m_data->examples : 0;
}

} // namespace innkeep
