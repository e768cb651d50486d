// SPDX-License-Identifier: MIT
#include "scoring_model_reader.hpp"

namespace replylint {

bool read_scoring_model(const nlohmann::json& node, const std::string& pointer, JsonChecker& check,
                        ScoringModel& model) {
  using json = nlohmann::json;
  static const std::vector<std::string> keys = {"base",
                                                "coverage_bonus",
                                                "repeat_factor",
                                                "softened_categories",
                                                "repair_factor",
                                                "dismissive_categories",
                                                "dismissive_ratio",
                                                "empathetic_min_dimensions",
                                                "empathetic_min_score"};
  if (!check.expect(node, json::value_t::object, pointer)) return false;
  const std::size_t errors_before = check.error_count();
  check.reject_unknown_keys(node, pointer, keys);
  const auto number = [&](const char* key, double& out, double min, double max) {
    const json* value = JsonChecker::optional(node, key);
    if (value && check.expect_number(*value, pointer + "/" + key, min, max)) {
      out = value->get<double>();
    }
  };
  const auto integer = [&](const char* key, int& out, long min, long max) {
    const json* value = JsonChecker::optional(node, key);
    if (value && check.expect_integer(*value, pointer + "/" + key, min, max)) {
      out = value->get<int>();
    }
  };
  const auto categories = [&](const char* key, std::vector<std::string>& out) {
    const json* value = JsonChecker::optional(node, key);
    const std::string list_pointer = pointer + "/" + key;
    if (!value || !check.expect(*value, json::value_t::array, list_pointer)) return;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < value->size(); ++i) {
      const std::string item = list_pointer + "/" + std::to_string(i);
      if (check.expect_enum((*value)[i], item, category_names(), "category")) {
        names.push_back((*value)[i].get<std::string>());
      }
    }
    out = std::move(names);
  };
  number("base", model.base, 0, 100);
  number("coverage_bonus", model.coverage_bonus, 0, 100);
  number("repeat_factor", model.repeat_factor, 0, 1);
  categories("softened_categories", model.softened_categories);
  number("repair_factor", model.repair_factor, 0, 1);
  categories("dismissive_categories", model.dismissive_categories);
  number("dismissive_ratio", model.dismissive_ratio, 0, 10);
  integer("empathetic_min_dimensions", model.empathetic_min_dimensions, 0,
          static_cast<long>(kDimensionCount));
  integer("empathetic_min_score", model.empathetic_min_score, 0, 100);
  return check.error_count() == errors_before;
}

}  // namespace replylint
