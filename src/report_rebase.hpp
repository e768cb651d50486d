// SPDX-License-Identifier: MIT
// A chunk of a streamed file is linted as a small document of its own; this moves its report
// to where the chunk sits in the file.
#pragma once

#include <cstddef>

#include "replylint/report.hpp"

namespace replylint {

/// Adds `base_offset` to every byte offset of `report` (spans, origins, findings) and
/// `base_line - 1` to every line. Columns stay: a chunk starts at a line start.
void rebase_report(FileReport& report, std::size_t base_offset, int base_line);

}  // namespace replylint
