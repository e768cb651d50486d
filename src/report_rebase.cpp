// SPDX-License-Identifier: MIT
#include "report_rebase.hpp"

namespace replylint {
namespace {

void rebase(Finding& finding, std::size_t base_offset, int lines) {
  finding.offset += base_offset;
  finding.start.line += lines;
  finding.end.line += lines;
}

}  // namespace

void rebase_report(FileReport& report, std::size_t base_offset, int base_line) {
  const int lines = base_line - 1;
  if (base_offset == 0 && lines == 0) return;
  for (ReplyReport& reply : report.replies) {
    reply.span.begin += base_offset;
    reply.span.end += base_offset;
    for (std::size_t& offset : reply.span.origin) offset += base_offset;
    reply.start.line += lines;
    for (Finding& finding : reply.findings) rebase(finding, base_offset, lines);
    for (Finding& finding : reply.evidence) rebase(finding, base_offset, lines);
  }
}

}  // namespace replylint
