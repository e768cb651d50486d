// SPDX-License-Identifier: MIT
#include "lsp/protocol_json.hpp"

#include <limits>

#include "lsp/jsonrpc_transport.hpp"

namespace replylint::lsp {

using nlohmann::json;

namespace {

int non_negative(const json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer() || it->get<std::int64_t>() < 0 ||
      it->get<std::int64_t>() > std::numeric_limits<int>::max()) {
    throw RpcError(kInvalidParams,
                   std::string("position needs a non-negative integer \"") + key + "\"");
  }
  return static_cast<int>(it->get<std::int64_t>());
}

}  // namespace

void to_json(json& j, const Position& position) {
  j = {{"line", position.line}, {"character", position.character}};
}

void from_json(const json& j, Position& position) {
  if (!j.is_object()) throw RpcError(kInvalidParams, "a position must be an object");
  position.line = non_negative(j, "line");
  position.character = non_negative(j, "character");
}

void to_json(json& j, const Range& range) {
  j = {{"start", range.start}, {"end", range.end}};
}

void from_json(const json& j, Range& range) {
  if (!j.is_object()) throw RpcError(kInvalidParams, "a range must be an object");
  range.start = j.at("start").get<Position>();
  range.end = j.at("end").get<Position>();
}

}  // namespace replylint::lsp
