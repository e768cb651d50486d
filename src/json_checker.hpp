// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/diagnostic.hpp"
#include "replylint/json_locator.hpp"
#include "replylint/rule.hpp"
#include "replylint/text_position.hpp"

namespace replylint {

/// Validation helpers for user-written JSON files (rule packs, config): parse with a located
/// syntax error, then check types, required and unknown keys and enum values, each reported as
/// `path:line:col: error: /pointer: message` with the source line. Shared so every file the
/// user writes is validated the same way.
class JsonChecker {
 public:
  using json = nlohmann::json;

  JsonChecker(std::string_view text, std::string path, Diagnostics& diagnostics);

  /// Parses the text; reports syntax errors and duplicate keys. nullopt on a syntax error.
  std::optional<json> parse();

  /// Reports an error at the value (or, with at_key, the member name) of `pointer`.
  void error(const std::string& pointer, const std::string& message, bool at_key = false);
  void note(const std::string& pointer, const std::string& message);
  std::size_t error_count() const { return errors_; }
  Diagnostics& diagnostics() { return diagnostics_; }

  /// A rule id to name in every message until cleared with "".
  void set_context(std::string rule_id) { context_ = std::move(rule_id); }

  SourceLocation location(const std::string& pointer, bool at_key = false) const;

  bool expect(const json& value, json::value_t type, const std::string& pointer);
  bool expect_integer(const json& value, const std::string& pointer, long min, long max);
  bool expect_number(const json& value, const std::string& pointer, double min, double max);
  bool expect_enum(const json& value, const std::string& pointer,
                   const std::vector<std::string>& names, const std::string& what);

  /// The member `key` of object `object` at `pointer`, reporting it missing when absent.
  const json* require(const json& object, const char* key, const std::string& pointer);
  static const json* optional(const json& object, const char* key);
  void reject_unknown_keys(const json& object, const std::string& pointer,
                           const std::vector<std::string>& allowed);
  /// A string or an array of strings into `out`.
  void read_string_list(const json& object, const std::string& pointer, const char* key,
                        std::vector<std::string>& out);

 private:
  void report(DiagnosticLevel level, std::size_t offset, const std::string& pointer,
              const std::string& message);

  std::string_view text_;
  std::string path_;
  Diagnostics& diagnostics_;
  std::optional<JsonLocator> locator_;
  LineIndex lines_;
  std::string context_;
  std::size_t errors_ = 0;
};

/// The JSON type name used in messages ("a string", "an array" …).
std::string describe_type(const nlohmann::json& value);

}  // namespace replylint
