// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "json_checker.hpp"
#include "replylint/scoring_model.hpp"

namespace replylint {

/// Reads a `scoring` object over `model` (keys absent keep their value). Returns false when the
/// object has errors, which are reported through `check`.
bool read_scoring_model(const nlohmann::json& node, const std::string& pointer, JsonChecker& check,
                        ScoringModel& model);

}  // namespace replylint
