// SPDX-License-Identifier: MIT
#include <ostream>

#include "printers.hpp"
#include "replylint/suggestion.hpp"
#include "replylint/version.hpp"
#include "report_json.hpp"

namespace replylint {
namespace {

using json = nlohmann::ordered_json;

std::string_view rd_severity(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "ERROR";
    case Severity::Warning:
      return "WARNING";
    case Severity::Info:
      return "INFO";
  }
  return "UNKNOWN_SEVERITY";
}

json source() {
  return {{"name", "replylint"}, {"url", kHomepage}};
}

// reviewdog positions: 1-based lines, columns in UTF-8 bytes, end exclusive.
json position(const TextPosition& position) {
  return {{"line", position.line}, {"column", position.column_byte}};
}

// One reviewdog Diagnostic. Suggestions written `Replace with: TEXT` become machine-applicable
// suggestions; every other suggestion is advice for a person and goes into the message, where
// reviewdog shows it (docs/output-formats.md, "Suggestions and fixes").
json diagnostic(const Document& document, const Finding& finding) {
  const Rule& rule = *finding.rule;
  const json range = {{"start", position(finding.start)}, {"end", position(finding.end)}};
  std::string message = finding.message;
  json suggestions = json::array();
  std::string advice;
  for (const std::string& suggestion : rule.suggest) {
    if (const auto replacement = suggested_replacement(suggestion)) {
      suggestions.push_back({{"range", range}, {"text", *replacement}});
    } else {
      advice += "\n- " + suggestion;
    }
  }
  if (!advice.empty()) message += "\n\nSuggestions:" + advice;
  json out = {{"message", message},
              {"location", {{"path", document.display_name}, {"range", range}}},
              {"severity", rd_severity(finding.severity())},
              {"source", source()},
              {"code", {{"value", rule.id}}}};
  if (!suggestions.empty()) out["suggestions"] = std::move(suggestions);
  return out;
}

std::string dump(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

// rdjsonl: one Diagnostic per line, written per file (run_lint decides when to flush).
class RdjsonlPrinter : public Printer {
 public:
  explicit RdjsonlPrinter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    for (const ReplyReport& reply : report.replies) {
      for (const Finding& finding : reply.findings) {
        out_ << dump(diagnostic(*report.document, finding), -1) << '\n';
      }
    }
  }

  void end(const Summary&) override {}

 private:
  std::ostream& out_;
};

// rdjson: one DiagnosticResult, written at the end.
class RdjsonPrinter : public Printer {
 public:
  explicit RdjsonPrinter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    for (const ReplyReport& reply : report.replies) {
      for (const Finding& finding : reply.findings) {
        diagnostics_.push_back(diagnostic(*report.document, finding));
      }
    }
  }

  void end(const Summary&) override {
    const json result = {{"source", source()}, {"diagnostics", std::move(diagnostics_)}};
    out_ << dump(result, 2) << '\n';
  }

 private:
  std::ostream& out_;
  json diagnostics_ = json::array();
};

}  // namespace

std::unique_ptr<Printer> make_rdjson_printer(std::ostream& out, const PrintOptions&) {
  return std::make_unique<RdjsonPrinter>(out);
}

std::unique_ptr<Printer> make_rdjsonl_printer(std::ostream& out, const PrintOptions&) {
  return std::make_unique<RdjsonlPrinter>(out);
}

}  // namespace replylint
