// SPDX-License-Identifier: MIT
#include "email_body.hpp"

#include <algorithm>
#include <cctype>

#include "replylint/ascii.hpp"

namespace replylint::readers {
namespace {

// Nested multiparts deeper than this are not worth following.
constexpr int kMaxMimeDepth = 8;

struct LineRange {
  std::size_t begin = 0;
  std::size_t end = 0;   // without CR LF
  std::size_t next = 0;  // start of the following line
};

LineRange line_at(std::string_view text, std::size_t begin, std::size_t limit) {
  std::size_t end = text.substr(0, limit).find('\n', begin);
  const std::size_t next = end == std::string_view::npos ? limit : end + 1;
  if (end == std::string_view::npos) end = limit;
  if (end > begin && text[end - 1] == '\r') --end;
  return {begin, end, next};
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Length of "Name" in a "Name: value" line, or 0.
std::size_t header_name_length(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '-')) {
    ++i;
  }
  return i > 0 && i < line.size() && line[i] == ':' ? i : 0;
}

void apply_header(EmailHeaders& headers, std::string_view name, std::string_view value) {
  const std::string key = lowercase(name);
  value = trim_ascii_space(value);
  if (key == "subject") {
    headers.subject = std::string(value);
  } else if (key == "content-transfer-encoding") {
    headers.transfer_encoding = lowercase(value);
  } else if (key == "content-type") {
    headers.content_type = lowercase(trim_ascii_space(value.substr(0, value.find(';'))));
    const std::string lower = lowercase(value);
    const std::size_t at = lower.find("boundary=");
    if (at == std::string::npos) return;
    std::string_view boundary = value.substr(at + 9);
    if (!boundary.empty() && boundary.front() == '"') {
      boundary.remove_prefix(1);
      boundary = boundary.substr(0, boundary.find('"'));
    } else {
      boundary = boundary.substr(0, boundary.find_first_of("; \t"));
    }
    headers.boundary = std::string(boundary);
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Quoted-printable: "=XX" is one byte, "=" at a line end is a soft break (removed).
DecodedText decode_quoted_printable(std::string_view text, std::size_t begin, std::size_t end) {
  DecodedText out;
  for (std::size_t i = begin; i < end;) {
    if (text[i] == '=' && i + 1 < end) {
      if (text[i + 1] == '\n') {
        i += 2;
        continue;
      }
      if (text[i + 1] == '\r' && i + 2 < end && text[i + 2] == '\n') {
        i += 3;
        continue;
      }
      const int high = hex_value(text[i + 1]);
      const int low = i + 2 < end ? hex_value(text[i + 2]) : -1;
      if (high >= 0 && low >= 0) {
        out.append(std::string(1, static_cast<char>(high * 16 + low)), i);
        i += 3;
        continue;
      }
    }
    out.append_literal(text.substr(i, 1), i);
    ++i;
  }
  out.finish(end);
  return out;
}

std::optional<DecodedText> part_body(std::string_view text, const EmailHeaders& headers,
                                     std::size_t end, int depth, std::string* problem);

std::optional<DecodedText> multipart_body(std::string_view text, const EmailHeaders& headers,
                                          std::size_t end, int depth, std::string* problem) {
  if (headers.boundary.empty() || depth >= kMaxMimeDepth) return std::nullopt;
  const std::string delimiter = "--" + headers.boundary;
  std::optional<std::size_t> part_begin;
  for (std::size_t i = headers.body_begin; i < end;) {
    const LineRange line = line_at(text, i, end);
    const std::string_view content = text.substr(line.begin, line.end - line.begin);
    if (content.substr(0, delimiter.size()) == delimiter) {
      if (part_begin) {
        if (auto part = parse_email_headers(text, *part_begin, line.begin)) {
          if (auto body = part_body(text, *part, line.begin, depth + 1, problem)) return body;
        }
      }
      if (trim_ascii_space(content.substr(delimiter.size())) == "--")
        return std::nullopt;  // closing
      part_begin = line.next;
    }
    i = line.next;
  }
  return std::nullopt;
}

std::optional<DecodedText> part_body(std::string_view text, const EmailHeaders& headers,
                                     std::size_t end, int depth, std::string* problem) {
  if (headers.content_type.rfind("multipart/", 0) == 0) {
    return multipart_body(text, headers, end, depth, problem);
  }
  if (!headers.content_type.empty() && headers.content_type != "text/plain") return std::nullopt;
  if (headers.transfer_encoding == "base64") {
    *problem = "the text/plain body is base64-encoded; replylint lints only readable text";
    return std::nullopt;
  }
  if (headers.transfer_encoding == "quoted-printable") {
    return decode_quoted_printable(text, headers.body_begin, end);
  }
  DecodedText body;
  body.append_literal(text.substr(headers.body_begin, end - headers.body_begin),
                      headers.body_begin);
  body.finish(end);
  return body;
}

}  // namespace

std::optional<EmailHeaders> parse_email_headers(std::string_view text, std::size_t begin,
                                                std::size_t end) {
  EmailHeaders headers;
  std::string name, value;
  bool first = true;
  for (std::size_t i = begin; i < end;) {
    const LineRange line = line_at(text, i, end);
    const std::string_view content = text.substr(line.begin, line.end - line.begin);
    if (content.empty()) {
      if (!name.empty()) apply_header(headers, name, value);
      headers.body_begin = line.next;
      return headers;
    }
    const std::size_t name_length = header_name_length(content);
    if ((content.front() == ' ' || content.front() == '\t') && !first) {
      value += ' ';
      value += trim_ascii_space(content);  // a folded continuation of the previous header
    } else if (name_length > 0) {
      if (!name.empty()) apply_header(headers, name, value);
      name = std::string(content.substr(0, name_length));
      value = std::string(content.substr(name_length + 1));
    } else if (!(first && content.rfind("From ", 0) == 0)) {  // an mbox "From " line is skipped
      if (first) return std::nullopt;
      headers.body_begin = line.begin;  // no blank line: the body starts here
      if (!name.empty()) apply_header(headers, name, value);
      return headers;
    }
    first = false;
    i = line.next;
  }
  if (!name.empty()) apply_header(headers, name, value);
  headers.body_begin = end;
  return headers;
}

std::optional<DecodedText> email_plain_body(std::string_view text, std::string* subject,
                                            std::string* problem) {
  std::optional<EmailHeaders> headers = parse_email_headers(text, 0, text.size());
  if (!headers) {
    // No header block: a reply saved as .eml without headers is all body.
    headers = EmailHeaders{};
  }
  *subject = headers->subject;
  std::optional<DecodedText> body = part_body(text, *headers, text.size(), 0, problem);
  if (!body && problem->empty()) *problem = "no text/plain part found";
  return body;
}

}  // namespace replylint::readers
