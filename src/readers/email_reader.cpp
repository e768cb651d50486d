// SPDX-License-Identifier: MIT
// E-mail replies (.eml): the agent's new text is the text/plain body minus what the agent did
// not write this time. Quoted lines ("> …") are blanked in place; the body is cut at the first
// line that starts quoted history, a forwarded message or a signature.
#include <vector>

#include "email_body.hpp"
#include "readers.hpp"
#include "replylint/placeholders.hpp"

namespace replylint::readers {
namespace {

struct BodyLine {
  std::size_t begin = 0;
  std::string_view text;  // without CR LF
};

std::vector<BodyLine> split_lines(const std::string& body) {
  std::vector<BodyLine> lines;
  for (std::size_t begin = 0; begin < body.size();) {
    std::size_t end = body.find('\n', begin);
    const std::size_t next = end == std::string::npos ? body.size() : end + 1;
    if (end == std::string::npos) end = body.size();
    std::string_view text(body.data() + begin, end - begin);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    lines.push_back({begin, text});
    begin = next;
  }
  return lines;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool ends_with_wrote(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line.size() >= 6 && line.substr(line.size() - 6) == "wrote:";
}

// "-----Original Message-----", "---------- Forwarded message ---------".
bool dashed_banner(std::string_view line, std::string_view words) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  std::size_t dashes = 0;
  while (i < line.size() && line[i] == '-') ++i, ++dashes;
  while (i < line.size() && line[i] == ' ') ++i;
  if (dashes < 2 || line.substr(i, words.size()) != words) return false;
  return line.find("--", i + words.size()) != std::string_view::npos;
}

// True when lines[i] starts text the agent did not write now: quoted history, a forwarded
// message, a signature or a mobile footer.
bool starts_old_text(const std::vector<BodyLine>& lines, std::size_t i) {
  const std::string_view line = lines[i].text;
  if (line == "-- " || line == "--") return true;  // signature delimiter (RFC 3676)
  if (starts_with(line, "Sent from my ")) return true;
  if (dashed_banner(line, "Original Message") || dashed_banner(line, "Forwarded message") ||
      starts_with(line, "Begin forwarded message:")) {
    return true;
  }
  // "On Tue, 4 Jun 2024 at 10:02, Sam <sam@example.com> wrote:", often wrapped over two lines.
  if (starts_with(line, "On ")) {
    if (ends_with_wrote(line)) return true;
    if (i + 1 < lines.size() && ends_with_wrote(lines[i + 1].text)) return true;
  }
  // Outlook's header block: "From: …" followed by "Sent: …" or "Date: …".
  if (starts_with(line, "From: ")) {
    for (std::size_t k = i + 1; k < lines.size() && k <= i + 3; ++k) {
      if (starts_with(lines[k].text, "Sent: ") || starts_with(lines[k].text, "Date: ")) return true;
    }
  }
  return false;
}

bool quoted(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i < line.size() && line[i] == '>';
}

}  // namespace

std::vector<ReplySpan> read_email(const ReaderInput& input, const InputOptions& /*options*/,
                                  Diagnostics& diagnostics) {
  std::vector<ReplySpan> out;
  std::string subject, problem;
  std::optional<DecodedText> body = email_plain_body(input.text, &subject, &problem);
  if (!body) {
    report_at(input, 0, DiagnosticLevel::Warning, problem, diagnostics);
    return out;
  }
  const std::vector<BodyLine> lines = split_lines(body->text);
  std::size_t cut = body->text.size();
  std::vector<std::pair<std::size_t, std::size_t>> quotes;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (starts_old_text(lines, i)) {
      cut = lines[i].begin;
      break;
    }
    if (quoted(lines[i].text)) {
      quotes.emplace_back(lines[i].begin, lines[i].begin + lines[i].text.size());
    }
  }
  for (const auto& [begin, end] : quotes) blank_range(body->text, begin, end);
  body->text.resize(cut);
  body->origin.resize(cut + 1);
  if (auto reply = make_decoded_reply(input, std::move(*body), subject)) {
    out.push_back(std::move(*reply));
  }
  return out;
}

}  // namespace replylint::readers
