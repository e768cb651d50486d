// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace replylint {

/// Makes template syntax opaque to rules, in place and without changing the length (so offsets
/// stay valid and no finding can start or end inside a placeholder):
/// - value placeholders become runs of 'x', so a sentence keeps a word where the value goes:
///   `{{ticket.requester.first_name}}`, `{{{raw}}}`, `{!Case.Contact}`, `%NAME%`,
///   `{%customer.fullName%}` (no space after `{%`), `[Customer Name]` (not a Markdown link);
/// - control tags become spaces, because they stand for no word and an 'x' run glued to the next
///   word would hide it: `{% if vip %}`, `{%- endif -%}`, `{# comment #}`, `{{#if x}}`,
///   `{{/if}}`, `{{else}}`, `{{^list}}`, `{{! comment }}`.
/// Newlines inside a placeholder are kept. Returns true when anything was blanked.
bool blank_placeholders(std::string& text);

/// Replaces every byte of text[begin, end) except line breaks with `fill`, in place.
void blank_range(std::string& text, std::size_t begin, std::size_t end, char fill = ' ');

}  // namespace replylint
