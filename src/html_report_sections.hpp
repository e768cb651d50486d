// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "replylint/library_analytics.hpp"
#include "replylint/report.hpp"

namespace replylint {

/// The score histogram as inline SVG (role="img", with a <title> and a <desc> listing every
/// bin in words), bars banded like verdicts: below 40, 40–69, 70 and up.
std::string histogram_svg(const std::array<std::size_t, kHistogramBins>& bins);

/// The "Summary" section: totals, verdict counts, the histogram and the rules that fire most.
std::string summary_section_html(const Summary& summary, const LibraryAnalytics& analytics);

/// The "Library analytics" section: lowest scores, reused openers and empathy lines, and
/// near-duplicates, each with the threshold it uses. Reply `i` of `replies` is linked as
/// `#reply-(i+1)`.
std::string analytics_section_html(const LibraryAnalytics& analytics,
                                   const std::vector<ReplyDigest>& replies,
                                   const AnalyticsOptions& options);

}  // namespace replylint
