// SPDX-License-Identifier: MIT
#include <ostream>

#include "display_width.hpp"
#include "printers.hpp"
#include "replylint/text_position.hpp"

namespace replylint {
namespace {

// `path:line:col: severity: message [rule]`, one line per problem, for editors and problem
// matchers that know GCC's output (docs/output-formats.md). Those matchers accept only `error`
// and `warning`, so info findings print as warnings. Columns are display columns, as GCC's
// own since GCC 11 and as the GNU Coding Standards ask.
class GccPrinter : public Printer {
 public:
  explicit GccPrinter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    const Document& document = *report.document;
    const LineIndex lines(document.content, document.base_offset, document.base_line);
    for (const ReplyReport& reply : report.replies) {
      for (const Finding& finding : reply.findings) {
        const std::size_t line_start = lines.line_start(finding.start.line);
        const int column = display_column(document.bytes(line_start, finding.offset));
        const Rule& rule = *finding.rule;
        out_ << document.display_name << ':' << finding.start.line << ':' << column << ": "
             << (finding.severity() == Severity::Error ? "error" : "warning") << ": "
             << finding.message << " [" << rule.id << "]\n";
      }
    }
  }

  void end(const Summary&) override {}

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Printer> make_gcc_printer(std::ostream& out, const PrintOptions&) {
  return std::make_unique<GccPrinter>(out);
}

}  // namespace replylint
