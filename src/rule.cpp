// SPDX-License-Identifier: MIT
#include "replylint/rule.hpp"

namespace replylint {

const std::vector<std::string>& severity_names() {
  static const std::vector<std::string> names = {"info", "warning", "error"};
  return names;
}

const std::vector<std::string>& dimension_names() {
  static const std::vector<std::string> names(kDimensionNames.begin(), kDimensionNames.end());
  return names;
}

const std::vector<std::string>& category_names() {
  static const std::vector<std::string> names = {
      "sympathy", "non-apology",        "hollow", "platitude", "dismissive", "minimizing",
      "blame",    "passive-aggressive", "policy", "dead-end",  "deflection", "empathy"};
  return names;
}

std::string_view to_string(Severity severity) {
  return severity_names()[static_cast<std::size_t>(severity)];
}

std::string_view to_string(Dimension dimension) {
  return dimension_names()[static_cast<std::size_t>(dimension)];
}

std::optional<Severity> parse_severity(std::string_view text) {
  for (std::size_t i = 0; i < severity_names().size(); ++i) {
    if (severity_names()[i] == text) return static_cast<Severity>(i);
  }
  return std::nullopt;
}

std::optional<Dimension> parse_dimension(std::string_view text) {
  for (std::size_t i = 0; i < dimension_names().size(); ++i) {
    if (dimension_names()[i] == text) return static_cast<Dimension>(i);
  }
  return std::nullopt;
}

}  // namespace replylint
