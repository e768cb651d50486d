// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/rule_loader.hpp"

namespace replylint {

/// The embedded packs as the build loaded and checked them (replylint_snapshot, run by CMake),
/// stored compactly with every pattern's required literals worked out, so a run starts without
/// parsing JSON or analysing patterns. Every field of every rule survives the round trip
/// (tests/rule_snapshot_test.cpp), source locations included: diagnostics, `rules ID` and
/// `test-rules` still point into rules/*.json.
std::string write_rule_snapshot(const std::vector<RulePack>& packs);

/// The packs of a snapshot written by write_rule_snapshot of this build; nullopt when `bytes`
/// is not one (wrong magic, format or length).
std::optional<std::vector<RulePack>> read_rule_snapshot(std::string_view bytes);

}  // namespace replylint
