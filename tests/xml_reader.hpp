// SPDX-License-Identifier: MIT
// A minimal XML reader for the XML printer tests: enough to prove well-formedness and to read
// the printers' output back.
#pragma once

#include <catch2/catch.hpp>
#include <cctype>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/text_position.hpp"

namespace replylint::testing {

struct XmlElement {
  std::string name;
  std::map<std::string, std::string> attributes;  // decoded
  std::vector<XmlElement> children;
  std::string text;  // decoded character data directly inside

  const std::string& attr(const std::string& key) const {
    INFO("attribute " << key << " of <" << name << ">");
    REQUIRE(attributes.count(key) == 1);
    return attributes.at(key);
  }
};

// Throws on anything that is not well-formed: unbalanced or mismatched tags, a raw `<` or a bare
// `&` in text or attributes, unknown entities, duplicate attributes, text after the root.
class XmlReader {
 public:
  explicit XmlReader(std::string_view text) : s_(text) {}

  XmlElement document() {
    expect("<?xml ");
    const std::size_t end = s_.find("?>", i_);
    if (end == std::string_view::npos) fail("unterminated declaration");
    i_ = end + 2;
    skip_space();
    XmlElement root = element();
    skip_space();
    if (i_ != s_.size()) fail("content after the root element");
    return root;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error(what + " at byte " + std::to_string(i_));
  }
  void expect(std::string_view token) {
    if (s_.substr(i_, token.size()) != token) fail("expected " + std::string(token));
    i_ += token.size();
  }
  void skip_space() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }
  std::string name() {
    const std::size_t start = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) ||
                              std::string_view("_-.:").find(s_[i_]) != std::string_view::npos)) {
      ++i_;
    }
    if (i_ == start) fail("expected a name");
    return std::string(s_.substr(start, i_ - start));
  }
  std::string decode(std::string_view raw) const {
    static const std::map<std::string, std::string> kEntities = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}};
    std::string out;
    for (std::size_t k = 0; k < raw.size(); ++k) {
      if (raw[k] == '<') fail("raw < in text");
      if (raw[k] != '&') {
        out += raw[k];
        continue;
      }
      const std::size_t semi = raw.find(';', k);
      if (semi == std::string_view::npos) fail("bare &");
      const std::string ref(raw.substr(k + 1, semi - k - 1));
      if (!ref.empty() && ref[0] == '#') {
        const long code = ref.size() > 1 && ref[1] == 'x' ? std::stol(ref.substr(2), nullptr, 16)
                                                          : std::stol(ref.substr(1));
        if (code >= 0x80) fail("test reader decodes ASCII references only");
        out += static_cast<char>(code);
      } else if (kEntities.count(ref)) {
        out += kEntities.at(ref);
      } else {
        fail("unknown entity &" + ref + ";");
      }
      k = semi;
    }
    return out;
  }
  XmlElement element() {
    expect("<");
    XmlElement element;
    element.name = name();
    for (;;) {
      skip_space();
      if (s_.substr(i_, 2) == "/>") {
        i_ += 2;
        return element;
      }
      if (s_.substr(i_, 1) == ">") {
        ++i_;
        break;
      }
      const std::string key = name();
      skip_space();
      expect("=");
      skip_space();
      if (i_ >= s_.size() || (s_[i_] != '"' && s_[i_] != '\'')) fail("unquoted attribute");
      const char quote = s_[i_++];
      const std::size_t end = s_.find(quote, i_);
      if (end == std::string_view::npos) fail("unterminated attribute");
      if (!element.attributes.emplace(key, decode(s_.substr(i_, end - i_))).second) {
        fail("duplicate attribute " + key);
      }
      i_ = end + 1;
    }
    for (;;) {
      const std::size_t lt = s_.find('<', i_);
      if (lt == std::string_view::npos) fail("unclosed <" + element.name + ">");
      element.text += decode(s_.substr(i_, lt - i_));
      i_ = lt;
      if (s_.substr(i_, 2) == "</") {
        i_ += 2;
        if (name() != element.name) fail("mismatched </...> for <" + element.name + ">");
        skip_space();
        expect(">");
        return element;
      }
      element.children.push_back(this->element());
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

inline XmlElement parse_xml(const std::string& text) {
  REQUIRE(find_invalid_utf8(text) == std::string::npos);
  try {
    return XmlReader(text).document();
  } catch (const std::exception& e) {
    FAIL("not well-formed XML: " << e.what() << "\n" << text);
  }
  return {};
}

}  // namespace replylint::testing
