// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include "replylint/report.hpp"

namespace replylint {

// The JSON shapes of docs/json-output.md, shared by the json and jsonl printers.
nlohmann::ordered_json finding_to_json(const Finding& finding);
nlohmann::ordered_json reply_to_json(const ReplyReport& reply);
nlohmann::ordered_json summary_to_json(const Summary& summary);
/// The document path, or null for unnamed stdin.
nlohmann::ordered_json path_to_json(const Document& document);

}  // namespace replylint
