// SPDX-License-Identifier: MIT
// The command-line options that choose how inputs are read and walked (docs/input-formats.md).
#pragma once

#include <CLI/CLI.hpp>

#include "replylint/input.hpp"
#include "replylint/reader.hpp"

namespace replylint {

/// Registers --input, --agent, --text-field, --role-field, --agent-role, --id-field,
/// --turns-field, --reply-field, --include and --exclude on `app`, writing into `input` and
/// `walk` (which must outlive the parse).
void add_input_options(CLI::App* app, InputOptions& input, WalkOptions& walk);

}  // namespace replylint
