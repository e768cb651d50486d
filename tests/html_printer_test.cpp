// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>
#include <sstream>

#include "html_escape.hpp"
#include "html_reply_card.hpp"
#include "html_reply_text.hpp"
#include "replylint/linter.hpp"
#include "replylint/printer.hpp"
#include "test_rules.hpp"

using namespace replylint;
using namespace replylint::testing;

namespace {

struct Fixture {
  RuleSet rules =
      rules_from(pack_of(rule_json("sympathy/sorry", "sympathy", -10, R"(["sorry to hear"])",
                                   R"(, "suggest": ["Name the feeling & its cause."])") +
                         "," + rule_json("empathy/fix", "empathy", 14, R"(["let's fix"])") + "," +
                         rule_json("dismissive/calm", "dismissive", -12, R"(["calm down"])")));
  Diagnostics diagnostics;
  Matcher matcher{rules, diagnostics};

  // Lints each text as one document and prints them all with the html printer.
  std::string print(const std::vector<std::string>& texts, ReplyUnit unit = ReplyUnit::File) {
    std::ostringstream out;
    auto printer = make_printer("html", out, {});
    REQUIRE(printer);
    printer->begin();
    Summary summary;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      // Each document dies after file(), as in the real run: the printer must not keep it.
      Document document;
      document.path = "macros/m" + std::to_string(i) + ".txt";
      document.display_name = *document.path;
      document.content = texts[i];
      const FileReport report =
          Linter(matcher).lint(document, split_plain_text(document.content, unit));
      summary.add(report);
      printer->file(report);
    }
    printer->end(summary);
    return out.str();
  }
};

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

// The `<div class="reply-text">` of the card with id `reply-N`.
std::string reply_text_of(const std::string& html, int number) {
  const std::size_t card = html.find("<article class=\"card");
  const std::size_t at = html.find("id=\"reply-" + std::to_string(number) + "\"", card);
  REQUIRE(at != std::string::npos);
  const std::size_t begin = html.find("<div class=\"reply-text\">", at);
  REQUIRE(begin != std::string::npos);
  const std::size_t end = html.find("</div>", begin);
  return html.substr(begin + 24, end - begin - 24);
}

}  // namespace

TEST_CASE("html escaping leaves no markup and keeps text readable") {
  CHECK(html_escape("<script>alert('x') && \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp;&amp; &quot;y&quot;&lt;/script&gt;");
  CHECK(html_escape("a\r\nb\rc\td") == "a\nb\nc\td");
  CHECK(html_escape("bad \xff byte \x01") == "bad \xEF\xBF\xBD byte \xEF\xBF\xBD");
  CHECK(html_escape("caf\u00e9 \U0001F600") == "caf\u00e9 \U0001F600");
}

TEST_CASE("html report is one self-contained page with summary, analytics and controls") {
  Fixture f;
  const std::string html =
      f.print({"Sorry to hear that.", "Let's fix it today.", "Please calm down."});
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(html.find("</html>\n") == html.size() - 8);
  // Nothing is loaded from anywhere: no external scripts, styles, images or fonts.
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'") !=
        std::string::npos);
  CHECK(html.find("<h1>") != std::string::npos);
  CHECK(html.find("<h2 id=\"summary-title\">Summary</h2>") != std::string::npos);
  CHECK(html.find("<h2 id=\"analytics-title\">Library analytics</h2>") != std::string::npos);
  CHECK(html.find("<svg class=\"histogram\"") != std::string::npos);
  CHECK(html.find("Replies per score band: 0\u20139: 0,") != std::string::npos);
  CHECK(count(html, "<label for=") == 5);
  for (const char* id : {"sort", "verdict", "rule", "min-score", "max-score"}) {
    CHECK(html.find("id=\"" + std::string(id) + "\"") != std::string::npos);
  }
  CHECK(html.find("<option value=\"dismissive/calm\">dismissive/calm (1)</option>") !=
        std::string::npos);
  // The controls stay hidden until the script shows them.
  CHECK(html.find("<form id=\"controls\" class=\"controls\" hidden") != std::string::npos);
  CHECK(html.find("Name the feeling &amp; its cause.") != std::string::npos);
}

TEST_CASE("html report has one card per reply, with its data for sorting and filtering") {
  Fixture f;
  const std::string html =
      f.print({"Sorry to hear that.\n\nLet's fix it.\n\nOk.", "Calm down."}, ReplyUnit::Paragraph);
  CHECK(count(html, "<article class=\"card") == 4);
  for (int n = 1; n <= 4; ++n) {
    CHECK(html.find("id=\"reply-" + std::to_string(n) + "\"") != std::string::npos);
  }
  CHECK(html.find("<a href=\"#reply-3\">macros/m0.txt:5</a></h3>\n</div>") != std::string::npos);
  CHECK(html.find("id=\"reply-1\" aria-labelledby=\"reply-1-title\" data-order=\"1\" "
                  "data-score=\"50\" data-verdict=\"sympathetic\" data-rules=\" sympathy/sorry "
                  "\"") != std::string::npos);
  CHECK(html.find("data-rules=\" empathy/fix \"") != std::string::npos);
  CHECK(html.find("<span class=\"vh\">verdict: </span>dismissive</span>") != std::string::npos);
  CHECK(html.find("<p id=\"shown\" role=\"status\" hidden></p>") != std::string::npos);
}

