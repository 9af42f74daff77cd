#include "text/catalog.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#ifndef KFL_SOURCE_TEMPLATES_DIR
#define KFL_SOURCE_TEMPLATES_DIR "templates"
#endif

namespace kfl {

std::optional<Catalog> Catalog::Load(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open the catalog";
    return std::nullopt;
  }
  nlohmann::json doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object()) {
    *error = path + ": not a JSON object";
    return std::nullopt;
  }
  Texts texts;
  for (const auto& [key, value] : doc.items()) {
    if (!value.is_string()) {
      *error = path + ": the value of \"" + key + "\" is not a string";
      return std::nullopt;
    }
    texts.emplace(key, value.get<std::string>());
  }
  return Catalog(std::move(texts));
}

bool Catalog::Has(std::string_view key) const { return texts_.find(key) != texts_.end(); }

std::string Catalog::Format(std::string_view key, const MessageArgs& args) const {
  auto it = texts_.find(key);
  if (it == texts_.end()) {
    std::string out(key);
    for (const auto& [name, value] : args) out += " " + name + "=" + value;
    return out;
  }
  const std::string& text = it->second;
  std::string out;
  out.reserve(text.size() + 32);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string::npos) {
        std::string_view name(text.data() + i + 1, close - i - 1);
        bool replaced = false;
        for (const auto& [arg, value] : args) {
          if (arg == name) {
            out += value;
            replaced = true;
            break;
          }
        }
        if (replaced) {
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

std::string JoinList(const std::vector<std::string>& items, std::string_view and_word) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      if (i + 1 < items.size()) {
        out += ", ";
      } else {
        out += ' ';
        out += and_word;
        out += ' ';
      }
    }
    out += items[i];
  }
  return out;
}

std::string FormatDiagnostic(const Diagnostic& d, const Catalog& catalog) {
  std::string out = d.where.file;
  if (d.where.line > 0) {
    out += ":" + std::to_string(d.where.line);
    if (d.where.column > 0) out += ":" + std::to_string(d.where.column);
  }
  out += ": ";
  if (d.severity == Severity::kWarning) out += catalog.Format("diag.warning_prefix") + ": ";
  out += catalog.Format(d.key, d.args);
  for (const auto& [name, value] : d.args)
    if (name == "suggestion") out += " " + catalog.Format("diag.did_you_mean", d.args);
  return out;
}

}  // namespace kfl
