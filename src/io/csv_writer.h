// CsvLine: builds one RFC 4180 line of a machine-readable output file
// (comma-separated, '.' as decimal separator, fields quoted only when they
// hold a comma, quote or line break, LF line ends).
//
//   CsvLine line;
//   line.Add("k-hamar").Add(42).Add(3.14159, 6).AddExact(0.1).Empty();
//   writer->Write(line.End());
#pragma once

#include <string>
#include <string_view>

namespace kfl {

class CsvLine {
 public:
  CsvLine& Add(std::string_view text);
  // Untrusted text (a name from the data) for a file a spreadsheet opens:
  // one starting with = + - @ or a tab is written after a ' so that it is
  // shown as text, never run as a formula (OWASP's CSV injection advice).
  CsvLine& AddName(std::string_view text);
  CsvLine& Add(long long value);
  // Fixed notation with `decimals` digits; NaN gives an empty field and
  // "-0.000000" is written as "0.000000".
  CsvLine& Add(double value, int decimals);
  // The shortest text that reads back as the same double (std::to_chars:
  // 0.00185914195337079, 52.5, 1e-07); NaN or infinity gives an empty
  // field and -0 is written as 0.
  CsvLine& AddExact(double value);
  CsvLine& Empty() { return Add(std::string_view()); }
  // The line with its "\n"; the builder is cleared for the next line.
  std::string_view End();

 private:
  void Separate();

  std::string line_;
  bool first_ = true;
  std::string finished_;
};

}  // namespace kfl
