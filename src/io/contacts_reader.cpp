#include "io/contacts_reader.h"

#include <memory>
#include <optional>

#include "io/contract_names.h"
#include "io/csv_columns.h"
#include "io/csv_reader.h"
#include "io/suggest.h"

namespace kfl {
namespace {

enum Column { kUnit, kName, kEmail, kLanguage };

}  // namespace

bool IsPlausibleEmail(std::string_view email) {
  for (char c : email)
    if (static_cast<unsigned char>(c) <= ' ' || c == 0x7F) return false;
  size_t at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos)
    return false;
  std::string_view domain = email.substr(at + 1);
  size_t dot = domain.find('.');
  return dot != std::string_view::npos && dot > 0 && domain.back() != '.';
}

bool ReadContacts(const FileSystem& fs, const std::string& path, const UnitTree& units,
                  std::vector<Contact>* out, Diagnostics* diags) {
  std::optional<CsvTable> table = OpenCsvTable(fs, path, {{"unit"}, {"name"}, {"email"}, {"language"}}, diags);
  if (!table) return false;
  CsvReader& csv = *table->csv;
  const ColumnMap& columns = table->columns;

  std::vector<std::string_view> unit_ids;
  for (const Unit& unit : units.units()) unit_ids.push_back(unit.id);
  Suggester suggest_unit(std::move(unit_ids));

  while (csv.Next()) {
    auto field = [&](Column c) { return csv[columns.field_of[c]]; };
    auto where = [&](Column c) { return csv.Where(columns.field_of[c]); };
    bool ok = true;
    Contact contact;
    contact.line = where(kUnit).line;
    contact.column = where(kUnit).column;
    contact.email_column = where(kEmail).column;
    contact.unit = units.Find(field(kUnit));
    if (contact.unit < 0) {
      ErrorWithSuggestion(diags, where(kUnit), "diag.unknown_unit",
                          {{"unit", std::string(field(kUnit))}}, suggest_unit(field(kUnit)));
      ok = false;
    }
    contact.name = field(kName);  // may be empty: the address alone will do
    contact.email = field(kEmail);
    if (!IsPlausibleEmail(contact.email)) {
      diags->Error(where(kEmail), "diag.email_invalid", {{"email", contact.email}});
      ok = false;
    }
    contact.language = field(kLanguage);
    if (!IsOneOf(contact.language, LanguageNames())) {
      ErrorWithSuggestion(diags, where(kLanguage), "diag.language_unknown",
                          {{"language", contact.language}},
                          Suggest(contact.language, LanguageNames()));
      ok = false;
    }
    if (ok) out->push_back(std::move(contact));
  }
  return true;
}

}  // namespace kfl
