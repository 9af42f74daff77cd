// Mime: an e-mail message with attachments as the bytes of an .eml file
// (RFC 5322 headers, RFC 2045/2046 MIME, RFC 2047 encoded-words for
// non-ASCII header text, RFC 2183/2231 attachment file names).
//
//   MimeMessage m;
//   m.from = {"Kultur for læring", "rapport@kommune.no"};
//   m.to = {{"Kari Nordmann", "kari@example.no"}};
//   m.subject = "Rapport for 8A";
//   m.text = "Hei Kari,\n...";
//   m.attachments.push_back({"Rapport 8A.pdf", "rapport-8a.pdf", "application/pdf", bytes});
//   m.date = clock.Now();
//   m.message_id = MessageIdFor(m);
//   std::string eml = RenderMessage(m);
//
// The output is deterministic: the same message gives the same bytes (the
// MIME boundary is derived from a hash of the content). Lines end in CRLF,
// header lines are folded to at most 78 characters, the text body is
// quoted-printable UTF-8, attachments are base64 in lines of 76.
// Pure functions; thread-safe.
#pragma once

#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace kfl {

struct Mailbox {
  std::string name;     // display name, any UTF-8 ("" for none)
  std::string address;  // REQUIRES: IsSendableAddress(address)
};

struct MimeAttachment {
  std::string filename;        // what the reader sees, any UTF-8 (RFC 2231 filename*)
  std::string ascii_filename;  // fallback for old readers: printable ASCII, no quotes
  std::string content_type;    // e.g. "application/pdf"
  std::string bytes;
};

struct MimeMessage {
  Mailbox from;
  std::vector<Mailbox> to;
  std::string subject;  // any UTF-8; control characters become spaces
  std::string text;     // the plain-text body, UTF-8, '\n' line ends
  std::vector<MimeAttachment> attachments;
  std::time_t date = 0;    // the Date header (seconds since the epoch, shown in UTC)
  std::string message_id;  // without angle brackets, e.g. "3f2a...@kommune.no"
};

// The whole message, headers and body, with CRLF line ends.
std::string RenderMessage(const MimeMessage& message);

// A Message-ID that depends only on what the message says and to whom
// (everything but `date` and `message_id`): 32 hex digits of a SHA-256, '@'
// and the sender's domain. The same message built on another day gets the
// same id, which is what the send log keys on.
std::string MessageIdFor(const MimeMessage& message);

// ---- The building blocks, exposed for tests. ----

// A header field "Name: value" folded at spaces so that no line is longer
// than 78 characters (unless one word is), ending in CRLF. `words` are
// joined with single spaces.
std::string FoldHeader(std::string_view name, const std::vector<std::string>& words);

// Header text as words for FoldHeader: printable ASCII text split at its
// spaces; anything else as RFC 2047 "=?UTF-8?B?...?=" words of at most 30
// bytes of text each (never splitting a UTF-8 sequence), so that every
// encoded word fits on a folded line.
std::vector<std::string> EncodeHeaderText(std::string_view text);

// A mailbox for From/To: `address` alone, `"name" <address>` for ASCII
// names (quoted when needed), encoded-words followed by <address> otherwise.
std::vector<std::string> EncodeMailbox(const Mailbox& mailbox);

// Base64 (RFC 2045) in lines of 76 characters, each ending in CRLF.
std::string Base64Lines(std::string_view bytes);

// Quoted-printable (RFC 2045 6.7) of UTF-8 text with '\n' (or "\r\n") line
// ends: lines of at most 76 characters, CRLF line ends, trailing spaces
// encoded.
std::string QuotedPrintable(std::string_view text);

// RFC 2231 parameter `name*0*=UTF-8''...; name*1*=...` words (percent-encoded,
// split into pieces that fit a folded line), for FoldHeader.
std::vector<std::string> ExtendedParameter(std::string_view name, std::string_view value);

// "Wed, 02 Dec 2026 03:14:19 +0000" (RFC 5322 3.3, in UTC).
std::string FormatDate(std::time_t time);

// Lower-case hex SHA-256.
std::string Sha256HexOf(std::string_view bytes);

}  // namespace kfl
