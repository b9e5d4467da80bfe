// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace innkeep::bench {

// The feedback analyser's speed on one core (issue 11): texts of typical review length, half
// English (five real sentences of the training split each), half the other six languages.
struct AnalyseFigures
{
    double textsPerSecond = 0;    // median over the rounds, wall clock
    double textsPerCpuSecond = 0; // median, CPU time of the thread (other load on the machine aside)
    double meanWords = 0;         // words per text
    int texts = 0;
    int rounds = 0;
    double loadMs = 0; // the first analyse(): word lists read, English weights trained
};

[[nodiscard]] AnalyseFigures benchAnalyse(int rounds);

} // namespace innkeep::bench
