// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "replylint/document.hpp"
#include "replylint/report.hpp"

namespace replylint {

/// One highlighted byte range of a reply as the HTML report shows it.
struct Highlight {
  std::size_t begin = 0;  ///< byte offsets into ReplyText::text, [begin, end)
  std::size_t end = 0;
  std::string category;  ///< the rule's category
  bool evidence = false;
  std::string rule;   ///< the rule id
  std::string label;  ///< the words shown with it: the category, plus the dimension of evidence
};

/// A reply's text and its highlights, positioned in that text.
struct ReplyText {
  std::string text;
  std::vector<Highlight> highlights;  ///< findings and evidence, ordered by begin
};

/// The text the report shows for `reply` and where its findings and evidence fall in it. It is
/// the reply's bytes in the file, except for replies a reader decoded (JSON or CSV escapes: a
/// span with an origin map), which show the decoded text; file offsets are mapped through the
/// origin map. `document` must be the one the reply came from.
ReplyText reply_text(const ReplyReport& reply, const Document& document);

/// The text HTML-escaped, each highlight wrapped in `<mark class="hl cat-CATEGORY">` that ends
/// with a tag giving its label in words (colour is never the only cue; without CSS it reads
/// "matched text (label)"). Overlapping highlights merge into one mark that gives every label
/// once.
std::string highlight_html(const ReplyText& text);

/// A CSS class fragment for `category`: lowercase ASCII letters, digits and '-', others dropped.
std::string css_token(std::string_view category);

}  // namespace replylint
