// SPDX-License-Identifier: MIT
// E-mail replies (src/readers/email_reader.cpp, email_body.cpp).
#include <catch2/catch.hpp>

#include "reader_test_support.hpp"

using namespace replylint;
using namespace replylint::testing;

TEST_CASE("headers, quoted history and signature are not the agent's new text") {
  const std::string content =
      "From: Support <help@example.com>\r\n"
      "Subject: Re: Your refund\r\n"
      " (ticket 42)\r\n"
      "\r\n"
      "Hi Pat,\r\n"
      "> calm down, as I said\r\n"
      "Your refund went out today.\r\n"
      "\r\n"
      "-- \r\n"
      "Sam, calm down team\r\n"
      "\r\n"
      "On Mon, 3 Jun 2024 at 10:02, Pat <pat@example.com> wrote:\r\n"
      "> sorry to hear\r\n";
  const auto replies = read_as(InputFormat::Email, content);
  REQUIRE(replies.size() == 1);
  CHECK(replies[0].id == "Re: Your refund (ticket 42)");
  CHECK(lint_text(content, replies[0]) ==
        "Hi Pat,\r\n                      \r\nYour refund went out today.");
  CHECK(findings_in(content, replies, R"(["calm down", "sorry to hear"])").empty());
}

TEST_CASE("each kind of quoted or forwarded block ends the new text") {
  for (const std::string marker :
       {"On Tue, 4 Jun 2024, Pat Doe <pat@example.com>\nwrote:", "-----Original Message-----",
        "---------- Forwarded message ---------",
        "Begin forwarded message:", "From: Pat\nSent: Tuesday", "Sent from my phone", "--"}) {
    const std::string content =
        "Subject: x\n\nThanks for the details.\n" + marker + "\ncalm down\n";
    const auto replies = read_as(InputFormat::Email, content);
    REQUIRE(replies.size() == 1);
    CHECK(lint_text(content, replies[0]) == "Thanks for the details.");
  }
}

TEST_CASE("the text/plain part of a multipart message is read, quoted-printable decoded") {
  const std::string content =
      "Subject: Update\n"
      "Content-Type: multipart/alternative; boundary=\"b1\"\n"
      "\n"
      "--b1\n"
      "Content-Type: text/plain; charset=utf-8\n"
      "Content-Transfer-Encoding: quoted-printable\n"
      "\n"
      "I=E2=80=99m sorry to hear the parcel is la=\n"
      "te.\n"
      "--b1\n"
      "Content-Type: text/html\n"
      "\n"
      "<p>calm down</p>\n"
      "--b1--\n";
  const auto replies = read_as(InputFormat::Email, content);
  REQUIRE(replies.size() == 1);
  CHECK(lint_text(content, replies[0]) == "I\xE2\x80\x99m sorry to hear the parcel is late.");
  CHECK(findings_in(content, replies, R"(["I'm sorry to hear", "is late"])") ==
        std::vector<Located>{{"I=E2=80=99m sorry to hear", 8, 1}, {"is la=\nte", 8, 38}});
}

TEST_CASE("a base64 body is reported, not linted") {
  Diagnostics diagnostics;
  const std::string content =
      "Subject: x\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGk=\n";
  CHECK(read_as(InputFormat::Email, content, {}, &diagnostics).empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics.items()[0].level == DiagnosticLevel::Warning);
}

TEST_CASE("a message saved without headers is all body") {
  const std::string content = "Thanks for the photos, the refund is on its way.\n-- \nSam\n";
  const auto replies = read_as(InputFormat::Email, content);
  REQUIRE(replies.size() == 1);
  CHECK(replies[0].id.empty());
  CHECK(lint_text(content, replies[0]) == "Thanks for the photos, the refund is on its way.");
}
