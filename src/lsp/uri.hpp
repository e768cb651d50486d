// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace replylint::lsp {

/// The local path of a `file://` URI (percent-escapes decoded, an empty or `localhost`
/// authority accepted), or nullopt for any other scheme (`untitled:`, remote authorities) and for
/// malformed escapes.
std::optional<std::string> path_from_uri(std::string_view uri);

/// The `file://` URI of an absolute path: every byte outside RFC 3986's unreserved set and `/`
/// is percent-encoded, so spaces, `#`, `?` and non-ASCII names survive a round trip.
std::string uri_from_path(std::string_view absolute_path);

}  // namespace replylint::lsp
