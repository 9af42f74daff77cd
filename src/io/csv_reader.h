// CsvReader: a streaming RFC 4180 tokenizer that knows where every field
// starts, for the CSV files of a data directory (data contract section 1).
//
// kfl has its own tokenizer because diagnostics must point at the cell
// (file:line:column) and no CSV library packaged in Debian reports field
// positions: libcsv-dev gives none, and libfccp-dev cannot read quoted
// newlines.
//
// What it accepts:
// - UTF-8 text, with or without a byte order mark (skipped); and text that
//   Excel saved in Windows-1252, which is converted (io/legacy_encoding.h)
//   with a warning naming the dialect, at the first converted character;
// - ',' or ';' as separator, decided by the header line: ';' when the header
//   has a ';' and no ',' outside quotes, ',' otherwise;
// - LF or CRLF line ends;
// - quoted fields holding separators, doubled quotes ("") and line breaks
//   (kept exactly as written; the line count goes on inside them);
// - blank lines (no characters at all), which are skipped, e.g. at the end;
// - a last column with no name that is empty on every row, as Excel writes
//   an empty column: dropped, with a warning (a value in it is an error);
// - in a semicolon-separated file, numbers with a decimal comma, as
//   Norwegian Excel writes them, for the readers that ask
//   (WithDecimalPoint()), with one warning per file.
// What it reports (Diagnostics, keys "diag.csv_*"), at line:column:
// - an empty file or a blank first line: there is no header;
// - invalid UTF-8, a quote inside an unquoted field, text after a closing
//   quote, a CR that is not followed by LF (one problem per record: the
//   record is skipped);
// - a record with more or fewer fields than the header (skipped);
// - a quote that is never closed, and a read error: both end the file.
//
// Lines are 1-based; columns are 1-based and counted in characters (not
// bytes) so that an editor's "go to line:column" lands on the cell. A BOM
// takes no column.
//
// The file is read in chunks (1 MiB by default) and never held whole; field
// buffers are reused, so reading allocates nothing per cell. A record's
// fields are views into the reader's buffer, valid until the next call to
// Next().
//
//   CsvReader csv(file.get(), "data/units.csv", &diags);
//   if (!csv.ReadHeader()) return;          // problem already reported
//   while (csv.Next()) Use(csv[0], csv.Where(0));
//
// Not thread-safe; one reader per file.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/diagnostics.h"
#include "io/file_system.h"
#include "io/legacy_encoding.h"

namespace kfl {

class CsvReader {
 public:
  static constexpr size_t kDefaultChunkSize = size_t{1} << 20;

  // Reads `file`, which must outlive the reader, `chunk_size` bytes at a
  // time; `path` names it in the problems reported to *diags.
  CsvReader(InputFile* file, std::string path, Diagnostics* diags,
            size_t chunk_size = kDefaultChunkSize);
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Reads the header line and decides the separator. Returns false when the
  // file has no usable header (empty, unreadable, first line blank or
  // broken); the problem has been reported.
  // REQUIRES: called once, before Next().
  bool ReadHeader();

  // Moves to the next well-formed record with as many fields as the header,
  // reporting and skipping the others. Returns false at the end of the file
  // or when reading had to stop (see failed()).
  bool Next();

  // True when reading stopped at a problem that ends the file (a read error
  // or a quote that is never closed), which has been reported.
  bool failed() const { return failed_; }

  const std::string& path() const { return path_; }
  char separator() const { return separator_; }

  // The header line's fields.
  size_t header_size() const { return header_fields_.size(); }
  std::string_view header(size_t i) const { return View(header_text_.data(), header_fields_[i]); }
  Location HeaderWhere(size_t i) const {
    return {path_, header_fields_[i].line, header_fields_[i].column};
  }
  int header_line() const { return header_line_; }

  // The current record's fields (after Next() returned true).
  size_t size() const { return fields_.size(); }
  std::string_view operator[](size_t i) const { return View(base_, fields_[i]); }
  int line(size_t i) const { return fields_[i].line; }
  int column(size_t i) const { return fields_[i].column; }
  Location Where(size_t i) const { return {path_, fields_[i].line, fields_[i].column}; }
  // The line where the current record starts.
  int record_line() const { return record_line_; }

  // The current record's field i with its one ',' made '.', when the file is
  // semicolon-separated (where Norwegian Excel writes "4,5" for 4.5);
  // nullopt otherwise (a comma file, no ',' or more than one). A reader that
  // accepts the number calls DecimalCommaAccepted(i): the first time, a
  // warning says how the file's numbers were read.
  std::optional<std::string> WithDecimalPoint(size_t i) const;
  void DecimalCommaAccepted(size_t i) const;

 private:
  struct Field {
    uint32_t begin;  // offsets from base_ (header: from header_text_)
    uint32_t end;
    int line;
    int column;
  };
  // How a field ended.
  enum class End { kSeparator, kLineEnd, kFileEnd, kFatal };

  static std::string_view View(const char* base, const Field& f) {
    return std::string_view(base + f.begin, f.end - f.begin);
  }

  bool ReadMore();
  size_t Ensure(size_t bytes);
  void DetectSeparator();
  bool ReadRecord();
  bool ReadPlainRecord();
  End ReadUnquoted();
  End ReadQuoted();
  End AfterClosingQuote();
  bool AppendUtf8();
  void RecordError(int line, int column, const char* key);
  void ReportEncoding();
  void NewLine() {
    ++line_;
    column_ = 1;
  }

  LegacyEncodingFile file_;
  std::string path_;
  Diagnostics* diags_;
  size_t chunk_size_;

  std::vector<char> buffer_;
  size_t pos_ = 0;  // next unread byte in buffer_
  size_t end_ = 0;  // end of the bytes read into buffer_
  bool eof_ = false;
  bool failed_ = false;
  int line_ = 1;  // position of buffer_[pos_]
  int column_ = 1;

  char separator_ = ',';
  bool crlf_ = false;              // the header line ends with CRLF
  bool header_read_ = false;
  bool encoding_reported_ = false;
  bool trailing_column_ = false;   // the header ended with an unnamed column, dropped
  mutable bool decimal_comma_reported_ = false;
  // Bytes that need no attention inside an unquoted / a quoted field.
  std::array<bool, 256> plain_unquoted_{};
  std::array<bool, 256> plain_quoted_{};
  // For ReadPlainRecord(): 0 plain, 1 separator, 2 anything else; and where
  // it notes the separators of a record up to kMaxPlainRecord bytes long
  // (longer records take the general path).
  static constexpr size_t kMaxPlainRecord = 64 * 1024;
  std::array<uint8_t, 256> byte_kind_{};
  std::vector<uint32_t> separators_;

  // The current record's fields are either in buffer_, as they were read
  // (a record without quotes that the buffer holds whole: the common case,
  // read without copying), or copied into record_, back to back.
  const char* base_ = nullptr;
  std::string record_;
  std::vector<Field> fields_;
  int record_line_ = 0;
  bool record_bad_ = false;  // a problem was reported in this record
  bool blank_ = false;       // the record is a blank line

  std::string header_text_;
  std::vector<Field> header_fields_;
  int header_line_ = 1;
};

}  // namespace kfl
