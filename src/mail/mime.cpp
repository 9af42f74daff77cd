#include "mail/mime.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "mail/address.h"

namespace kfl {
namespace {

constexpr size_t kMaxLine = 78;           // RFC 5322 2.1.1: SHOULD be no more than 78
constexpr size_t kEncodedWordBytes = 30;  // text bytes per encoded word (52 characters)
constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string Base64(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    uint32_t v = (uint8_t(bytes[i]) << 16) | (uint8_t(bytes[i + 1]) << 8) | uint8_t(bytes[i + 2]);
    out += kBase64[v >> 18];
    out += kBase64[(v >> 12) & 63];
    out += kBase64[(v >> 6) & 63];
    out += kBase64[v & 63];
  }
  if (i < bytes.size()) {
    uint32_t v = uint8_t(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= uint8_t(bytes[i + 1]) << 8;
    out += kBase64[v >> 18];
    out += kBase64[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kBase64[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// Control characters (CR, LF, tabs, ...) would end or bend a header line.
std::string WithoutControls(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  return out;
}

bool IsPrintableAscii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) return false;
  return true;
}

// Length of the UTF-8 sequence starting with `lead` (1 for stray bytes).
size_t Utf8Length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

std::string Hex2(unsigned char c) {
  char buf[4];
  std::snprintf(buf, sizeof buf, "%02X", c);
  return buf;
}

// Length-prefixed fields, so that no two different messages hash alike.
void AddField(std::string* out, std::string_view field) {
  *out += std::to_string(field.size());
  *out += ':';
  *out += field;
}

std::string ContentDigest(const MimeMessage& m, bool with_headers) {
  std::string in;
  if (with_headers) {
    AddField(&in, m.from.name);
    AddField(&in, m.from.address);
    for (const Mailbox& to : m.to) {
      AddField(&in, to.name);
      AddField(&in, to.address);
    }
    AddField(&in, m.subject);
  }
  AddField(&in, m.text);
  for (const MimeAttachment& a : m.attachments) {
    AddField(&in, a.filename);
    AddField(&in, a.ascii_filename);
    AddField(&in, a.content_type);
    AddField(&in, a.bytes);
  }
  return Sha256HexOf(in);
}

std::vector<std::string> AddressList(const std::vector<Mailbox>& boxes) {
  std::vector<std::string> words;
  for (size_t i = 0; i < boxes.size(); ++i) {
    std::vector<std::string> box = EncodeMailbox(boxes[i]);
    if (i + 1 < boxes.size()) box.back() += ',';
    words.insert(words.end(), box.begin(), box.end());
  }
  return words;
}

}  // namespace

std::string Sha256HexOf(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr);
  std::string hex;
  for (unsigned int i = 0; i < size; ++i) {
    std::string h = Hex2(digest[i]);
    hex += static_cast<char>(std::tolower(h[0]));
    hex += static_cast<char>(std::tolower(h[1]));
  }
  return hex;
}

std::string FoldHeader(std::string_view name, const std::vector<std::string>& words) {
  std::string out(name);
  out += ':';
  size_t line = out.size();
  bool first_on_line = true;
  for (const std::string& word : words) {
    if (!first_on_line && line + 1 + word.size() > kMaxLine) {
      out += "\r\n";
      line = 0;
    }
    out += ' ';
    out += word;
    line += 1 + word.size();
    first_on_line = false;
  }
  out += "\r\n";
  return out;
}

std::vector<std::string> EncodeHeaderText(std::string_view raw) {
  const std::string text = WithoutControls(raw);
  std::vector<std::string> words;
  if (IsPrintableAscii(text) && text.find("=?") == std::string::npos) {
    size_t start = 0;
    while (start < text.size()) {
      size_t space = text.find(' ', start);
      if (space == std::string::npos) space = text.size();
      if (space > start) words.push_back(text.substr(start, space - start));
      start = space + 1;
    }
    return words;
  }
  size_t i = 0;
  while (i < text.size()) {
    size_t end = i;
    while (end < text.size()) {
      size_t next = end + Utf8Length(static_cast<unsigned char>(text[end]));
      if (next - i > kEncodedWordBytes) break;
      end = next;
    }
    if (end == i) end = std::min(text.size(), i + Utf8Length(static_cast<unsigned char>(text[i])));
    words.push_back("=?UTF-8?B?" + Base64(std::string_view(text).substr(i, end - i)) + "?=");
    i = end;
  }
  return words;
}

std::vector<std::string> EncodeMailbox(const Mailbox& mailbox) {
  const std::string name = WithoutControls(mailbox.name);
  std::vector<std::string> words;
  if (name.find_first_not_of(' ') == std::string::npos) {
    words.push_back(mailbox.address);
    return words;
  }
  if (IsPrintableAscii(name) && name.find("=?") == std::string::npos) {
    bool plain = true;  // a phrase of atoms needs no quotes
    for (char c : name)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != ' ' &&
          !std::strchr("!#$%&'*+-/=?^_`{|}~", c))
        plain = false;
    if (plain) {
      words = EncodeHeaderText(name);
    } else {
      std::string quoted = "\"";
      for (char c : name) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
      }
      words.push_back(quoted + '"');
    }
  } else {
    words = EncodeHeaderText(name);
  }
  words.push_back("<" + mailbox.address + ">");
  return words;
}

