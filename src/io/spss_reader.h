// SpssToCsv: an SPSS data file (responses/<wave>/<instrument>.sav, read with
// Debian's libreadstat) as the text of the CSV file with the same contents,
// so that it is checked and read exactly like one (io/responses_reader.h).
//
// Line 1 holds the variable names; line n + 1 the n-th case, one field per
// variable in file order. Values:
// - system-missing, and the variable's user-missing values (SPSS "missing
//   values": single codes and ranges), are empty ("not answered");
// - a numeric value that has a value label is written as its label when the
//   variable is `gender` (so that 1 = "F", 2 = "M" reads as F and M; any
//   other label is reported there like any other wrong gender), as its
//   number otherwise;
// - whole numbers as integers ("4"), others with '.' ("4.5", which the
//   item check then reports as not a whole number); strings as they are.
// Diagnostics about the CSV text point at line:column of that text; see
// SpssLocation() for where that is in the .sav.
#pragma once

#include <string>
#include <string_view>

namespace kfl {

// Converts the .sav file `bytes`. Returns false and *error (readstat's
// message, in English) when it is not a readable SPSS file.
bool SpssToCsv(std::string_view bytes, std::string* csv, std::string* error);

// For a problem at `line`:`column` (1-based characters) of `csv`, what
// SpssToCsv() made: the same line (1 = the variable names, n + 1 = case n)
// and, as the column, the variable's position (1-based).
int SpssVariableAt(std::string_view csv, int line, int column);

}  // namespace kfl
