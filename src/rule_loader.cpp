// SPDX-License-Identifier: MIT
#include "replylint/rule_loader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "json_checker.hpp"
#include "replylint/did_you_mean.hpp"
#include "replylint/matcher.hpp"
#include "scoring_model_reader.hpp"

namespace replylint {
namespace {

using nlohmann::json;

const std::vector<std::string> kFileKeys = {"$schema",     "format", "pack",
                                            "description", "rules",  "scoring"};
const std::vector<std::string> kRuleKeys = {
    "id",      "category",         "dimension",      "severity",      "weight",
    "message", "patterns",         "unless",         "unless_before", "unless_after",
    "window",  "unless_reply_has", "case_sensitive", "suggest",       "explain",
    "source",  "examples"};
const std::vector<std::string> kExampleKeys = {"match", "no_match"};

bool valid_rule_id(const std::string& id) {
  if (id.empty()) return false;
  bool previous_separator = true;
  for (char c : id) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    const bool separator = c == '-' || c == '/' || c == '.';
    if (!word && !separator) return false;
    if (separator && previous_separator) return false;
    previous_separator = separator;
  }
  return !previous_separator;
}

class RuleReader {
 public:
  RuleReader(JsonChecker& checker, const std::string& pack) : check_(checker), pack_(pack) {}

  std::optional<Rule> read(const json& node, const std::string& pointer) {
    if (!check_.expect(node, json::value_t::object, pointer)) return std::nullopt;
    const std::size_t errors_before = check_.error_count();
    Rule rule;
    rule.pack = pack_;
    rule.location = check_.location(pointer + "/id");  // falls back to the object
    if (const json* id = check_.require(node, "id", pointer)) {
      if (check_.expect(*id, json::value_t::string, pointer + "/id")) {
        rule.id = id->get<std::string>();
        if (!valid_rule_id(rule.id)) {
          check_.error(pointer + "/id",
                       "invalid rule id \"" + rule.id +
                           "\": use lowercase words of [a-z0-9] joined by '-', '/' or '.'");
        }
      }
    }
    check_.set_context(rule.id);
    check_.reject_unknown_keys(node, pointer, kRuleKeys);
    read_kind(node, pointer, rule);
    read_strings(node, pointer, "message", rule.message, true);
    read_patterns(node, pointer, "patterns", rule.patterns, true);
    read_patterns(node, pointer, "unless", rule.unless, false);
    read_patterns(node, pointer, "unless_before", rule.unless_before, false);
    read_patterns(node, pointer, "unless_after", rule.unless_after, false);
    if (const json* window = check_.optional(node, "window")) {
      if (check_.expect_integer(*window, pointer + "/window", 1, 1000)) {
        rule.window = window->get<int>();
      }
    }
    read_reply_conditions(node, pointer, rule);
    if (const json* flag = check_.optional(node, "case_sensitive")) {
      if (check_.expect(*flag, json::value_t::boolean, pointer + "/case_sensitive")) {
        rule.case_sensitive = flag->get<bool>();
      }
    }
    check_.read_string_list(node, pointer, "suggest", rule.suggest);
    check_.read_string_list(node, pointer, "explain", rule.explain);
    read_strings(node, pointer, "source", rule.source, false);
    read_examples(node, pointer, rule);
    check_.set_context("");
    if (check_.error_count() != errors_before) {
      check_rule_patterns(rule, check_.diagnostics());
      return std::nullopt;
    }
    return rule;
  }

 private:
  // category, dimension, severity and weight must agree: evidence is exactly category "empathy".
  void read_kind(const json& node, const std::string& pointer, Rule& rule) {
    if (const json* category = check_.require(node, "category", pointer)) {
      if (check_.expect_enum(*category, pointer + "/category", category_names(), "category")) {
        rule.category = category->get<std::string>();
      }
    }
    const bool evidence = rule.category == "empathy";
    if (const json* weight = check_.require(node, "weight", pointer)) {
      if (check_.expect_integer(*weight, pointer + "/weight", -50, 50)) {
        rule.weight = weight->get<int>();
        if (rule.weight == 0) {
          check_.error(pointer + "/weight", "weight must not be 0");
        } else if (!rule.category.empty() && evidence != (rule.weight > 0)) {
          check_.error(pointer + "/weight", evidence
                                                ? "empathy evidence needs a positive weight"
                                                : "a problem rule (category \"" + rule.category +
                                                      "\") needs a negative weight");
        }
      }
    }
    const json* dimension = check_.optional(node, "dimension");
    if (dimension &&
        check_.expect_enum(*dimension, pointer + "/dimension", dimension_names(), "dimension")) {
      rule.dimension = parse_dimension(dimension->get<std::string>());
      if (!evidence && !rule.category.empty()) {
        check_.error(pointer + "/dimension", "only category \"empathy\" rules have a dimension",
                     true);
      }
    } else if (!dimension && evidence) {
      check_.error(pointer, "missing required key \"dimension\" (empathy evidence needs one)");
    }
    if (const json* severity = check_.optional(node, "severity")) {
      if (check_.expect_enum(*severity, pointer + "/severity", severity_names(), "severity")) {
        rule.severity = *parse_severity(severity->get<std::string>());
      }
    }
    if (evidence) rule.severity = Severity::Info;
  }

