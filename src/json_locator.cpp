// SPDX-License-Identifier: MIT
#include "replylint/json_locator.hpp"

#include <cctype>

namespace replylint {
namespace {
// Deeper documents are not rule files; stop rather than recurse without bound.
constexpr int kMaxDepth = 256;
}  // namespace

JsonLocator::JsonLocator(std::string_view text) : text_(text) {
  skip_whitespace();
  scan_value("", 0);
}

std::string JsonLocator::escape_token(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::size_t JsonLocator::value_offset(const std::string& pointer) const {
  std::string current = pointer;
  while (true) {
    auto it = values_.find(current);
    if (it != values_.end()) return it->second;
    if (current.empty()) return 0;
    current.erase(current.rfind('/'));
  }
}

std::size_t JsonLocator::key_offset(const std::string& pointer) const {
  auto it = keys_.find(pointer);
  return it != keys_.end() ? it->second : value_offset(pointer);
}

void JsonLocator::skip_whitespace() {
  while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
}

// Returns the decoded key (escapes resolved well enough for pointer lookups).
std::string JsonLocator::scan_string() {
  std::string out;
  ++pos_;  // opening quote
  while (pos_ < text_.size() && text_[pos_] != '"') {
    if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
      const char escaped = text_[pos_ + 1];
      switch (escaped) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'u':
          out += '?';  // keys with \u escapes are rare; the pointer only has to be unique
          pos_ += 4;
          break;
        default:
          out += escaped;
      }
      pos_ += 2;
    } else {
      out += text_[pos_++];
    }
  }
  ++pos_;  // closing quote
  return out;
}

void JsonLocator::scan_value(std::string pointer, int depth) {
  if (failed_ || pos_ >= text_.size() || depth > kMaxDepth) {
    failed_ = true;
    return;
  }
  values_.emplace(pointer, pos_);
  const char c = text_[pos_];
  if (c == '{') {
    ++pos_;
    std::unordered_map<std::string, std::size_t> seen;
    skip_whitespace();
    while (!failed_ && pos_ < text_.size() && text_[pos_] != '}') {
      if (text_[pos_] != '"') {
        failed_ = true;
        return;
      }
      const std::size_t key_start = pos_;
      const std::string key = scan_string();
      const std::string member = pointer + "/" + escape_token(key);
      auto [it, inserted] = seen.emplace(key, key_start);
      if (!inserted) duplicates_.push_back({member, it->second, key_start});
      keys_.emplace(member, key_start);
      skip_whitespace();
      if (pos_ < text_.size() && text_[pos_] == ':') ++pos_;
      skip_whitespace();
      scan_value(member, depth + 1);
      skip_whitespace();
      if (pos_ < text_.size() && text_[pos_] == ',') {
        ++pos_;
        skip_whitespace();
      }
    }
    ++pos_;
  } else if (c == '[') {
    ++pos_;
    skip_whitespace();
    std::size_t index = 0;
    while (!failed_ && pos_ < text_.size() && text_[pos_] != ']') {
      scan_value(pointer + "/" + std::to_string(index++), depth + 1);
      skip_whitespace();
      if (pos_ < text_.size() && text_[pos_] == ',') {
        ++pos_;
        skip_whitespace();
      }
    }
    ++pos_;
  } else if (c == '"') {
    scan_string();
  } else {
    // number, true, false, null
    while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' && text_[pos_] != ']' &&
           !std::isspace(static_cast<unsigned char>(text_[pos_]))) {
      ++pos_;
    }
  }
}

}  // namespace replylint
