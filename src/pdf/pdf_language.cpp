#include "pdf/pdf_language.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kfl {

std::string SetPdfLanguage(std::string pdf, const std::string& lang) {
  for (char c : lang) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return pdf;
  }
  const size_t catalog = pdf.rfind("/Type /Catalog");
  const size_t xref = pdf.rfind("\nxref\n");
  const size_t startxref = pdf.rfind("startxref\n");
  if (catalog == std::string::npos || xref == std::string::npos || startxref == std::string::npos ||
      xref < catalog || startxref < xref) {
    return pdf;
  }
  // Read the cross-reference table before changing anything, so that a PDF
  // is patched whole or not at all: "xref\n0 N\n", then N entries of 20
  // bytes; after "startxref\n", the table's offset and a newline.
  size_t entries = xref + std::strlen("\nxref\n");
  int first = 0, count = 0;
  if (std::sscanf(pdf.c_str() + entries, "%d %d", &first, &count) != 2 || count < 0) return pdf;
  entries = pdf.find('\n', entries);
  if (entries == std::string::npos || entries + 1 + 20 * static_cast<size_t>(count) > pdf.size()) {
    return pdf;
  }
  ++entries;
  size_t sx = startxref + std::strlen("startxref\n");
  if (pdf.find('\n', sx) == std::string::npos) return pdf;

  const std::string insert = "\n   /Lang (" + lang + ")";
  const size_t at = catalog + std::strlen("/Type /Catalog");
  pdf.insert(at, insert);
  const size_t delta = insert.size();  // everything from `at` on moved by this
  size_t p = entries + delta;
  for (int e = 0; e < count; ++e, p += 20) {
    if (pdf[p + 17] != 'n') continue;  // a free entry
    const size_t offset = std::strtoull(pdf.c_str() + p, nullptr, 10);
    if (offset > at) {
      char buf[11];
      std::snprintf(buf, sizeof buf, "%010zu", offset + delta);
      pdf.replace(p, 10, buf, 10);
    }
  }
  sx += delta;
  const size_t end = pdf.find('\n', sx);
  const size_t old_offset = std::strtoull(pdf.c_str() + sx, nullptr, 10);
  pdf.replace(sx, end - sx, std::to_string(old_offset + delta));
  return pdf;
}

}  // namespace kfl
