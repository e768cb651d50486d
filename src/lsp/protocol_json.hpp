// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "lsp/position_encoding.hpp"

namespace replylint::lsp {

// nlohmann/json conversions (found by ADL): `json j = range;` and `j.get<Range>()`.
// Reading throws RpcError(kInvalidParams) unless line and character are non-negative integers
// that fit an int: a client's malformed position is its error, answered as such.

void to_json(nlohmann::json& j, const Position& position);
void from_json(const nlohmann::json& j, Position& position);
void to_json(nlohmann::json& j, const Range& range);
void from_json(const nlohmann::json& j, Range& range);

}  // namespace replylint::lsp
