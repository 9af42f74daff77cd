#include "site/workbook.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <utility>

namespace kfl {
namespace {

constexpr int kMaxSheetName = 31;  // Excel's limit, in characters

// The number of UTF-8 characters of `s`, and the byte offset of the `n`th.
size_t CharCount(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}
size_t ByteOffset(const std::string& s, size_t n) {
  size_t i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && n-- == 0) break;
  }
  return i;
}

// Writes the workbook to `path` (libxlsxwriter writes only to files).
bool Write(const std::vector<NamedSheet>& sheets, const std::string& title,
           const std::string& note_header, const std::string& path) {
  lxw_workbook_options options = {};
  lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
  if (book == nullptr) return false;
  // A fixed date, not the time of the build: the same input, the same bytes.
  lxw_doc_properties properties = {};
  properties.title = const_cast<char*>(title.c_str());
  properties.created = 946684800;  // 2000-01-01
  workbook_set_properties(book, &properties);
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  std::map<std::pair<int, bool>, lxw_format*> formats;  // (decimals, percent) -> format
  auto number_format = [&](int decimals, bool percent) {
    lxw_format*& f = formats[{decimals, percent}];
    if (f == nullptr) {
      std::string code = decimals > 0 ? "0." + std::string(decimals, '0') : "0";
      f = workbook_add_format(book);
      format_set_num_format(f, (percent ? code + "%" : code).c_str());
    }
    return f;
  };
  for (size_t i = 0; i < sheets.size(); ++i) {
    const Sheet& sheet = sheets[i].sheet;
    const std::string name = SheetName(static_cast<int>(i), sheets[i].title);
    lxw_worksheet* ws = workbook_add_worksheet(book, name.c_str());
    if (ws == nullptr) break;
    worksheet_write_string(ws, 0, 0, sheets[i].title.c_str(), bold);
    bool notes = false;
    for (const std::string& n : sheet.notes) notes = notes || !n.empty();
    const lxw_col_t note_col = static_cast<lxw_col_t>(sheet.header.size());
    for (size_t c = 0; c < sheet.header.size(); ++c) {
      worksheet_write_string(ws, 2, static_cast<lxw_col_t>(c), sheet.header[c].c_str(), bold);
    }
    if (notes) worksheet_write_string(ws, 2, note_col, note_header.c_str(), bold);
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
      const lxw_row_t row = static_cast<lxw_row_t>(3 + r);
      for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
        const SheetCell& cell = sheet.rows[r][c];
        const lxw_col_t col = static_cast<lxw_col_t>(c);
        if (std::isfinite(cell.number)) {
          worksheet_write_number(ws, row, col, cell.number, number_format(cell.decimals, cell.percent));
        } else if (!cell.text.empty()) {
          // Always a string, never a formula, whatever the text holds.
          worksheet_write_string(ws, row, col, cell.text.c_str(), nullptr);
        }
      }
      if (r < sheet.notes.size() && !sheet.notes[r].empty()) {
        worksheet_write_string(ws, row, note_col, sheet.notes[r].c_str(), nullptr);
      }
    }
    worksheet_set_column(ws, 0, 0, 36, nullptr);
    if (note_col > 1) worksheet_set_column(ws, 1, note_col - 1, 14, nullptr);
    if (notes) worksheet_set_column(ws, note_col, note_col, 40, nullptr);
    worksheet_freeze_panes(ws, 3, 1);
  }
  return workbook_close(book) == LXW_NO_ERROR;
}

}  // namespace

std::string SheetName(int index, const std::string& title) {
  std::string name = std::to_string(index + 1) + " ";
  for (char c : title) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = ' ';
    if (c != ' ' || name.back() != ' ') name += c;  // no double spaces
  }
  while (!name.empty() && (name.back() == ' ' || name.back() == '\'')) name.pop_back();
  if (CharCount(name) > kMaxSheetName) {
    name = name.substr(0, ByteOffset(name, kMaxSheetName - 1)) + "\u2026";
  }
  return name;
}

std::string WorkbookBytes(const std::vector<NamedSheet>& sheets, const std::string& title,
                          const std::string& note_header) {
  if (sheets.empty()) return "";
  std::string path = (std::filesystem::temp_directory_path() / "kfl-XXXXXX").string();
  const int fd = mkstemp(path.data());
  if (fd < 0) return "";
  close(fd);
  std::string bytes;
  if (Write(sheets, title, note_header, path)) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream all;
    all << in.rdbuf();
    bytes = all.str();
  }
  std::filesystem::remove(path);
  return bytes;
}

}  // namespace kfl
