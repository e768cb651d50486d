// SPDX-License-Identifier: MIT
// Deterministic benchmark corpus for replylint (bench/README.md). Same seed, same bytes, on
// every machine: the generator uses its own PRNG (splitmix64) and no std distributions, whose
// output differs between standard libraries.
//
//   generate_corpus --out DIR [--size-mb 100] [--files 10000] [--stream-mb N] [--rules 1000,5000]
//                   [--seed 1]
//
// writes DIR/big.txt (replies separated by blank lines: lint with --unit paragraph),
// DIR/files/rNNNNN.txt (one reply per file), DIR/stream.jsonl ({"id","role","text"} per line,
// customer and agent turns), DIR/short.txt (one short reply), DIR/rules-N.json (generated rule
// packs with N distinct phrase rules each) and DIR/MANIFEST (what was generated, for caching).
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sentence_bank.hpp"

namespace {

using namespace replylint::bench;
namespace fs = std::filesystem;

// Bump when the output for a given seed changes, so cached corpora are regenerated.
constexpr int kGeneratorVersion = 1;

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(int percent) { return below(1000) < static_cast<std::size_t>(percent * 10); }
  bool permille(int per_mille) { return below(1000) < static_cast<std::size_t>(per_mille); }
  template <typename T, std::size_t N>
  std::string_view pick(const T (&list)[N]) {
    return list[below(N)];
  }

 private:
  std::uint64_t state_;
};

std::string digits(Random& random, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += static_cast<char>('0' + random.below(10));
  return out;
}

// Fills {slot}s; `{{ … }}` template placeholders pass through untouched.
std::string fill(std::string_view pattern, Random& random) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern.compare(i, 2, "{{") == 0) {
      const std::size_t close = pattern.find("}}", i);
      out.append(pattern.substr(i, close + 2 - i));
      i = close + 2;
      continue;
    }
    if (pattern[i] != '{') {
      out += pattern[i++];
      continue;
    }
    const std::size_t close = pattern.find('}', i);
    const std::string_view slot = pattern.substr(i + 1, close - i - 1);
    i = close + 1;
    if (slot == "product")
      out += random.pick(kProduct);
    else if (slot == "noun")
      out += random.pick(kNoun);
    else if (slot == "event")
      out += random.pick(kEvent);
    else if (slot == "day")
      out += random.pick(kDay);
    else if (slot == "courier")
      out += random.pick(kCourier);
    else if (slot == "name")
      out += random.pick(kName);
    else if (slot == "price")
      out += random.pick(kPrice);
    else if (slot == "rverb")
      out += random.pick(kRuleVerb);
    else if (slot == "rnoun")
      out += random.pick(kRuleNoun);
    else if (slot == "radj")
      out += random.pick(kRuleAdjective);
    else if (slot == "n")
      out += std::to_string(2 + random.below(44));
    else if (slot == "version")
      out += "2." + std::to_string(random.below(10)) + "." + digits(random, 2);
    else if (slot == "tracking")
      out += "JD00" + digits(random, 2) + " " + digits(random, 4) + " " + digits(random, 4);
    else if (slot == "url")
      out += "https://help.example.com/guides/" + digits(random, 5);
    else if (slot == "order")
      out += random.chance(12) ? "{{order.id}}" : "#A-" + digits(random, 6);
    else if (slot == "ticket")
      out += random.chance(20) ? "{{ticket.id}}" : "#" + digits(random, 5);
    else
      out += "{" + std::string(slot) + "}";
  }
  return out;
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Typos a tired agent makes: swapped, dropped or doubled letters in about 1.5% of long words.
std::string add_typos(const std::string& text, Random& random) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 2, "{{") == 0) {  // placeholders stay intact
      const std::size_t close = text.find("}}", i);
      out.append(text, i, close + 2 - i);
      i = close + 2;
      continue;
    }
    if (!is_letter(text[i])) {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_letter(text[end])) ++end;
    std::string word = text.substr(i, end - i);
    if (word.size() > 3 && random.permille(15)) {
      const std::size_t at = 1 + random.below(word.size() - 2);
      switch (random.below(3)) {
        case 0:
          std::swap(word[at], word[at + 1]);
          break;
        case 1:
          word.erase(at, 1);
          break;
        default:
          word.insert(at, 1, word[at]);
          break;
      }
    }
    out += word;
    i = end;
  }
  return out;
}

