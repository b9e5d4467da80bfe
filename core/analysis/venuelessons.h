// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/teachingexample.h"

#include <QList>

#include <memory>

namespace innkeep {

// What one venue taught the analyser: word weights and topic words learned from its staff's
// corrections and its guests' rated feedback. Built from that venue's file only, so nothing learned
// at one venue reaches another. Immutable and cheap to copy; safe to share between threads.
class VenueLessons final
{
public:
    VenueLessons(); // nothing learned: the analyser as shipped

    [[nodiscard]] static VenueLessons learn(const QList<TeachingExample> &examples);

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] int exampleCount() const;

    struct Data; // defined by the analyser (venuelessons.cpp)
    [[nodiscard]] const Data *data() const { return m_data.get(); }

private:
    std::shared_ptr<const Data> m_data;
};

} // namespace innkeep