std::string Base64Lines(std::string_view bytes) {
  const std::string encoded = Base64(bytes);
  std::string out;
  out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
  for (size_t i = 0; i < encoded.size(); i += 76) {
    out.append(encoded, i, 76);
    out += "\r\n";
  }
  return out;
}

std::string QuotedPrintable(std::string_view text) {
  constexpr size_t kMaxEncoded = 75;  // plus the '=' of a soft line break
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string current;
    for (size_t i = 0; i < line.size(); ++i) {
      unsigned char c = line[i];
      std::string token;
      bool last = i + 1 == line.size();
      const bool literal = ((c == ' ' || c == '\t') && !last) || (c >= 33 && c <= 126 && c != '=');
      token = literal ? std::string(1, static_cast<char>(c)) : "=" + Hex2(c);
      if (current.size() + token.size() > kMaxEncoded) {
        out += current + "=\r\n";
        current.clear();
      }
      current += token;
    }
    out += current + "\r\n";
    start = end + 1;
  }
  return out;
}

std::vector<std::string> ExtendedParameter(std::string_view name, std::string_view value) {
  constexpr size_t kPiece = 48;  // encoded characters per continuation
  std::vector<std::string> pieces;
  std::string current = "UTF-8''";
  for (size_t i = 0; i < value.size(); ++i) {
    unsigned char c = value[i];
    std::string token;
    if (std::isalnum(c) || std::strchr("!#$&+-.^_`|~", c)) {
      token = std::string(1, static_cast<char>(c));
    } else {
      token = "%" + Hex2(c);
    }
    if (current.size() + token.size() > kPiece) {
      pieces.push_back(current);
      current.clear();
    }
    current += token;
  }
  pieces.push_back(current);
  std::vector<std::string> words;
  if (pieces.size() == 1) {
    words.push_back(std::string(name) + "*=" + pieces[0]);
  } else {
    for (size_t i = 0; i < pieces.size(); ++i)
      words.push_back(std::string(name) + "*" + std::to_string(i) + "*=" + pieces[i]);
  }
  return words;
}

std::string FormatDate(std::time_t time) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::tm tm{};
  gmtime_r(&time, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday],
                tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return buf;
}

std::string MessageIdFor(const MimeMessage& message) {
  return ContentDigest(message, /*with_headers=*/true).substr(0, 32) + "@" +
         std::string(DomainOf(message.from.address));
}

std::string RenderMessage(const MimeMessage& m) {
  std::string out;
  out += FoldHeader("Date", {FormatDate(m.date)});
  out += FoldHeader("From", EncodeMailbox(m.from));
  out += FoldHeader("To", AddressList(m.to));
  out += FoldHeader("Subject", EncodeHeaderText(m.subject));
  out += FoldHeader("Message-ID", {"<" + m.message_id + ">"});
  out += "MIME-Version: 1.0\r\n";
  const std::string text_headers =
      "Content-Type: text/plain; charset=UTF-8\r\n"
      "Content-Transfer-Encoding: quoted-printable\r\n";
  if (m.attachments.empty()) {
    out += text_headers + "\r\n" + QuotedPrintable(m.text);
    return out;
  }
  // "=_" never occurs in quoted-printable or base64 text, so the boundary
  // cannot appear inside a part.
  const std::string boundary = "=_kfl_" + ContentDigest(m, false).substr(0, 32);
  out += FoldHeader("Content-Type", {"multipart/mixed;", "boundary=\"" + boundary + "\""});
  out += "\r\n--" + boundary + "\r\n" + text_headers + "\r\n" + QuotedPrintable(m.text);
  for (const MimeAttachment& a : m.attachments) {
    out += "--" + boundary + "\r\n";
    out += FoldHeader("Content-Type", {a.content_type + ";", "name=\"" + a.ascii_filename + "\""});
    std::vector<std::string> disposition = {"attachment;"};
    if (IsPrintableAscii(a.filename) && a.filename.find_first_of("\"\\") == std::string::npos &&
        a.filename.size() <= 60) {
      disposition.push_back("filename=\"" + a.filename + "\"");
    } else {
      std::vector<std::string> words = ExtendedParameter("filename", a.filename);
      for (size_t i = 0; i + 1 < words.size(); ++i) words[i] += ';';
      disposition.insert(disposition.end(), words.begin(), words.end());
    }
    out += FoldHeader("Content-Disposition", disposition);
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += Base64Lines(a.bytes);
  }
  out += "--" + boundary + "--\r\n";
  return out;
}

}  // namespace kfl
