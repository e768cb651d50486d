// SPDX-License-Identifier: MIT
#include "record_fields.hpp"

#include <cctype>

namespace replylint::readers {

std::vector<std::string> text_field_candidates(const InputOptions& options) {
  if (!options.text_field.empty()) return {options.text_field};
  return kDefaultTextFields;
}

bool is_agent_role(std::string_view role, const InputOptions& options) {
  while (!role.empty() && std::isspace(static_cast<unsigned char>(role.front()))) {
    role.remove_prefix(1);
  }
  while (!role.empty() && std::isspace(static_cast<unsigned char>(role.back()))) {
    role.remove_suffix(1);
  }
  for (const std::string& agent : options.agent_roles) {
    if (agent.size() != role.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < role.size() && same; ++i) {
      same = std::tolower(static_cast<unsigned char>(role[i])) ==
             std::tolower(static_cast<unsigned char>(agent[i]));
    }
    if (same) return true;
  }
  return false;
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace replylint::readers
