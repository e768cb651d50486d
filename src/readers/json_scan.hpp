// SPDX-License-Identifier: MIT
// Position-aware navigation of JSON text, for readers that must know where each string value
// sits in the file. nlohmann/json gives no positions past syntax errors, and building a tree of
// a large export only to find a few strings is wasteful, so this scans the text directly:
// validate once with check_json(), then walk with the functions below. They assume valid JSON.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "reply_builder.hpp"

namespace replylint::readers {

/// A JSON syntax error: byte offset in the checked text and a one-line message.
struct JsonSyntaxError {
  std::size_t offset = 0;
  std::string message;
};

/// Checks that `text` is one well-formed JSON value (surrounding whitespace allowed).
std::optional<JsonSyntaxError> check_json(std::string_view text);

/// Offset of the first non-whitespace byte at or after `i`.
std::size_t skip_json_space(std::string_view text, std::size_t i);

/// Offset just past the value starting at text[i].
std::size_t json_value_end(std::string_view text, std::size_t i);

/// Calls `visit(offset)` for each element of the array at text[i] (nothing if not an array).
void for_each_json_element(std::string_view text, std::size_t i,
                           const std::function<void(std::size_t)>& visit);

/// Offset of the value of member `key` of the object at text[i]; nullopt if absent or not an
/// object. With duplicate keys the last one wins, as in nlohmann/json.
std::optional<std::size_t> find_json_member(std::string_view text, std::size_t i,
                                            std::string_view key);

/// Follows a dotted path ("author.type", "items.0.text") from the value at text[i]; a member
/// whose name itself contains dots is found when it matches the rest of the path whole.
std::optional<std::size_t> find_json_path(std::string_view text, std::size_t i,
                                          std::string_view path);

/// Decodes the string literal at text[i] (its opening quote), every byte mapped to the offset of
/// its escape sequence. Returns false when text[i] is no string.
bool decode_json_string(std::string_view text, std::size_t i, DecodedText* out);

/// A scalar as text: a string decoded, a number, `true`, `false` or `null` as written; nullopt
/// for objects and arrays.
std::optional<std::string> json_scalar_text(std::string_view text, std::size_t i);

}  // namespace replylint::readers
