// SPDX-License-Identifier: MIT
#include "replylint/placeholders.hpp"

#include <cctype>

#include "replylint/byte_scan.hpp"

namespace replylint {
namespace {

// Longest placeholder or tag recognised; a lone "{{" in prose must not swallow a whole reply.
constexpr std::size_t kMaxTagLength = 512;
constexpr std::size_t kMaxBracketLength = 48;
constexpr std::size_t kMaxPercentLength = 64;

bool is_identifier_start(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_';
}

bool is_identifier_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.' || c == '-';
}

// End (one past) of the first `close` after `from`, within kMaxTagLength of `start`; npos if none.
std::size_t find_close(std::string_view text, std::size_t start, std::size_t from,
                       std::string_view close) {
  const std::size_t at =
      text.substr(0, std::min(text.size(), start + kMaxTagLength)).find(close, from);
  return at == std::string_view::npos ? at : at + close.size();
}

// Handlebars/Mustache blocks, partials, comments and `else` are structure, not values.
bool is_mustache_tag(std::string_view inner) {
  while (!inner.empty() && (inner.front() == '~' || inner.front() == ' ')) inner.remove_prefix(1);
  if (inner.empty()) return false;
  const char sigil = inner.front();
  if (sigil == '#' || sigil == '/' || sigil == '^' || sigil == '!' || sigil == '>') return true;
  return inner.substr(0, 4) == "else" && (inner.size() == 4 || !is_identifier_char(inner[4]));
}

// `[Customer Name]`: a short run of words in brackets that is not Markdown link text.
std::size_t bracket_placeholder_end(std::string_view text, std::size_t i) {
  if (i + 1 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[i + 1]))) return 0;
  std::size_t j = i + 1;
  while (j < text.size() && j - i <= kMaxBracketLength) {
    const char c = text[j];
    if (c == ']') break;
    const bool allowed = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == ' ' || c == '_' ||
                         c == '.' || c == '\'' || c == '-' || static_cast<unsigned char>(c) >= 0x80;
    if (!allowed) return 0;
    ++j;
  }
  if (j >= text.size() || text[j] != ']') return 0;
  // "[text](url)", "[text][ref]" and "[ref]: url" are Markdown links: the text is the agent's.
  if (j + 1 < text.size() && (text[j + 1] == '(' || text[j + 1] == '[' || text[j + 1] == ':')) {
    return 0;
  }
  return j + 1;
}

// `%NAME%` / `%first_name%`: an identifier between percent signs ("50% off" is not one).
std::size_t percent_placeholder_end(std::string_view text, std::size_t i) {
  if (i + 1 >= text.size() || !is_identifier_start(text[i + 1])) return 0;
  std::size_t j = i + 2;
  while (j < text.size() && j - i <= kMaxPercentLength && is_identifier_char(text[j])) ++j;
  return j < text.size() && text[j] == '%' ? j + 1 : 0;
}

// `{!Contact.FirstName}` (Salesforce merge fields).
std::size_t bang_placeholder_end(std::string_view text, std::size_t i) {
  if (i + 2 >= text.size() || !is_identifier_start(text[i + 2])) return 0;
  std::size_t j = i + 3;
  while (j < text.size() && j - i <= kMaxPercentLength && is_identifier_char(text[j])) ++j;
  return j < text.size() && text[j] == '}' ? j + 1 : 0;
}

struct Placeholder {
  std::size_t end = 0;  // 0: none at this position
  char fill = 'x';
};

Placeholder placeholder_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  const char next = i + 1 < text.size() ? text[i + 1] : '\0';
  if (c == '{' && next == '{') {
    const bool triple = i + 2 < text.size() && text[i + 2] == '{';  // {{{unescaped}}}
    const std::size_t end = find_close(text, i, i + 2, triple ? "}}}" : "}}");
    if (end == std::string_view::npos) return {};
    if (triple) return {end, 'x'};
    return {end, is_mustache_tag(text.substr(i + 2, end - i - 4)) ? ' ' : 'x'};
  }
  if (c == '{' && next == '%') {
    const std::size_t end = find_close(text, i, i + 2, "%}");
    if (end == std::string_view::npos) return {};
    // Liquid/Jinja tags are written "{% if … %}" or "{%- … -%}"; "{%name%}" is a value.
    const char after = i + 2 < text.size() ? text[i + 2] : ' ';
    const bool tag = after == '-' || std::isspace(static_cast<unsigned char>(after)) != 0;
    return {end, tag ? ' ' : 'x'};
  }
  if (c == '{' && next == '#') {
    const std::size_t end = find_close(text, i, i + 2, "#}");
    return end == std::string_view::npos ? Placeholder{} : Placeholder{end, ' '};
  }
  if (c == '{' && next == '!') return {bang_placeholder_end(text, i)};
  if (c == '%') return {percent_placeholder_end(text, i)};
  if (c == '[') return {bracket_placeholder_end(text, i)};
  return {};
}

}  // namespace

void blank_range(std::string& text, std::size_t begin, std::size_t end, char fill) {
  for (std::size_t i = begin; i < end && i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') text[i] = fill;
  }
}

bool blank_placeholders(std::string& text) {
  bool changed = false;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c != '{' && c != '%' && c != '[') {
      i = find_any_of<'{', '%', '['>(text, i + 1);
      continue;
    }
    const Placeholder found = placeholder_at(text, i);
    if (found.end == 0 || found.end == std::string_view::npos) {
      ++i;
      continue;
    }
    blank_range(text, i, found.end, found.fill);
    changed = true;
    i = found.end;
  }
  return changed;
}

}  // namespace replylint
