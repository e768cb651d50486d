// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace replylint {

/// Where the JSON values and object keys of a document start, by JSON pointer. nlohmann/json
/// reports positions only for syntax errors; this scanner gives every validation message an
/// exact file:line:col. It also notices duplicate object keys, which nlohmann silently merges.
///
/// Scan only text that nlohmann already parsed successfully; on malformed text it stops early.
class JsonLocator {
 public:
  struct DuplicateKey {
    std::string pointer;  ///< pointer of the repeated member
    std::size_t first_offset;
    std::size_t second_offset;
  };

  explicit JsonLocator(std::string_view text);

  /// Byte offset where the value at `pointer` starts; for a missing pointer, the offset of the
  /// closest existing ancestor (so "missing key" errors point at the enclosing object).
  std::size_t value_offset(const std::string& pointer) const;

  /// Byte offset of the key of member `pointer` (its opening quote), else value_offset().
  std::size_t key_offset(const std::string& pointer) const;

  const std::vector<DuplicateKey>& duplicate_keys() const { return duplicates_; }

  /// Escapes one reference token per RFC 6901 ("~" -> "~0", "/" -> "~1").
  static std::string escape_token(std::string_view token);

 private:
  void scan_value(std::string pointer, int depth);
  void skip_whitespace();
  std::string scan_string();

  std::string_view text_;
  std::size_t pos_ = 0;
  bool failed_ = false;
  std::unordered_map<std::string, std::size_t> values_;
  std::unordered_map<std::string, std::size_t> keys_;
  std::vector<DuplicateKey> duplicates_;
};

}  // namespace replylint
