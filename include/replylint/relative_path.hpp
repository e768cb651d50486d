// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace replylint {

/// `path` relative to `folder`, with '/' separators ("drafts/refund.md"); "../" steps when it
/// lies outside. Both may be relative to the current folder ("" is the current folder) or
/// absolute. Lexical: symlinks are not resolved, so the answer does not depend on how a checkout
/// is mounted. This is the form config globs and baseline entries use, so they do not depend on
/// the folder replylint runs from.
std::string path_relative_to(const std::string& folder, const std::string& path);

}  // namespace replylint
