#include "mail/mime.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kfl {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\r\n", start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

// Decodes "=?UTF-8?B?...?=" words joined by folding (for checks only).
std::string DecodeWords(const std::vector<std::string>& words) {
  static const std::string kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (const std::string& w : words) {
    if (w.rfind("=?UTF-8?B?", 0) != 0) {
      out += (out.empty() ? "" : " ") + w;
      continue;
    }
    std::string b64 = w.substr(10, w.size() - 12);
    uint32_t acc = 0;
    int bits = 0;
    for (char c : b64) {
      if (c == '=') break;
      acc = (acc << 6) | kAlphabet.find(c);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += static_cast<char>((acc >> bits) & 0xFF);
      }
    }
  }
  return out;
}

MimeMessage Example() {
  MimeMessage m;
  m.from = {"Kultur for læring", "rapport@hamar.kommune.no"};
  m.to = {{"Kari Nordmann – Åsnes skole", "kari@example.no"}};
  m.subject = "Kultur for læring: rapport for 8A ved Åsnes skole og 9B ved Åsnes skole";
  m.text = "Hei Kari,\n\nVedlagt er rapporten.  \nLinje med = og æøå.\n";
  std::string pdf = "%PDF-1.5\n";
  for (int i = 0; i < 300; ++i) pdf += static_cast<char>(i % 256);
  m.attachments.push_back({"Kultur for læring – 8A, Åsnes skole.pdf", "rapport-asnes-skole-8a.pdf",
                           "application/pdf", pdf});
  m.date = 1796181259;  // 2026-12-02 03:14:19 UTC
  m.message_id = MessageIdFor(m);
  return m;
}

TEST(MailMimeTest, EncodeHeaderText) {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::string> words;
  } cases[] = {
      {"ascii stays readable", "Rapport for 8A", {"Rapport", "for", "8A"}},
      {"non-ascii is one encoded word", "Åsnes", {"=?UTF-8?B?w4VzbmVz?="}},
      {"something looking encoded is encoded", "=?x?=", {"=?UTF-8?B?PT94Pz0=?="}},
      {"control characters become spaces", "a\r\nBcc: x", {"a", "Bcc:", "x"}},
  };
  for (const Case& c : cases) EXPECT_EQ(EncodeHeaderText(c.text), c.words) << c.name;
}

TEST(MailMimeTest, EncodedWordsRoundTripAndNeverSplitACharacter) {
  const std::string text = "Kari Nordmann – Åsnes skole, ærlig øvrighet på Østre Åmot ungdomsskole";
  std::vector<std::string> words = EncodeHeaderText(text);
  EXPECT_GT(words.size(), 1u);
  for (const std::string& w : words) {
    EXPECT_LE(w.size(), 75u) << w;  // RFC 2047 2
    EXPECT_EQ(w.rfind("=?UTF-8?B?", 0), 0u) << w;
    // Each word decodes to whole UTF-8 characters.
    std::string decoded = DecodeWords({w});
    unsigned char last_lead = 0;
    for (unsigned char c : decoded)
      if ((c & 0xC0) != 0x80) last_lead = c;
    size_t tail = 0;
    for (auto it = decoded.rbegin(); it != decoded.rend() && (*it & 0xC0) == 0x80; ++it) ++tail;
    size_t need = last_lead >= 0xE0 ? 2 : last_lead >= 0xC0 ? 1 : 0;
    EXPECT_EQ(tail, need) << w;
  }
  EXPECT_EQ(DecodeWords(words), text);
}

TEST(MailMimeTest, MailboxQuotingAndEncoding) {
  struct Case {
    const char* name;
    Mailbox box;
    std::vector<std::string> words;
  } cases[] = {
      {"address alone", {"", "a@b.no"}, {"a@b.no"}},
      {"atoms", {"Kari Nordmann", "a@b.no"}, {"Kari", "Nordmann", "<a@b.no>"}},
      {"specials quoted",
       {"Nordmann, \"Kari\"", "a@b.no"},
       {"\"Nordmann, \\\"Kari\\\"\"", "<a@b.no>"}},
      {"utf-8 encoded", {"Åse", "a@b.no"}, {"=?UTF-8?B?w4VzZQ==?=", "<a@b.no>"}},
  };
  for (const Case& c : cases) EXPECT_EQ(EncodeMailbox(c.box), c.words) << c.name;
}

TEST(MailMimeTest, FoldHeaderKeepsLinesShort) {
  std::vector<std::string> words = EncodeHeaderText(std::string(200, 'x').replace(10, 1, "Å"));
  std::string header = FoldHeader("Subject", words);
  for (const std::string& line : Lines(header)) EXPECT_LE(line.size(), 78u) << line;
  EXPECT_EQ(header.substr(header.size() - 2), "\r\n");
  EXPECT_EQ(FoldHeader("To", {"a@b.no"}), "To: a@b.no\r\n");
}

TEST(MailMimeTest, Base64LinesOf76) {
  EXPECT_EQ(Base64Lines(""), "");
  EXPECT_EQ(Base64Lines("M"), "TQ==\r\n");
  EXPECT_EQ(Base64Lines("Ma"), "TWE=\r\n");
  EXPECT_EQ(Base64Lines("Man"), "TWFu\r\n");
  std::vector<std::string> lines = Lines(Base64Lines(std::string(1000, '\xff')));
  ASSERT_EQ(lines.size(), 18u);  // 1336 characters
  for (size_t i = 0; i + 1 < lines.size(); ++i) EXPECT_EQ(lines[i].size(), 76u) << "line " << i;
  EXPECT_EQ(lines.back().size(), 1336u - 17 * 76);
}

