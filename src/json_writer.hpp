// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace replylint {

/// A member name written as is: a string literal checked at compile time to need no escaping
/// (printable ASCII, no '"' or '\\'), so JsonWriter::key copies it without scanning.
class JsonKey {
 public:
  consteval JsonKey(const char* name) : name_(name) {  // NOLINT: implicit from literals
    for (const char c : name_) {
      if (c < 0x20 || c == '"' || c == '\\' || static_cast<unsigned char>(c) >= 0x7F) {
        throw "JsonKey: use JsonWriter::escaped_key for names that need escaping";
      }
    }
  }
  std::string_view text() const { return name_; }

 private:
  std::string_view name_;
};

/// Appends JSON text to a string, byte for byte what nlohmann's
/// `dump(indent, ' ', /*ensure_ascii=*/false, error_handler_t::replace)` writes for the same
/// values in the same order: the json and jsonl printers' hot path, without building a tree
/// (docs/performance.md). Compact when `indent` < 0, pretty-printed like dump(indent) otherwise.
/// Strings are escaped as nlohmann does (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other bytes
/// below 0x20 as `\u00xx`, everything else as is); a string with invalid UTF-8 is handed to
/// nlohmann itself, so U+FFFD replacement is the library's own. Doubles go through nlohmann's
/// own to_chars. The caller pairs begin/end and puts a key before every value in an object;
/// tests/json_writer_test.cpp checks the output against nlohmann.
class JsonWriter {
 public:
  /// `base_depth`: when pretty-printing, indent as if that many containers were already open
  /// (for a value that raw_value() puts at that depth later).
  explicit JsonWriter(std::string& out, int indent = -1, int base_depth = 0)
      : out_(out), indent_(indent), base_depth_(base_depth) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  /// The next member's key; the value follows with one of the calls below.
  void key(JsonKey name);
  /// The same for any name (escaped like a string value).
  void escaped_key(std::string_view name);

  void string(std::string_view text) {
    before_value();
    append_string(out_, text);
  }
  void integer(std::int64_t value);
  void unsigned_integer(std::uint64_t value);
  void boolean(bool value) {
    before_value();
    out_.append(value ? "true" : "false");
  }
  void null() {
    before_value();
    out_.append("null");
  }
  /// As nlohmann prints a double: shortest round trip, ".0" for integral values, null for NaN
  /// and infinities.
  void number(double value);
  /// Any value through nlohmann (for the cold parts: summary, analytics), indented to fit.
  void value(const nlohmann::ordered_json& value);
  /// One value already written by a JsonWriter with the same indent whose base_depth was this
  /// writer's depth() (plus its own base_depth).
  void raw_value(std::string_view json);

  /// Nesting depth: how many containers are open.
  int depth() const { return static_cast<int>(first_.size()); }

  /// `text` as a JSON string literal, quotes included.
  static void append_string(std::string& out, std::string_view text);

 private:
  void open(char bracket);
  void close(char bracket);
  void before_value();
  void newline_and_indent(int depth);
  void before_member();

  std::string& out_;
  int indent_;
  int base_depth_;
  bool after_key_ = false;
  std::vector<unsigned char> first_;  ///< per open container: nothing written in it yet
};

}  // namespace replylint
