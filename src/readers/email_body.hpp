// SPDX-License-Identifier: MIT
// The parts of an e-mail (RFC 5322 / MIME) the email reader needs: headers, the text/plain body
// and its transfer encoding, each with positions in the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "reply_builder.hpp"

namespace replylint::readers {

/// Headers of a message or MIME part, unfolded; values keep their raw (encoded) form.
struct EmailHeaders {
  std::string subject;
  std::string content_type;       ///< lowercase media type, e.g. "multipart/alternative"
  std::string boundary;           ///< multipart boundary parameter, as written
  std::string transfer_encoding;  ///< lowercase, e.g. "quoted-printable"
  std::size_t body_begin = 0;     ///< offset just past the blank line ending the headers
};

/// Parses the header block starting at text[begin]. A block that does not start with a
/// "Name: value" line is no header block: nullopt.
std::optional<EmailHeaders> parse_email_headers(std::string_view text, std::size_t begin,
                                                std::size_t end);

/// The text/plain body of the message in text[0, end), decoded (quoted-printable) with offsets
/// into `text`. Multipart messages are searched depth first for the first text/plain part. On
/// failure `problem` says why (a base64 body, no text/plain part).
std::optional<DecodedText> email_plain_body(std::string_view text, std::string* subject,
                                            std::string* problem);

}  // namespace replylint::readers
