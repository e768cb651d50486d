// SPDX-License-Identifier: MIT
#include "json_scan.hpp"

#include <nlohmann/json.hpp>

#include "replylint/text_position.hpp"

namespace replylint::readers {
namespace {

using json = nlohmann::json;

// Accepts every event and remembers the first syntax error: validation without building a tree.
class SyntaxCheck : public nlohmann::json_sax<json> {
 public:
  std::optional<JsonSyntaxError> error;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error …": keep
    // the tail; the position is given separately.
    std::string message = ex.what();
    const std::size_t colon = message.find(": ", message.find("parse error"));
    if (colon != std::string::npos) message = message.substr(colon + 2);
    error = JsonSyntaxError{position > 0 ? position - 1 : 0, std::move(message)};
    return false;
  }
};

bool is_json_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t string_end(std::string_view text, std::size_t i) {
  for (std::size_t j = i + 1; j < text.size(); ++j) {
    if (text[j] == '\\') {
      ++j;
    } else if (text[j] == '"') {
      return j + 1;
    }
  }
  return text.size();
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string utf8_of(char32_t c) {
  std::string out;
  append_utf8(c, out);
  return out;
}

// The code unit of "\uXXXX" at text[i] (the backslash), or -1.
long unicode_escape(std::string_view text, std::size_t i) {
  if (i + 6 > text.size() || text[i] != '\\' || text[i + 1] != 'u') return -1;
  long value = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    const int digit = hex_value(text[k]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

// Decodes the escape at text[i] (a backslash) into `out`; returns its length in the source.
std::size_t decode_escape(std::string_view text, std::size_t i, DecodedText* out) {
  const char kind = i + 1 < text.size() ? text[i + 1] : '\0';
  const char* simple = nullptr;
  switch (kind) {
    case '"':
      simple = "\"";
      break;
    case '\\':
      simple = "\\";
      break;
    case '/':
      simple = "/";
      break;
    case 'b':
      simple = "\b";
      break;
    case 'f':
      simple = "\f";
      break;
    case 'n':
      simple = "\n";
      break;
    case 'r':
      simple = "\r";
      break;
    case 't':
      simple = "\t";
      break;
    default:
      break;
  }
  if (simple) {
    out->append(simple, i);
    return 2;
  }
  const long unit = unicode_escape(text, i);
  if (unit < 0) {
    out->append("\uFFFD", i);  // not valid JSON; check_json() rejects it before we get here
    return 2;
  }
  if (unit >= 0xD800 && unit <= 0xDBFF) {
    const long low = unicode_escape(text, i + 6);
    if (low >= 0xDC00 && low <= 0xDFFF) {
      out->append(utf8_of(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)), i);
      return 12;
    }
  }
  const bool lone_surrogate = unit >= 0xD800 && unit <= 0xDFFF;
  out->append(utf8_of(lone_surrogate ? 0xFFFD : static_cast<char32_t>(unit)), i);
  return 6;
}

bool all_digits(std::string_view token) {
  if (token.empty()) return false;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

std::optional<JsonSyntaxError> check_json(std::string_view text) {
  SyntaxCheck check;
  json::sax_parse(text.begin(), text.end(), &check);
  return check.error;
}

std::size_t skip_json_space(std::string_view text, std::size_t i) {
  while (i < text.size() && is_json_space(text[i])) ++i;
  return i;
}

std::size_t json_value_end(std::string_view text, std::size_t i) {
  if (i >= text.size()) return text.size();
  const char c = text[i];
  if (c == '"') return string_end(text, i);
  if (c == '{' || c == '[') {
    // Iterative, so deep nesting cannot overflow the stack.
    std::size_t depth = 0;
    for (std::size_t j = i; j < text.size(); ++j) {
      const char d = text[j];
      if (d == '"') {
        j = string_end(text, j) - 1;
      } else if (d == '{' || d == '[') {
        ++depth;
      } else if ((d == '}' || d == ']') && --depth == 0) {
        return j + 1;
      }
    }
    return text.size();
  }
  std::size_t j = i;
  while (j < text.size() && text[j] != ',' && text[j] != '}' && text[j] != ']' &&
         !is_json_space(text[j])) {
    ++j;
  }
  return j;
}

void for_each_json_element(std::string_view text, std::size_t i,
                           const std::function<void(std::size_t)>& visit) {
  if (i >= text.size() || text[i] != '[') return;
  std::size_t j = skip_json_space(text, i + 1);
  while (j < text.size() && text[j] != ']') {
    visit(j);
    j = skip_json_space(text, json_value_end(text, j));
    if (j < text.size() && text[j] == ',') j = skip_json_space(text, j + 1);
  }
}

std::optional<std::size_t> find_json_member(std::string_view text, std::size_t i,
                                            std::string_view key) {
  if (i >= text.size() || text[i] != '{') return std::nullopt;
  std::optional<std::size_t> found;
  std::size_t j = skip_json_space(text, i + 1);
  while (j < text.size() && text[j] == '"') {
    const std::size_t key_end = string_end(text, j);
    const std::string_view raw = text.substr(j + 1, key_end - j - 2);
    bool same = raw == key;
    if (!same && raw.find('\\') != std::string_view::npos) {
      DecodedText decoded;
      decode_json_string(text, j, &decoded);
      same = decoded.text == key;
    }
    j = skip_json_space(text, key_end);
    if (j < text.size() && text[j] == ':') j = skip_json_space(text, j + 1);
    if (same) found = j;
    j = skip_json_space(text, json_value_end(text, j));
    if (j < text.size() && text[j] == ',') j = skip_json_space(text, j + 1);
  }
  return found;
}

std::optional<std::size_t> find_json_path(std::string_view text, std::size_t i,
                                          std::string_view path) {
  if (path.empty()) return i;
  if (auto whole = find_json_member(text, i, path)) return whole;
  const std::size_t dot = path.find('.');
  if (dot == std::string_view::npos) {
    if (i >= text.size() || text[i] != '[' || !all_digits(path)) return std::nullopt;
  }
  const std::string_view token = path.substr(0, dot);
  const std::string_view rest = dot == std::string_view::npos ? "" : path.substr(dot + 1);
  std::optional<std::size_t> child;
  if (i < text.size() && text[i] == '[' && all_digits(token)) {
    const std::size_t wanted = std::stoul(std::string(token));
    std::size_t index = 0;
    for_each_json_element(text, i, [&](std::size_t element) {
      if (index++ == wanted) child = element;
    });
  } else {
    child = find_json_member(text, i, token);
  }
  if (!child) return std::nullopt;
  return find_json_path(text, *child, rest);
}

bool decode_json_string(std::string_view text, std::size_t i, DecodedText* out) {
  if (i >= text.size() || text[i] != '"') return false;
  std::size_t j = i + 1;
  while (j < text.size() && text[j] != '"') {
    if (text[j] == '\\') {
      j += decode_escape(text, j, out);
      continue;
    }
    std::size_t run_end = j;
    while (run_end < text.size() && text[run_end] != '"' && text[run_end] != '\\') ++run_end;
    out->append_literal(text.substr(j, run_end - j), j);
    j = run_end;
  }
  out->finish(std::min(j, text.size()));
  return true;
}

std::optional<std::string> json_scalar_text(std::string_view text, std::size_t i) {
  if (i >= text.size() || text[i] == '{' || text[i] == '[') return std::nullopt;
  if (text[i] == '"') {
    DecodedText decoded;
    decode_json_string(text, i, &decoded);
    return decoded.text;
  }
  return std::string(text.substr(i, json_value_end(text, i) - i));
}

}  // namespace replylint::readers
