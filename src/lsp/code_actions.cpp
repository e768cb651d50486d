// SPDX-License-Identifier: MIT
#include "lsp/code_actions.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "lsp/finding_diagnostics.hpp"
#include "lsp/protocol_json.hpp"
#include "replylint/suggestion.hpp"

namespace replylint::lsp {

using nlohmann::json;

std::string suppression_comment(const std::optional<std::string>& path,
                                const std::string& rule_id) {
  const std::string line = "replylint-disable-next-line " + rule_id + " -- <reason>";
  if (!path) return line;
  std::string extension = std::filesystem::path(*path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".md" || extension == ".markdown" || extension == ".html" ||
      extension == ".htm") {
    return "<!-- " + line + " -->";
  }
  if (extension == ".liquid") return "{% comment %} " + line + " {% endcomment %}";
  if (extension == ".j2" || extension == ".jinja" || extension == ".jinja2") {
    return "{# " + line + " #}";
  }
  return line;
}

namespace {

json text_edit_action(const std::string& title, const json& diagnostic, const std::string& uri,
                      const Range& range, const std::string& new_text) {
  json edit = {{"range", range}, {"newText", new_text}};
  return {{"title", title},
          {"kind", "quickfix"},
          {"diagnostics", json::array({diagnostic})},
          {"edit", {{"changes", {{uri, json::array({edit})}}}}}};
}

// The line above which the suppression goes: its start, indentation and terminator.
struct LineInfo {
  std::size_t start = 0;
  std::string indentation;
  std::string terminator = "\n";
};

LineInfo line_of(const std::string& text, std::size_t offset) {
  LineInfo info;
  const std::size_t previous =
      offset == 0 ? std::string::npos : text.find_last_of("\r\n", offset - 1);
  info.start = previous == std::string::npos ? 0 : previous + 1;
  std::size_t i = info.start;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) info.indentation += text[i++];
  // Match the file's line endings: the line's own, or the first one in the file for a last line.
  std::size_t end = text.find_first_of("\r\n", offset);
  if (end == std::string::npos) end = text.find_first_of("\r\n");
  if (end != std::string::npos) {
    info.terminator = text.compare(end, 2, "\r\n") == 0 ? "\r\n" : text.substr(end, 1);
  }
  return info;
}

}  // namespace

json code_actions(const BufferLint& lint, std::size_t begin, std::size_t end,
                  const std::string& uri, const PositionMapper& positions) {
  json actions = json::array();
  const std::string& text = lint.document.content;
  for (const ReplyReport& reply : lint.report.replies) {
    for (const Finding& finding : reply.findings) {
      if (finding.offset > end || finding.offset + finding.length < begin) continue;
      const json diagnostic = finding_diagnostic(finding, positions);
      const Range match = positions.range(finding.offset, finding.offset + finding.length);
      bool preferred = true;
      for (const std::string& suggestion : finding.rule->suggest) {
        const std::optional<std::string> replacement = suggested_replacement(suggestion);
        if (!replacement) continue;
        json action =
            text_edit_action("Replace \"" + finding.match + "\" with \"" + *replacement + "\"",
                             diagnostic, uri, match, *replacement);
        action["isPreferred"] = preferred;
        preferred = false;
        actions.push_back(std::move(action));
      }
      const LineInfo line = line_of(text, finding.offset);
      const Position at = positions.position(line.start);
      actions.push_back(text_edit_action(
          "Disable " + finding.rule->id + " for this line", diagnostic, uri, Range{at, at},
          line.indentation + suppression_comment(lint.document.path, finding.rule->id) +
              line.terminator));
    }
  }
  return actions;
}

}  // namespace replylint::lsp
