// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace replylint {

/// The candidate closest to `word` by edit distance, when close enough to be a likely typo
/// (distance at most 2, or a third of the word); empty otherwise.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// " (did you mean \"x\"?)" or an empty string.
std::string did_you_mean_suffix(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace replylint