TEST_CASE("html report escapes reply text: a <script> in a reply stays text") {
  Fixture f;
  const std::string html = f.print({"<script>alert(1)</script> & sorry to hear \"that\""});
  CHECK(html.find("<script>alert(1)") == std::string::npos);
  CHECK(count(html, "<script>") == 1);  // the report's own
  CHECK(reply_text_of(html, 1).rfind("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark", 0) == 0);
  CHECK(reply_text_of(html, 1).find("&quot;that&quot;") != std::string::npos);
}

TEST_CASE("html highlights land on the matched text after an emoji and curly quotes") {
  Fixture f;
  const std::string html =
      f.print({"Hi \U0001F600 \u201CDon\u2019t\u201D \u2014 sorry to hear. Let\u2019s fix it."});
  CHECK(reply_text_of(html, 1) ==
        "Hi \U0001F600 \u201CDon\u2019t\u201D \u2014 "
        "<mark class=\"hl cat-sympathy hl-problem\" title=\"sympathy/sorry\">sorry to hear"
        "<span class=\"hl-tag\"><span class=\"vh\"> (</span>sympathy<span class=\"vh\">)</span>"
        "</span></mark>. "
        "<mark class=\"hl cat-empathy hl-evidence\" title=\"empathy/fix\">Let\u2019s fix"
        "<span class=\"hl-tag\"><span class=\"vh\"> (</span>empathy: action<span "
        "class=\"vh\">)</span>"
        "</span></mark> it.");
}

TEST_CASE("overlapping highlights merge into one mark naming every category") {
  ReplyText text;
  text.text = "abcdefgh";
  text.highlights = {{1, 4, "sympathy", false, "s/a", "sympathy"},
                     {3, 6, "empathy", true, "e/b", "empathy: cause"},
                     {6, 7, "policy", false, "p/c", "policy"}};
  CHECK(highlight_html(text) ==
        "a<mark class=\"hl cat-sympathy hl-problem\" title=\"s/a, e/b\">bcdef<span "
        "class=\"hl-tag\"><span class=\"vh\"> (</span>sympathy, empathy: cause<span class=\"vh\">)"
        "</span></span></mark><mark class=\"hl cat-policy hl-problem\" title=\"p/c\">g<span "
        "class=\"hl-tag\"><span class=\"vh\"> (</span>policy<span class=\"vh\">)</span></span>"
        "</mark>h");
}

TEST_CASE("decoded replies show the decoded text with highlights mapped through the origin") {
  // A JSON reader decoded the escaped quotes of the string (file bytes 10..30) into text with
  // an origin map.
  Fixture f;
  Document document;
  document.content = R"({"text": "\"Ok\" sorry to hear"})";
  ReplySpan span;
  span.begin = 10;
  span.end = 30;
  span.text = "\"Ok\" sorry to hear";
  // Text byte i came from file offset: the two escaped quotes take two bytes each.
  span.origin = {10, 12, 13, 14};
  for (std::uint32_t offset = 16; offset <= 30; ++offset) span.origin.push_back(offset);
  REQUIRE(span.origin.size() == span.text.size() + 1);
  const FileReport report = Linter(f.matcher).lint(document, {span});
  REQUIRE(report.replies[0].findings.size() == 1);
  const ReplyText text = reply_text(report.replies[0], document);
  CHECK(text.text == span.text);
  REQUIRE(text.highlights.size() == 1);
  CHECK(text.text.substr(text.highlights[0].begin,
                         text.highlights[0].end - text.highlights[0].begin) == "sorry to hear");
}

TEST_CASE("html report lists suggestions, the breakdown and library analytics") {
  Fixture f;
  const std::string same = "Sorry to hear about the delay with your parcel, we are on it now.";
  const std::string html = f.print({same, same, "Let's fix it."});
  CHECK(html.find("<h4 id=\"reply-1-suggestions\">Suggestions</h4>") != std::string::npos);
  CHECK(html.find("<summary>Score breakdown</summary>") != std::string::npos);
  CHECK(html.find("<td>base</td>") != std::string::npos);
  CHECK(html.find("\u2212"
                  "10</td>") != std::string::npos);
  // Two identical replies of three: a reused opener and a near-duplicate group.
  CHECK(html.find("2 replies, similarity 1 (identical wording)") != std::string::npos);
  CHECK(html.find("<td class=\"phrase\">\u201CSorry to hear about the delay") != std::string::npos);
  const std::size_t lowest = html.find("Lowest-scoring replies</h3>");
  REQUIRE(lowest != std::string::npos);
  CHECK(html.find("<td><a href=\"#reply-1\">macros/m0.txt:1</a></td>", lowest) !=
        std::string::npos);
}

TEST_CASE("a reply with an id is titled by it, its location below") {
  Fixture f;
  Document document;
  document.display_name = "macros/billing.md";
  document.content = "## Late refund\nSorry to hear <that>.\n";
  ReplySpan span;
  span.begin = 15;
  span.end = 36;
  span.id = "Late <refund>";
  const FileReport report = Linter(f.matcher).lint(document, {span});
  const std::string card = reply_card_html(report.replies[0], document, 7);
  CHECK(card.find("<h3 id=\"reply-7-title\"><a href=\"#reply-7\">Late &lt;refund&gt;</a></h3>\n"
                  "<p class=\"where\">macros/billing.md:2</p>") != std::string::npos);
  CHECK(card.find("Sorry to hear<span class=\"hl-tag\">") != std::string::npos);
  CHECK(card.find("</mark> &lt;that&gt;.</div>") != std::string::npos);
}