  void read_strings(const json& node, const std::string& pointer, const char* key, std::string& out,
                    bool required) {
    const json* value = required ? check_.require(node, key, pointer) : check_.optional(node, key);
    if (value && check_.expect(*value, json::value_t::string, pointer + "/" + key)) {
      out = value->get<std::string>();
      if (required && out.empty())
        check_.error(pointer + "/" + key, std::string(key) + " is empty");
    }
  }

  void read_patterns(const json& node, const std::string& pointer, const char* key,
                     std::vector<Pattern>& out, bool required) {
    const json* list = required ? check_.require(node, key, pointer) : check_.optional(node, key);
    const std::string list_pointer = pointer + "/" + key;
    if (!list || !check_.expect(*list, json::value_t::array, list_pointer)) return;
    if (list->empty()) {
      check_.error(list_pointer, std::string("empty pattern list \"") + key + "\"" +
                                     (required ? ": a rule needs at least one pattern" : ""));
      return;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string item = list_pointer + "/" + std::to_string(i);
      if (!check_.expect((*list)[i], json::value_t::string, item)) continue;
      Pattern pattern{(*list)[i].get<std::string>(), check_.location(item)};
      if (pattern.text.empty()) {
        check_.error(item, "empty pattern matches everything");
        continue;
      }
      out.push_back(std::move(pattern));
    }
  }

  void read_reply_conditions(const json& node, const std::string& pointer, Rule& rule) {
    const json* list = check_.optional(node, "unless_reply_has");
    const std::string list_pointer = pointer + "/unless_reply_has";
    if (!list || !check_.expect(*list, json::value_t::array, list_pointer)) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string item = list_pointer + "/" + std::to_string(i);
      if (check_.expect_enum((*list)[i], item, dimension_names(), "dimension")) {
        rule.unless_reply_has.push_back(*parse_dimension((*list)[i].get<std::string>()));
      }
    }
  }

  void read_examples(const json& node, const std::string& pointer, Rule& rule) {
    const json* examples = check_.require(node, "examples", pointer);
    const std::string examples_pointer = pointer + "/examples";
    if (!examples || !check_.expect(*examples, json::value_t::object, examples_pointer)) return;
    check_.reject_unknown_keys(*examples, examples_pointer, kExampleKeys);
    read_example_list(*examples, examples_pointer, "match", rule.match_examples);
    read_example_list(*examples, examples_pointer, "no_match", rule.no_match_examples);
  }

  void read_example_list(const json& examples, const std::string& pointer, const char* key,
                         std::vector<RuleExample>& out) {
    const json* list = check_.require(examples, key, pointer);
    const std::string list_pointer = pointer + "/" + key;
    if (!list || !check_.expect(*list, json::value_t::array, list_pointer)) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string item = list_pointer + "/" + std::to_string(i);
      if (check_.expect((*list)[i], json::value_t::string, item)) {
        out.push_back({(*list)[i].get<std::string>(), check_.location(item)});
      }
    }
  }

  JsonChecker& check_;
  std::string pack_;
};

}  // namespace

RulePack load_rule_pack(std::string_view text, const std::string& path, const ScoringModel& base,
                        Diagnostics& diagnostics) {
  const std::size_t first_diagnostic = diagnostics.size();
  RulePack pack;
  pack.path = path;
  pack.scoring = base;
  JsonChecker check(text, path, diagnostics);
  const std::optional<json> root = check.parse();
  if (!root || !check.expect(*root, json::value_t::object, "")) return pack;
  check.reject_unknown_keys(*root, "", kFileKeys);
  if (const json* format = check.require(*root, "format", "")) {
    if (check.expect_integer(*format, "/format", 1, 1000000) && format->get<int>() != 1) {
      check.error("/format", "unsupported format " + format->dump() + " (this replylint reads 1)");
    }
  }
  if (const json* name = check.require(*root, "pack", "")) {
    if (check.expect(*name, json::value_t::string, "/pack")) pack.name = name->get<std::string>();
  }
  if (const json* description = check.optional(*root, "description")) {
    check.expect(*description, json::value_t::string, "/description");
  }
  if (const json* scoring = check.optional(*root, "scoring")) {
    pack.has_scoring = read_scoring_model(*scoring, "/scoring", check, pack.scoring);
  }
  const json* rules =
      pack.has_scoring ? check.optional(*root, "rules") : check.require(*root, "rules", "");
  if (rules && check.expect(*rules, json::value_t::array, "/rules")) {
    RuleReader reader(check, pack.name);
    for (std::size_t i = 0; i < rules->size(); ++i) {
      if (auto rule = reader.read((*rules)[i], "/rules/" + std::to_string(i))) {
        pack.rules.push_back(std::move(*rule));
      }
    }
  }
  diagnostics.sort_from(first_diagnostic);
  return pack;
}

std::vector<RulePack> load_rule_path(const std::string& path, const ScoringModel& base,
                                     Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code error;
  if (fs::is_directory(path, error)) {
    for (const auto& entry : fs::directory_iterator(path, error)) {
      if (entry.path().extension() == ".json" && entry.path().filename() != "schema.json") {
        files.push_back(entry.path().string());
      }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) diagnostics.error(path, "no *.json rule files in this folder");
  } else {
    files.push_back(path);
  }
  std::vector<RulePack> packs;
  ScoringModel scoring = base;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      diagnostics.error(file, "cannot read rule file: " + std::string(std::strerror(errno)));
      continue;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    packs.push_back(load_rule_pack(buffer.str(), file, scoring, diagnostics));
    if (packs.back().has_scoring) scoring = packs.back().scoring;
  }
  return packs;
}

}  // namespace replylint
