// SPDX-License-Identifier: MIT
// Field choices shared by the record readers (JSON Lines, JSON conversations, CSV): which field
// holds the text and whether a role value names the agent.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "replylint/reader.hpp"

namespace replylint::readers {

/// The text fields to try in order: --text-field alone when given, else kDefaultTextFields.
std::vector<std::string> text_field_candidates(const InputOptions& options);

/// True when `role` equals one of options.agent_roles, ignoring ASCII case and surrounding
/// blanks.
bool is_agent_role(std::string_view role, const InputOptions& options);

/// "a, b, c" for messages.
std::string join_names(const std::vector<std::string>& names);

}  // namespace replylint::readers
