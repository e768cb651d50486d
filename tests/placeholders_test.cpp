// SPDX-License-Identifier: MIT
#include "replylint/placeholders.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

using replylint::blank_placeholders;

namespace {

std::string blanked(std::string text) {
  blank_placeholders(text);
  return text;
}

// `text` with each of `parts` replaced by a same-length run of `fill`.
std::string expect(std::string text, const std::vector<std::string>& parts, char fill) {
  for (const std::string& part : parts) {
    const std::size_t at = text.find(part);
    REQUIRE(at != std::string::npos);
    text.replace(at, part.size(), std::string(part.size(), fill));
  }
  return text;
}

}  // namespace

TEST_CASE("value placeholders become same-length runs of x") {
  for (const auto& [text, placeholder] : std::vector<std::pair<std::string, std::string>>{
           {"Hi {{ticket.requester.first_name}}, thanks.", "{{ticket.requester.first_name}}"},
           {"Hi {{ name | default: \"there\" }}!", "{{ name | default: \"there\" }}"},
           {"Dear %NAME%,", "%NAME%"},
           {"Dear [Customer Name],", "[Customer Name]"},
           {"Hi {!Contact.FirstName}!", "{!Contact.FirstName}"},
           {"Hi {{{raw_name}}}.", "{{{raw_name}}}"},
           {"Hi {%customer.fullName%}.", "{%customer.fullName%}"}}) {
    CHECK(blanked(text) == expect(text, {placeholder}, 'x'));
  }
}

TEST_CASE("control tags become spaces so they never glue onto a word") {
  CHECK(blanked("{% if vip %}Thanks!{% endif %}") ==
        expect("{% if vip %}Thanks!{% endif %}", {"{% if vip %}", "{% endif %}"}, ' '));
  CHECK(blanked("{%- else -%}ok") == expect("{%- else -%}ok", {"{%- else -%}"}, ' '));
  CHECK(blanked("{{#if vip}}Yes{{/if}}{{else}}") ==
        expect("{{#if vip}}Yes{{/if}}{{else}}", {"{{#if vip}}", "{{/if}}", "{{else}}"}, ' '));
  CHECK(blanked("a{# note #}b") == expect("a{# note #}b", {"{# note #}"}, ' '));
  CHECK(blanked("a{{! note }}b") == expect("a{{! note }}b", {"{{! note }}"}, ' '));
  CHECK(blanked("{{> footer}}") == expect("{{> footer}}", {"{{> footer}}"}, ' '));
}

TEST_CASE("placeholder blanking keeps length and line breaks") {
  const std::string text = "{% if a\n   and b %}\nHello {{name}}\n";
  const std::string out = blanked(text);
  CHECK(out.size() == text.size());
  CHECK(out == "       \n           \nHello xxxxxxxx\n");
}

TEST_CASE("ordinary text that looks a little like a placeholder is left alone") {
  for (const std::string text :
       {"50% off and 20% more", "See [the guide](https://example.com/guide).",
        "[ref][1] and [1]: https://example.com", "Unclosed {{ brace", "[1] footnote", "a % b % c",
        "set {x}"}) {
    CHECK(blanked(text) == text);
  }
}
