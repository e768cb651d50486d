// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace replylint {

/// A member name written as is: a string literal checked at compile time to need no escaping
/// (printable ASCII, no '"' or '\\'). Its compact form `,"name":` is laid out at compile time in a
/// fixed 64-byte block, which JsonWriter::key copies with one constant-size copy.
class JsonKey {
 public:
  static constexpr std::size_t kBlock = 64;

  consteval JsonKey(const char* name) : name_(name) {  // NOLINT: implicit from literals
    for (const char c : name_) {
      if (c < 0x20 || c == '"' || c == '\\' || static_cast<unsigned char>(c) >= 0x7F) {
        throw "JsonKey: use JsonWriter::escaped_key for names that need escaping";
      }
    }
    if (name_.size() + 4 > kBlock) return;  // too long for the block: written the slow way
    compact_[0] = ',';
    compact_[1] = '"';
    for (std::size_t i = 0; i < name_.size(); ++i) compact_[2 + i] = name_[i];
    compact_[2 + name_.size()] = '"';
    compact_[3 + name_.size()] = ':';
    compact_size_ = name_.size() + 4;
  }
  std::string_view text() const { return name_; }
  /// `,"name":` followed by padding, or compact_size() == 0 when the name is too long.
  const std::array<char, kBlock>& compact() const { return compact_; }
  std::size_t compact_size() const { return compact_size_; }

 private:
  std::string_view name_;
  std::array<char, kBlock> compact_{};
  std::size_t compact_size_ = 0;
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
///
/// Speed (docs/performance.md): the writer reserves room in `out` ahead of what it writes (the
/// string's size runs ahead of the text) and copies small pieces with constant-size copies, so
/// a record costs no call per piece. `out` holds exactly the text written once the writer is
/// destroyed or finish() is called; until then written() is the text. Several top-level values
/// may follow each other, with raw() text (a newline) between them.
class JsonWriter {
 public:
  /// `base_depth`: when pretty-printing, indent as if that many containers were already open
  /// (for a value that raw_value() puts at that depth later).
  explicit JsonWriter(std::string& out, int indent = -1, int base_depth = 0)
      : out_(out), begin_(out.size()), end_(begin_), indent_(indent), base_depth_(base_depth) {}
  ~JsonWriter() { finish(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  /// The next member's key; the value follows with one of the calls below.
  void key(const JsonKey& name);
  /// The same for any name (escaped like a string value).
  void escaped_key(std::string_view name);

  void string(std::string_view text) {
    before_value();
    write_string(text);
  }
  void integer(std::int64_t value);
  void unsigned_integer(std::uint64_t value);
  void boolean(bool value) {
    before_value();
    append(value ? std::string_view("true") : std::string_view("false"));
  }
  void null() {
    before_value();
    append("null");
  }
  /// As nlohmann prints a double: shortest round trip, ".0" for integral values, null for NaN
  /// and infinities.
  void number(double value);
  /// Any value through nlohmann (for the cold parts: summary, analytics), indented to fit.
  void value(const nlohmann::ordered_json& value);
  /// One value already written by a JsonWriter with the same indent whose base_depth was this
  /// writer's depth() (plus its own base_depth).
  void raw_value(std::string_view json);

  /// Text outside any value, written as is (a newline between JSON Lines records).
  void raw(std::string_view text) { append(text); }

  /// What this writer has written to `out` so far.
  std::string_view written() const { return std::string_view(out_.data() + begin_, end_ - begin_); }
  /// Forgets what it has written (between top-level values), keeping the room reserved ahead:
  /// the JSON Lines printer writes written() out and goes on in the same memory.
  void restart() { end_ = begin_; }
  /// Gives `out` its exact size (the destructor does it too).
  void finish() { out_.resize(end_); }

  /// Whether it writes compact JSON (no indentation).
  bool compact() const { return indent_ < 0; }

  /// Nesting depth: how many containers are open.
  int depth() const { return static_cast<int>(first_.size()); }

 private:
  void open(char bracket);
  void close(char bracket);
  void before_value();
  void newline_and_indent(int depth);
  void before_member();
  // Room for `n` more bytes at out_.data() + end_ (out_ grows ahead of the text).
  char* room(std::size_t n) {
    if (out_.size() - end_ < n) grow(n);
    return out_.data() + end_;
  }
  void grow(std::size_t n);
  void append(std::string_view text) {
    std::memcpy(room(text.size()), text.data(), text.size());
    end_ += text.size();
  }
  void push_back(char c) {
    *room(1) = c;
    ++end_;
  }
  void write_string(std::string_view text);

  std::string& out_;
  std::size_t begin_;  ///< where this writer's text starts in out_
  std::size_t end_;    ///< where it ends; out_.size() may run ahead
  int indent_;
  int base_depth_;
  bool after_key_ = false;
  std::vector<unsigned char> first_;  ///< per open container: nothing written in it yet
};

}  // namespace replylint
