// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "replylint/library_analytics.hpp"

namespace replylint {

/// The `analytics` object of the json format (docs/json-output.md, "Analytics"). Replies are
/// referred to by path, line and id, with their score and verdict; a reused phrase or a
/// near-duplicate group lists its first 100 replies (its `count` is the total). `replies` are the
/// digests the analytics were computed from.
nlohmann::ordered_json analytics_to_json(const LibraryAnalytics& analytics,
                                         const std::vector<ReplyDigest>& replies,
                                         const AnalyticsOptions& options = {});

}  // namespace replylint
