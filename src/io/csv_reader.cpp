#include "io/csv_reader.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "io/utf8.h"

namespace kfl {

CsvReader::CsvReader(InputFile* file, std::string path, Diagnostics* diags, size_t chunk_size)
    : file_(file),
      path_(std::move(path)),
      diags_(diags),
      chunk_size_(std::max<size_t>(chunk_size, 1)) {}

// Appends at least one byte to the unread bytes [pos_, end_), moving them to
// the front of the buffer first and growing it when it is full. Returns false
// at the end of the file and on a read error (reported; failed_ is set).
bool CsvReader::ReadMore() {
  if (eof_) return false;
  if (pos_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(std::max<size_t>(buffer_.size() * 2, 8));
  size_t want = std::min(chunk_size_, buffer_.size() - end_);
  std::ptrdiff_t n = file_.Read(buffer_.data() + end_, want);
  if (file_.windows_1252() && header_read_) ReportEncoding();
  if (n < 0) {
    diags_->Error({path_, line_, column_}, "diag.cannot_read");
    eof_ = true;
    failed_ = true;
    return false;
  }
  if (n == 0) {
    eof_ = true;
    return false;
  }
  end_ += static_cast<size_t>(n);
  return true;
}

// Makes `bytes` unread bytes available unless the file ends first; returns
// how many there are.
size_t CsvReader::Ensure(size_t bytes) {
  while (end_ - pos_ < bytes && ReadMore()) {
  }
  return end_ - pos_;
}

bool CsvReader::ReadHeader() {
  buffer_.resize(chunk_size_);
  if (Ensure(3) >= 3 && std::memcmp(buffer_.data() + pos_, "\xEF\xBB\xBF", 3) == 0) pos_ += 3;
  if (failed_) return false;
  // UTF-16 (Excel's "Unicode text"): a byte order mark FF FE or FE FF, read
  // raw (the Windows-1252 reading would make it "ÿþ").
  if (Ensure(2) >= 2 && ((buffer_[pos_] == '\xFF' && buffer_[pos_ + 1] == '\xFE') ||
                         (buffer_[pos_] == '\xFE' && buffer_[pos_ + 1] == '\xFF'))) {
    diags_->Error({path_, 0, 0}, "diag.csv_utf16");
    failed_ = true;
    return false;
  }
  if (Ensure(1) == 0) {
    if (!failed_) diags_->Error({path_, 0, 0}, "diag.csv_empty");
    return false;
  }
  DetectSeparator();
  if (failed_) return false;
  for (int c = 0; c < 256; ++c) {
    plain_unquoted_[c] = c > 0 && c < 0x80 && c != separator_ && c != '"' && c != '\n' && c != '\r';
    plain_quoted_[c] = c > 0 && c < 0x80 && c != '"' && c != '\n';
    byte_kind_[c] = plain_unquoted_[c] ? 0 : c == separator_ ? 1 : 2;
  }
  separators_.resize(kMaxPlainRecord);
  if (!ReadRecord() || record_bad_) return false;
  header_line_ = record_line_;
  if (blank_) {
    if (Ensure(1) == 0 && !failed_) {
      diags_->Error({path_, 0, 0}, "diag.csv_empty");
    } else if (!failed_) {
      diags_->Error({path_, header_line_, 1}, "diag.csv_header_blank");
    }
    return false;
  }
  header_text_.assign(base_, fields_.back().end);
  header_fields_ = fields_;
  header_read_ = true;
  if (header_fields_.size() > 1 && header_fields_.back().begin == header_fields_.back().end) {
    trailing_column_ = true;
    diags_->Warning(HeaderWhere(header_fields_.size() - 1), "diag.csv_trailing_column");
    header_fields_.pop_back();
  }
  if (file_.windows_1252()) ReportEncoding();
  return true;
}

// Once per file, when it turned out to be Windows-1252: where and how it was
// read.
void CsvReader::ReportEncoding() {
  if (encoding_reported_) return;
  encoding_reported_ = true;
  diags_->Warning({path_, file_.first_line(), file_.first_column()}, "diag.csv_windows_1252",
                  {{"separator", std::string(1, separator_)}, {"line_ends", crlf_ ? "CRLF" : "LF"}});
}

std::optional<std::string> CsvReader::WithDecimalPoint(size_t i) const {
  if (separator_ != ';') return std::nullopt;
  std::string text((*this)[i]);
  const size_t comma = text.find(',');
  if (comma == std::string::npos || text.find(',', comma + 1) != std::string::npos)
    return std::nullopt;
  text[comma] = '.';
  return text;
}

void CsvReader::DecimalCommaAccepted(size_t i) const {
  if (decimal_comma_reported_) return;
  decimal_comma_reported_ = true;
  diags_->Warning(Where(i), "diag.csv_decimal_comma",
                  {{"value", std::string((*this)[i])}, {"fixed", *WithDecimalPoint(i)}});
}

// Looks at the header line (up to its first line break outside quotes) for
// the separator. The line stays unread.
void CsvReader::DetectSeparator() {
  bool in_quotes = false, comma = false, semicolon = false;
  for (size_t i = 0;; ++i) {
    if (pos_ + i == end_ && !ReadMore()) break;
    char c = buffer_[pos_ + i];
    if (c == '"') {
      in_quotes = !in_quotes;
    } else if (!in_quotes) {
      if (c == '\n') {
        crlf_ = i > 0 && buffer_[pos_ + i - 1] == '\r';
        break;
      }
      if (c == ',') comma = true;
      if (c == ';') semicolon = true;
    }
  }
  separator_ = semicolon && !comma ? ';' : ',';
}

bool CsvReader::Next() {
  while (ReadRecord()) {
    if (record_bad_ || blank_) continue;
    const size_t expected = header_fields_.size();
    if (trailing_column_ && fields_.size() == expected + 1) {
      // A value there is reported, and the rest of the record still read,
      // so that one stray cell does not take a unit or respondent away.
      if (fields_.back().begin != fields_.back().end)
        diags_->Error(Where(expected), "diag.column_unnamed");
      fields_.pop_back();
    }
    if (fields_.size() > expected) {
      diags_->Error(
          Where(expected), "diag.csv_too_many_fields",
          {{"found", std::to_string(fields_.size())}, {"expected", std::to_string(expected)}});
      continue;
    }
    if (fields_.size() < expected) {
      diags_->Error(
          {path_, record_line_, 1}, "diag.csv_too_few_fields",
          {{"found", std::to_string(fields_.size())}, {"expected", std::to_string(expected)}});
      continue;
    }
    return true;
  }
  return false;
}

// Reads one record into record_ and fields_. Returns false when there is
// none: at the end of the file or after a problem that ends it.
bool CsvReader::ReadRecord() {
  record_bad_ = false;
  blank_ = false;
  if (failed_ || Ensure(1) == 0) return false;
  record_line_ = line_;
  if (ReadPlainRecord()) return true;
  record_.clear();
  fields_.clear();
  bool first_quoted = false;
  for (;;) {
    Field field{static_cast<uint32_t>(record_.size()), 0, line_, column_};
    size_t available = Ensure(1);
    if (failed_) return false;
    bool quoted = available > 0 && buffer_[pos_] == '"';
    if (fields_.empty()) first_quoted = quoted;
    End end = quoted ? ReadQuoted() : available > 0 ? ReadUnquoted() : End::kFileEnd;
    if (end == End::kFatal) return false;
    field.end = static_cast<uint32_t>(record_.size());
    fields_.push_back(field);
    if (end != End::kSeparator) break;
  }
  blank_ = fields_.size() == 1 && fields_[0].begin == fields_[0].end && !first_quoted;
  base_ = record_.data();
  return true;
}

// The fast path of ReadRecord(): a record that the buffer holds whole, up to
// its line end, with no quotes and only well-formed UTF-8, becomes views into
// the buffer. Returns false, having consumed nothing, for any other record.
//
// The scan has no data-dependent branch for ordinary bytes and separators
// (the offset is stored at every byte and the count advanced only at a
// separator), so short fields cost no mispredicted jumps.
bool CsvReader::ReadPlainRecord() {
  const char* const begin = buffer_.data() + pos_;
  const char* const end = buffer_.data() + end_;
  const char* const limit =
      static_cast<size_t>(end - begin) > kMaxPlainRecord ? begin + kMaxPlainRecord : end;
  uint32_t* const separators = separators_.data();
  size_t n = 0;
  bool non_ascii = false;
  const char* p = begin;
  for (;;) {
    while (p < limit) {
      const uint8_t kind = byte_kind_[static_cast<unsigned char>(*p)];
      if (kind > 1) break;
      separators[n] = static_cast<uint32_t>(p - begin);
      n += kind;
      ++p;
    }
    if (p == limit) return false;
    const char c = *p;
    if (c == '\n' || (c == '\r' && p + 1 < end && p[1] == '\n')) break;
    if (static_cast<unsigned char>(c) < 0x80) return false;  // a quote or a lone CR
    int length =
        Utf8SequenceLength(reinterpret_cast<const unsigned char*>(p), static_cast<size_t>(end - p));
    if (length == 0) return false;
    non_ascii = true;
    p += length;
  }
  const uint32_t line_end = static_cast<uint32_t>(p - begin);
  fields_.resize(n + 1);
  uint32_t start = 0;
  uint32_t counted = 0;  // with non-ASCII text: characters counted up to here
  int column = column_;
  for (size_t i = 0; i <= n; ++i) {
    const uint32_t stop = i < n ? separators[i] : line_end;
    if (non_ascii) {
      column += static_cast<int>(Utf8Length(std::string_view(begin + counted, start - counted)));
      counted = start;
    } else {
      column = column_ + static_cast<int>(start);
    }
    fields_[i] = {start, stop, line_, column};
    start = stop + 1;
  }
  pos_ += line_end + (*p == '\r' ? 2 : 1);
  NewLine();
  base_ = begin;
  blank_ = n == 0 && line_end == 0;
  return true;
}

CsvReader::End CsvReader::ReadUnquoted() {
  for (;;) {
    // The common case first: a run of plain ASCII bytes.
    const char* data = buffer_.data();
    size_t p = pos_;
    while (p < end_ && plain_unquoted_[static_cast<unsigned char>(data[p])]) ++p;
    if (p > pos_) {
      record_.append(data + pos_, p - pos_);
      column_ += static_cast<int>(p - pos_);
      pos_ = p;
    }
    if (pos_ == end_) {
      if (!ReadMore()) return failed_ ? End::kFatal : End::kFileEnd;
      continue;
    }
    const char c = buffer_[pos_];
    if (c == separator_) {
      ++pos_;
      ++column_;
      return End::kSeparator;
    }
    if (c == '\n') {
      ++pos_;
      NewLine();
      return End::kLineEnd;
    }
    if (c == '\r') {
      if (Ensure(2) >= 2 && buffer_[pos_ + 1] == '\n') {
        pos_ += 2;
        NewLine();
        return End::kLineEnd;
      }
      if (failed_) return End::kFatal;
      RecordError(line_, column_, "diag.csv_bare_cr");
      ++pos_;
      ++column_;
      continue;
    }
    if (c == '"') {
      RecordError(line_, column_, "diag.csv_quote_in_field");
      record_ += c;
      ++pos_;
      ++column_;
      continue;
    }
    if (!AppendUtf8()) return End::kFatal;
  }
}

CsvReader::End CsvReader::ReadQuoted() {
  const int open_line = line_, open_column = column_;
  ++pos_;  // the opening quote
  ++column_;
  for (;;) {
    const char* data = buffer_.data();
    size_t p = pos_;
    while (p < end_ && plain_quoted_[static_cast<unsigned char>(data[p])]) ++p;
    if (p > pos_) {
      record_.append(data + pos_, p - pos_);
      column_ += static_cast<int>(p - pos_);
      pos_ = p;
    }
    if (pos_ == end_) {
      if (ReadMore()) continue;
      if (!failed_) {
        diags_->Error({path_, open_line, open_column}, "diag.csv_unterminated_quote");
        failed_ = true;
      }
      return End::kFatal;
    }
    const char c = buffer_[pos_];
    if (c == '"') {
      if (Ensure(2) >= 2 && buffer_[pos_ + 1] == '"') {
        record_ += '"';
        pos_ += 2;
        column_ += 2;
        continue;
      }
      if (failed_) return End::kFatal;
      ++pos_;  // the closing quote
      ++column_;
      // A quote closed on a later line with text after it: most likely the
      // opening quote was never meant to be closed there (a hand-edited
      // file), so that is where the problem is shown.
      if (line_ != open_line && !record_bad_ && Ensure(1) > 0) {
        const char next = buffer_[pos_];
        if (next != separator_ && next != '\n' && next != '\r') {
          record_bad_ = true;
          diags_->Error({path_, open_line, open_column}, "diag.csv_quote_spans_lines",
                        {{"line", std::to_string(line_)}});
        }
      }
      return AfterClosingQuote();
    }
    if (c == '\n') {
      record_ += c;
      ++pos_;
      NewLine();
      continue;
    }
    if (!AppendUtf8()) return End::kFatal;
  }
}

// After a closing quote only a separator or the end of the line or file may
// follow. Anything else is reported, and read as part of the field so that
// the record's end is found.
CsvReader::End CsvReader::AfterClosingQuote() {
  if (Ensure(1) == 0) return failed_ ? End::kFatal : End::kFileEnd;
  const char c = buffer_[pos_];
  if (c == separator_) {
    ++pos_;
    ++column_;
    return End::kSeparator;
  }
  if (c == '\n') {
    ++pos_;
    NewLine();
    return End::kLineEnd;
  }
  if (c == '\r' && Ensure(2) >= 2 && buffer_[pos_ + 1] == '\n') {
    pos_ += 2;
    NewLine();
    return End::kLineEnd;
  }
  if (failed_) return End::kFatal;
  RecordError(line_, column_, "diag.csv_text_after_quote");
  return ReadUnquoted();
}

// Appends the (non-ASCII) character at pos_, reporting it when it is not
// well-formed UTF-8 (its first byte is then taken alone). Returns false on a
// read error.
bool CsvReader::AppendUtf8() {
  size_t available = Ensure(4);
  if (failed_) return false;
  int length =
      Utf8SequenceLength(reinterpret_cast<const unsigned char*>(buffer_.data() + pos_), available);
  if (length == 0) {
    RecordError(line_, column_, "diag.csv_invalid_utf8");
    length = 1;
  } else if (buffer_[pos_] == '\0') {
    RecordError(line_, column_, "diag.csv_nul");
  }
  record_.append(buffer_.data() + pos_, static_cast<size_t>(length));
  pos_ += static_cast<size_t>(length);
  ++column_;
  return true;
}

// Reports the first problem of a record; the record is then skipped.
void CsvReader::RecordError(int line, int column, const char* key) {
  if (record_bad_) return;
  record_bad_ = true;
  diags_->Error({path_, line, column}, key);
}

}  // namespace kfl
