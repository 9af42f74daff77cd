// SetPdfLanguage: the document language (/Lang) of a PDF that cairo wrote.
// cairo 1.16 has no API for it, so the bytes are patched: the entry is
// inserted into the catalog and every cross-reference offset behind it (and
// startxref) is moved by its length. A PDF it does not understand is
// returned as it is. Pure, on bytes; no cairo.
//
//   pdf = SetPdfLanguage(std::move(pdf), "nb");   // "... /Type /Catalog\n   /Lang (nb) ..."
#pragma once

#include <string>

namespace kfl {

// Inserts /Lang (`lang`) into the catalog of a PDF written by cairo and
// corrects the cross-reference table; returns `pdf` unchanged when it has no
// catalog or xref it understands, or when `lang` is not a language tag
// (letters, digits and '-').
std::string SetPdfLanguage(std::string pdf, const std::string& lang);

}  // namespace kfl
