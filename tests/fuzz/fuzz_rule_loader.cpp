// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a rule file. Loading must never crash, and every diagnostic
// must have a position inside the file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "replylint/matcher.hpp"
#include "replylint/rule_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  replylint::Diagnostics diagnostics;
  replylint::RulePack pack =
      replylint::load_rule_pack(text, "fuzz.json", replylint::ScoringModel{}, diagnostics);
  for (const auto& d : diagnostics.items()) {
    if (d.line < 0 || d.column < 0) std::abort();
    (void)replylint::format_diagnostic(d);
  }
  replylint::RuleSet set;
  set.rules = std::move(pack.rules);
  replylint::Matcher matcher(set, diagnostics);
  (void)matcher.match(text);
  return 0;
}
