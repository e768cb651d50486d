// SPDX-License-Identifier: MIT
#include "json_checker.hpp"

#include <algorithm>

#include "replylint/did_you_mean.hpp"

namespace replylint {

namespace {

std::string describe(nlohmann::json::value_t type) {
  using T = nlohmann::json::value_t;
  switch (type) {
    case T::object:
      return "an object";
    case T::array:
      return "an array";
    case T::string:
      return "a string";
    case T::boolean:
      return "a boolean";
    case T::null:
      return "null";
    case T::number_integer:
    case T::number_unsigned:
      return "an integer";
    case T::number_float:
      return "a number";
    default:
      return "a value";
  }
}

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 3, column 5:
// syntax error while parsing object - unexpected '}'; expected string literal"; keep the tail.
std::string short_parse_message(const std::string& what) {
  std::string message = what;
  const std::size_t colon = message.find(": ", message.find("parse error"));
  if (colon != std::string::npos) message = message.substr(colon + 2);
  return message;
}

// Every rule, pattern and example remembers its source line for carets. A minified pack is one
// huge line: copying it thousands of times took gigabytes, so long lines are not quoted.
std::string quotable_line(std::string_view line) {
  constexpr std::size_t kMaxQuotedLine = 512;
  return line.size() <= kMaxQuotedLine ? std::string(line) : std::string();
}

}  // namespace

std::string describe_type(const nlohmann::json& value) {
  return describe(value.type());
}

JsonChecker::JsonChecker(std::string_view text, std::string path, Diagnostics& diagnostics)
    : text_(text), path_(std::move(path)), diagnostics_(diagnostics), lines_(text) {}

std::optional<nlohmann::json> JsonChecker::parse() {
  try {
    json root = json::parse(text_.begin(), text_.end());
    locator_.emplace(text_);
    for (const auto& duplicate : locator_->duplicate_keys()) {
      const TextPosition first = lines_.position(duplicate.first_offset);
      const std::string key = duplicate.pointer.substr(duplicate.pointer.rfind('/') + 1);
      report(DiagnosticLevel::Error, duplicate.second_offset, duplicate.pointer,
             "duplicate key \"" + key + "\" (first at line " + std::to_string(first.line) + ":" +
                 std::to_string(first.column) + "; JSON keeps only one)");
    }
    return root;
  } catch (const json::parse_error& e) {
    // e.byte is 1-based and names the character that could not be read.
    const std::size_t offset = e.byte > 0 ? std::min<std::size_t>(e.byte - 1, text_.size()) : 0;
    report(DiagnosticLevel::Error, offset, "", short_parse_message(e.what()));
    return std::nullopt;
  } catch (const json::exception& e) {
    // A number too large for a double is out_of_range, not parse_error (found by fuzzing); it
    // carries no position, so name the file.
    report(DiagnosticLevel::Error, 0, "", "invalid JSON: " + std::string(e.what()));
    return std::nullopt;
  }
}

void JsonChecker::report(DiagnosticLevel level, std::size_t offset, const std::string& pointer,
                         const std::string& message) {
  const TextPosition position = lines_.position(offset);
  Diagnostic d;
  d.level = level;
  d.path = path_;
  d.line = position.line;
  d.column = position.column;
  d.pointer = pointer;
  d.message = context_.empty() ? message : "rule \"" + context_ + "\": " + message;
  d.source_line = quotable_line(lines_.line_text(offset));
  if (level == DiagnosticLevel::Error) ++errors_;
  diagnostics_.add(std::move(d));
}

void JsonChecker::error(const std::string& pointer, const std::string& message, bool at_key) {
  const std::size_t offset =
      locator_ ? (at_key ? locator_->key_offset(pointer) : locator_->value_offset(pointer)) : 0;
  report(DiagnosticLevel::Error, offset, pointer, message);
}

void JsonChecker::note(const std::string& pointer, const std::string& message) {
  const std::size_t offset = locator_ ? locator_->value_offset(pointer) : 0;
  report(DiagnosticLevel::Note, offset, pointer, message);
}

SourceLocation JsonChecker::location(const std::string& pointer, bool at_key) const {
  const std::size_t offset =
      locator_ ? (at_key ? locator_->key_offset(pointer) : locator_->value_offset(pointer)) : 0;
  const TextPosition position = lines_.position(offset);
  return {path_, position.line, position.column, pointer, quotable_line(lines_.line_text(offset))};
}

bool JsonChecker::expect(const json& value, json::value_t type, const std::string& pointer) {
  if (value.type() == type) return true;
  error(pointer, "expected " + describe(type) + ", got " + describe_type(value));
  return false;
}

bool JsonChecker::expect_integer(const json& value, const std::string& pointer, long min,
                                 long max) {
  if (!value.is_number_integer()) {
    error(pointer, "expected an integer, got " + describe_type(value));
    return false;
  }
  const long number = value.get<long>();
  if (number < min || number > max) {
    error(pointer, "value " + std::to_string(number) + " is out of range [" + std::to_string(min) +
                       ", " + std::to_string(max) + "]");
    return false;
  }
  return true;
}

bool JsonChecker::expect_number(const json& value, const std::string& pointer, double min,
                                double max) {
  if (!value.is_number()) {
    error(pointer, "expected a number, got " + describe_type(value));
    return false;
  }
  const double number = value.get<double>();
  if (number < min || number > max) {
    error(pointer, "value " + value.dump() + " is out of range");
    return false;
  }
  return true;
}

bool JsonChecker::expect_enum(const json& value, const std::string& pointer,
                              const std::vector<std::string>& names, const std::string& what) {
  if (!expect(value, json::value_t::string, pointer)) return false;
  const std::string text = value.get<std::string>();
  if (std::find(names.begin(), names.end(), text) != names.end()) return true;
  std::string expected;
  for (const auto& name : names) expected += (expected.empty() ? "" : ", ") + name;
  error(pointer, "unknown " + what + " \"" + text + "\"" + did_you_mean_suffix(text, names) +
                     "; expected one of: " + expected);
  return false;
}

const nlohmann::json* JsonChecker::require(const json& object, const char* key,
                                           const std::string& pointer) {
  if (const json* member = optional(object, key)) return member;
  error(pointer, std::string("missing required key \"") + key + "\"");
  return nullptr;
}

const nlohmann::json* JsonChecker::optional(const json& object, const char* key) {
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

void JsonChecker::reject_unknown_keys(const json& object, const std::string& pointer,
                                      const std::vector<std::string>& allowed) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (std::find(allowed.begin(), allowed.end(), it.key()) != allowed.end()) continue;
    error(pointer + "/" + JsonLocator::escape_token(it.key()),
          "unknown key \"" + it.key() + "\"" + did_you_mean_suffix(it.key(), allowed), true);
  }
}

void JsonChecker::read_string_list(const json& object, const std::string& pointer, const char* key,
                                   std::vector<std::string>& out) {
  const json* value = optional(object, key);
  if (!value) return;
  const std::string list_pointer = pointer + "/" + key;
  if (value->is_string()) {
    out.push_back(value->get<std::string>());
    return;
  }
  if (!expect(*value, json::value_t::array, list_pointer)) return;
  for (std::size_t i = 0; i < value->size(); ++i) {
    const std::string item = list_pointer + "/" + std::to_string(i);
    if (expect((*value)[i], json::value_t::string, item))
      out.push_back((*value)[i].get<std::string>());
  }
}

}  // namespace replylint