TEST(MailMimeTest, QuotedPrintable) {
  struct Case {
    const char* name;
    std::string text;
    std::string encoded;
  } cases[] = {
      {"plain", "Hei\n", "Hei\r\n"},
      {"utf-8 and equals", "æ=1\n", "=C3=A6=3D1\r\n"},
      {"trailing space encoded", "a \nb\t\n", "a=20\r\nb=09\r\n"},
      {"crlf input", "a\r\nb", "a\r\nb\r\n"},
      {"empty lines kept", "a\n\nb\n", "a\r\n\r\nb\r\n"},
  };
  for (const Case& c : cases) EXPECT_EQ(QuotedPrintable(c.text), c.encoded) << c.name;

  std::string long_line;
  for (int i = 0; i < 40; ++i) long_line += "ø ";
  std::vector<std::string> lines = Lines(QuotedPrintable(long_line));
  EXPECT_GT(lines.size(), 1u);
  for (const std::string& line : lines) EXPECT_LE(line.size(), 76u) << line;
  for (size_t i = 0; i + 1 < lines.size(); ++i)
    EXPECT_EQ(lines[i].back(), '=') << "soft break " << i;
}

TEST(MailMimeTest, ExtendedParameterSplitsIntoContinuations) {
  EXPECT_THAT(ExtendedParameter("filename", "Å.pdf"), ElementsAre("filename*=UTF-8''%C3%85.pdf"));
  std::vector<std::string> words =
      ExtendedParameter("filename", "Kultur for læring – 8A, Åsnes ungdomsskole.pdf");
  ASSERT_GT(words.size(), 1u);
  EXPECT_EQ(words[0].rfind("filename*0*=UTF-8''", 0), 0u);
  EXPECT_EQ(words[1].rfind("filename*1*=", 0), 0u);
  for (const std::string& w : words) EXPECT_LE(w.size(), 70u) << w;
}

TEST(MailMimeTest, FormatDate) {
  EXPECT_EQ(FormatDate(0), "Thu, 01 Jan 1970 00:00:00 +0000");
  EXPECT_EQ(FormatDate(1796181259), "Wed, 02 Dec 2026 03:14:19 +0000");
}

TEST(MailMimeTest, RenderedMessageIsWellFormed) {
  const MimeMessage m = Example();
  const std::string eml = RenderMessage(m);
  // CRLF only, short lines.
  for (size_t i = 0; i < eml.size(); ++i) {
    if (eml[i] == '\n') {
      ASSERT_TRUE(i > 0 && eml[i - 1] == '\r') << "bare LF at " << i;
    }
  }
  for (const std::string& line : Lines(eml)) EXPECT_LE(line.size(), 78u) << line;
  EXPECT_THAT(eml, HasSubstr("Date: Wed, 02 Dec 2026 03:14:19 +0000\r\n"));
  EXPECT_THAT(eml, HasSubstr("Message-ID: <" + m.message_id + ">\r\n"));
  EXPECT_THAT(eml, HasSubstr("MIME-Version: 1.0\r\n"));
  EXPECT_THAT(eml, HasSubstr("Content-Type: multipart/mixed;"));
  EXPECT_THAT(eml, HasSubstr("Content-Transfer-Encoding: quoted-printable\r\n"));
  EXPECT_THAT(eml,
              HasSubstr("Content-Type: application/pdf; name=\"rapport-asnes-skole-8a.pdf\"\r\n"));
  EXPECT_THAT(eml, HasSubstr("filename*0*=UTF-8''Kultur"));
  EXPECT_THAT(eml, HasSubstr("Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjUK"));
  EXPECT_THAT(eml, HasSubstr("To: =?UTF-8?B?"));
  EXPECT_THAT(eml, Not(HasSubstr("Åsnes")));  // headers are 7-bit
  EXPECT_EQ(eml.substr(eml.size() - 4), "--\r\n");
}

TEST(MailMimeTest, SameMessageSameBytes) {
  EXPECT_EQ(RenderMessage(Example()), RenderMessage(Example()));
}

TEST(MailMimeTest, MessageIdIgnoresTheDateButNotTheContent) {
  MimeMessage a = Example(), b = Example();
  b.date += 86400;
  EXPECT_EQ(MessageIdFor(a), MessageIdFor(b));
  EXPECT_THAT(MessageIdFor(a), ::testing::EndsWith("@hamar.kommune.no"));
  struct Change {
    const char* name;
    void (*apply)(MimeMessage*);
  } changes[] = {
      {"recipient", [](MimeMessage* m) { m->to[0].address = "ola@example.no"; }},
      {"subject", [](MimeMessage* m) { m->subject += "!"; }},
      {"body", [](MimeMessage* m) { m->text += "!"; }},
      {"attachment bytes", [](MimeMessage* m) { m->attachments[0].bytes += "!"; }},
      {"sender", [](MimeMessage* m) { m->from.address = "x@hamar.kommune.no"; }},
  };
  for (const Change& c : changes) {
    MimeMessage changed = Example();
    c.apply(&changed);
    EXPECT_NE(MessageIdFor(changed), MessageIdFor(a)) << c.name;
  }
}

}  // namespace
}  // namespace kfl