// Per-reply typography: curly quotes (most mail clients), HTML entities (some help desks), em
// dashes. Template placeholders keep their straight quotes.
enum class Style { Plain, Curly, Entities };

std::string apply_style(const std::string& text, Style style, bool em_dash) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool open_double = true;
  int placeholder = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (text.compare(i, 2, "{{") == 0) ++placeholder;
    if (text.compare(i, 2, "}}") == 0 && placeholder > 0) --placeholder;
    if (placeholder == 0 && em_dash && text.compare(i, 3, " - ") == 0) {
      out += " \u2014 ";
      i += 2;
      continue;
    }
    if (placeholder > 0 || style == Style::Plain || (c != '\'' && c != '"' && c != '&')) {
      out += c;
      continue;
    }
    if (style == Style::Curly) {
      if (c == '\'')
        out += "\u2019";
      else if (c == '"')
        out += open_double ? "\u201C" : "\u201D", open_double = !open_double;
      else
        out += c;
    } else {
      if (c == '\'')
        out += "&rsquo;";
      else if (c == '"')
        out += "&quot;";
      else
        out += "&amp;";
    }
  }
  return out;
}

// One agent reply: greeting, 2-6 body sentences (some on their own line), sign-off. Never a
// blank line inside, so blank lines separate replies in the big file.
std::string make_reply(Random& random, int min_sentences, int extra_sentences) {
  std::string body;
  const int sentences = min_sentences + static_cast<int>(random.below(extra_sentences + 1));
  std::vector<const char*> used;  // no sentence twice in one reply
  for (int s = 0; s < sentences; ++s) {
    std::string_view pattern;
    do {
      const std::size_t roll = random.below(100);
      if (roll < 38)
        pattern = random.pick(kNeutral);
      else if (roll < 63)
        pattern = random.pick(kEmpathy);
      else if (roll < 77)
        pattern = random.pick(kSympathy);
      else if (roll < 85)
        pattern = random.pick(kNonApology);
      else if (roll < 92)
        pattern = random.pick(kPlatitude);
      else
        pattern = random.pick(kDismissive);
    } while (std::find(used.begin(), used.end(), pattern.data()) != used.end());
    used.push_back(pattern.data());
    if (s > 0) body += random.chance(20) ? "\n" : " ";
    body += fill(pattern, random);
  }
  body = add_typos(body, random);
  std::string reply = fill(random.pick(kGreeting), random);
  reply += "\n";
  reply += body;
  reply += "\n";
  reply += fill(random.pick(kSignOff), random);
  const std::size_t style_roll = random.below(100);
  const Style style = style_roll < 45   ? Style::Curly
                      : style_roll < 48 ? Style::Entities
                                        : Style::Plain;
  return apply_style(reply, style, random.chance(30));
}

class Output {
 public:
  explicit Output(const fs::path& path) : file_(std::fopen(path.c_str(), "wb")), path_(path) {
    if (!file_) fail("cannot create");
  }
  ~Output() {
    flush();
    if (std::fclose(file_) != 0) fail("cannot write");
  }
  void write(std::string_view text) {
    buffer_.append(text);
    written_ += text.size();
    if (buffer_.size() >= (1u << 20)) flush();
  }
  std::size_t written() const { return written_; }

 private:
  void flush() {
    if (!buffer_.empty() &&
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
      fail("cannot write");
    }
    buffer_.clear();
  }
  [[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "generate_corpus: %s %s: %s\n", what, path_.c_str(), std::strerror(errno));
    std::exit(2);
  }
  std::FILE* file_;
  fs::path path_;
  std::string buffer_;
  std::size_t written_ = 0;
};

std::size_t write_big(const fs::path& path, std::size_t bytes, Random& random) {
  Output out(path);
  std::size_t replies = 0;
  while (out.written() < bytes) {
    if (replies > 0) out.write("\n\n");
    out.write(make_reply(random, 3, 4));
    ++replies;
  }
  out.write("\n");
  return replies;
}

void write_files(const fs::path& folder, int count, Random& random) {
  fs::create_directories(folder);
  for (int i = 0; i < count; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "r%05d.txt", i);
    Output out(folder / name);
    out.write(make_reply(random, 3, 6));
    out.write("\n");
  }
}

// JSON string escaping; with `ascii` every non-ASCII character becomes \uXXXX (as exporters
// using Python's json.dumps default do), surrogate pairs included.
void append_json_string(std::string& out, std::string_view text, bool ascii) {
  out += '"';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    char escape[16];
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20) {
      std::snprintf(escape, sizeof escape, "\\u%04x", c);
      out += escape;
    } else if (c >= 0x80 && ascii) {
      const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      std::uint32_t cp = c & (0x7F >> length);
      for (int k = 1; k < length; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      i += length - 1;
      if (cp >= 0x10000) {
        cp -= 0x10000;
        std::snprintf(escape, sizeof escape, "\\u%04x\\u%04x", 0xD800 + (cp >> 10),
                      0xDC00 + (cp & 0x3FF));
      } else {
        std::snprintf(escape, sizeof escape, "\\u%04x", cp);
      }
      out += escape;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

std::size_t write_stream(const fs::path& path, std::size_t bytes, Random& random) {
  Output out(path);
  std::size_t agent_turns = 0;
  std::string line;
  for (std::size_t conversation = 1; out.written() < bytes; ++conversation) {
    const int exchanges = 1 + static_cast<int>(random.below(3));
    int turn = 0;
    for (int e = 0; e < exchanges; ++e) {
      for (const bool agent : {false, true}) {
        std::string text = agent ? make_reply(random, 3, 4) : fill(random.pick(kCustomer), random);
        line = "{\"id\":\"c" + std::to_string(conversation) + "-" + std::to_string(++turn) +
               "\",\"role\":" + (agent ? "\"agent\"" : "\"customer\"") + ",\"text\":";
        append_json_string(line, text, random.chance(20));
        line += "}\n";
        out.write(line);
        agent_turns += agent;
      }
    }
  }
  return agent_turns;
}

std::string regex_words(std::string_view words) {
  std::string out;
  for (char c : words) out += c == ' ' ? std::string("\\\\s+") : std::string(1, c);
  return out;
}

std::string slug(std::string_view words) {
  std::string out;
  for (char c : words) out += is_letter(c) ? static_cast<char>(c | 0x20) : '-';
  return out;
}

struct GeneratedRule {
  std::string name;  // id suffix
  std::string category;
  std::string pattern;  // JSON-escaped RE2
  std::string match;    // a literal instance
  std::string no_match;
};

// Four phrase families, crossed with the rule lexicon: ~17,000 distinct candidates to draw from.
std::vector<GeneratedRule> rule_candidates() {
  std::vector<GeneratedRule> out;
  for (std::string_view verb : kRuleVerb) {
    for (std::string_view noun : kRuleNoun) {
      const std::string v = regex_words(verb), n = regex_words(noun);
      const std::string vs(verb), ns(noun);
      out.push_back(
          {"cant-" + slug(verb) + "-" + slug(noun), "dead-end",
           "\\\\b(?:we|i)\\\\s+(?:can't|cannot|can\\\\s+not|are\\\\s+unable\\\\s+to|am\\\\s+"
           "unable\\\\s+to)\\\\s+" +
               v + "\\\\s+(?:your|the|this)\\\\s+" + n + "\\\\b",
           "Sorry, we can't " + vs + " your " + ns + ".",
           "Good news: we can " + vs + " your " + ns + "."});
      out.push_back({"policy-" + slug(noun) + "-" + slug(verb), "policy",
                     "\\\\bour\\\\s+" + n +
                         "\\\\s+policy\\\\s+(?:does\\\\s+not|doesn't|won't)\\\\s+"
                         "(?:allow|permit|cover)\\\\s+(?:us\\\\s+to\\\\s+)?" +
                         v + "\\\\b",
                     "Our " + ns + " policy doesn't allow us to " + vs + " it.",
                     "Our " + ns + " policy lets us " + vs + " it."});
      out.push_back(
          {"note-" + slug(verb) + "-" + slug(noun), "dismissive",
           "\\\\bplease\\\\s+(?:note|be\\\\s+aware|understand)\\\\s+that\\\\s+(?:we|i)\\\\s+"
           "(?:do\\\\s+not|don't|never)\\\\s+" +
               v + "\\\\s+" + n + "s?\\\\b",
           "Please note that we don't " + vs + " " + ns + "s.",
           "Please note that we " + vs + " " + ns + "s daily."});
    }
  }
  for (std::string_view noun : kRuleNoun) {
    for (std::string_view adjective : kRuleAdjective) {
      const std::string ns(noun), as(adjective);
      out.push_back(
          {"is-" + slug(noun) + "-" + slug(adjective), "policy",
           "\\\\b(?:the|your|this)\\\\s+" + regex_words(noun) +
               "\\\\s+(?:is|was|has\\\\s+been|will\\\\s+be)\\\\s+(?:now\\\\s+|already\\\\s+)?" +
               regex_words(adjective) + "\\\\b",
           "I'm afraid your " + ns + " is " + as + ".", "Your " + ns + " is ready."});
    }
  }
  return out;
}

void write_rules(const fs::path& path, std::size_t count, std::uint64_t seed) {
  std::vector<GeneratedRule> candidates = rule_candidates();
  if (count > candidates.size()) {
    std::fprintf(stderr, "generate_corpus: at most %zu rules\n", candidates.size());
    std::exit(2);
  }
  Random random(seed ^ 0x5EEDull);
  for (std::size_t i = candidates.size() - 1; i > 0; --i)
    std::swap(candidates[i], candidates[random.below(i + 1)]);
  Output out(path);
  out.write("{\n  \"format\": 1,\n  \"pack\": \"generated-" + std::to_string(count) +
            "\",\n  \"description\": \"Benchmark pack: " + std::to_string(count) +
            " generated phrase rules (bench/generate_corpus.cpp).\",\n  \"rules\": [\n");
  for (std::size_t i = 0; i < count; ++i) {
    const GeneratedRule& rule = candidates[i];
    const int weight = -3 - static_cast<int>(random.below(8));
    out.write(std::string(i ? ",\n" : "") + "    {\"id\": \"gen/" + rule.name +
              "\", \"category\": \"" + rule.category +
              "\", \"severity\": \"warning\", \"weight\": " + std::to_string(weight) +
              ", \"message\": \"\\\"{match}\\\" closes the door without a way forward.\", " +
              "\"patterns\": [\"" + rule.pattern + "\"], \"examples\": {\"match\": [\"" +
              rule.match + "\"], \"no_match\": [\"" + rule.no_match + "\"]}}");
  }
  out.write("\n  ]\n}\n");
}

[[noreturn]] void usage() {
  std::fprintf(stderr,
               "usage: generate_corpus --out DIR [--size-mb 100] [--files 10000] [--stream-mb N]\n"
               "                       [--rules 1000,5000] [--seed 1]\n");
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  fs::path out_dir;
  std::size_t size_mb = 100, files = 10000, stream_mb = 0;
  std::uint64_t seed = 1;
  std::vector<std::size_t> rule_counts = {1000, 5000};
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) usage();
    const char* value = argv[++i];
    if (arg == "--out")
      out_dir = value;
    else if (arg == "--size-mb")
      size_mb = std::strtoull(value, nullptr, 10);
    else if (arg == "--files")
      files = std::strtoull(value, nullptr, 10);
    else if (arg == "--stream-mb")
      stream_mb = std::strtoull(value, nullptr, 10);
    else if (arg == "--seed")
      seed = std::strtoull(value, nullptr, 10);
    else if (arg == "--rules") {
      rule_counts.clear();
      for (const char* p = value; *p;) {
        char* end = nullptr;
        rule_counts.push_back(std::strtoull(p, &end, 10));
        p = *end == ',' ? end + 1 : end;
        if (end == p && *p) usage();
      }
    } else
      usage();
  }
  if (out_dir.empty() || size_mb == 0) usage();
  if (stream_mb == 0) stream_mb = size_mb;
  fs::create_directories(out_dir);

  Random random(seed);
  const std::size_t replies = write_big(out_dir / "big.txt", size_mb << 20, random);
  fs::remove_all(out_dir / "files");
  write_files(out_dir / "files", static_cast<int>(files), random);
  const std::size_t agent_turns = write_stream(out_dir / "stream.jsonl", stream_mb << 20, random);
  {
    Output shortest(out_dir / "short.txt");
    shortest.write(
        "Hi Anna, I\u2019m so sorry to hear your kettle arrived damaged. That\u2019s on us, and "
        "I\u2019ve sent a replacement by express today.\n");
  }
  for (std::size_t count : rule_counts) {
    write_rules(out_dir / ("rules-" + std::to_string(count) + ".json"), count, seed);
  }
  Output manifest(out_dir / "MANIFEST");
  manifest.write("generator " + std::to_string(kGeneratorVersion) + "\nseed " +
                 std::to_string(seed) + "\nsize_mb " + std::to_string(size_mb) + "\nbig_replies " +
                 std::to_string(replies) + "\nfiles " + std::to_string(files) + "\nstream_mb " +
                 std::to_string(stream_mb) + "\nstream_agent_turns " + std::to_string(agent_turns) +
                 "\n");
  return 0;
}
