#include "io/json_checker.h"

#include <algorithm>
#include <limits>
#include <vector>

#include "io/contract_names.h"
#include "io/suggest.h"
#include "io/utf8.h"

namespace kfl {
namespace {

using nlohmann::json;

// The unescaped reference tokens of a JSON pointer.
std::vector<std::string> Tokens(const std::string& pointer) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < pointer.size()) {
    size_t next = pointer.find('/', i + 1);
    if (next == std::string::npos) next = pointer.size();
    std::string token;
    for (size_t k = i + 1; k < next; ++k) {
      if (pointer[k] == '~' && k + 1 < next) {
        token += pointer[k + 1] == '1' ? '/' : '~';
        ++k;
      } else {
        token += pointer[k];
      }
    }
    tokens.push_back(std::move(token));
    i = next;
  }
  return tokens;
}

}  // namespace

const json* JsonChecker::Find(const std::string& pointer) const {
  const json* value = &doc_.root();
  for (const std::string& token : Tokens(pointer)) {
    if (value->is_object()) {
      auto it = value->find(token);
      if (it == value->end()) return nullptr;
      value = &*it;
    } else if (value->is_array()) {
      size_t index = 0;
      for (char c : token) {
        if (c < '0' || c > '9') return nullptr;
        index = index * 10 + static_cast<size_t>(c - '0');
      }
      if (token.empty() || index >= value->size()) return nullptr;
      value = &(*value)[index];
    } else {
      return nullptr;
    }
  }
  return value;
}

std::string JsonChecker::Name(const std::string& pointer) const {
  std::string name;
  std::string walked;
  for (const std::string& token : Tokens(pointer)) {
    const json* parent = Find(walked);
    if (parent && parent->is_array()) {
      name += "[" + token + "]";
    } else {
      name = token;
    }
    walked = JsonPointerChild(walked, token);
  }
  return name;
}

void JsonChecker::Error(const std::string& pointer, std::string key, MessageArgs args) {
  diags_->Error(doc_.ValueLocation(pointer), std::move(key), std::move(args));
}

void JsonChecker::Warning(const std::string& pointer, std::string key, MessageArgs args) {
  diags_->Warning(doc_.ValueLocation(pointer), std::move(key), std::move(args));
}

void JsonChecker::KeyError(const std::string& pointer, std::string key, MessageArgs args) {
  diags_->Error(doc_.KeyLocation(pointer), std::move(key), std::move(args));
}

void JsonChecker::WrongType(const std::string& pointer, const char* expected) {
  if (pointer.empty()) {
    Error(pointer, "diag.json_root_expected_object");
    return;
  }
  Error(pointer, std::string("diag.json_expected_") + expected, {{"field", Name(pointer)}});
}

bool JsonChecker::Object(const std::string& pointer, std::initializer_list<Key> keys) {
  const json* value = Find(pointer);
  if (!value) return false;
  if (!value->is_object()) {
    WrongType(pointer, "object");
    return false;
  }
  std::vector<std::string_view> names;
  for (const Key& key : keys) names.push_back(key.name);
  for (const auto& member : value->items()) {
    const std::string& name = member.key();
    if (std::find(names.begin(), names.end(), name) != names.end()) continue;
    ErrorWithSuggestion(diags_, doc_.KeyLocation(JsonPointerChild(pointer, name)),
                        "diag.json_unknown_key", {{"key", name}}, Suggest(name, names));
  }
  for (const Key& key : keys) {
    if (key.required && !value->contains(key.name))
      Error(pointer, "diag.json_missing_key", {{"key", std::string(key.name)}});
  }
  return true;
}

std::optional<std::string> JsonChecker::String(const std::string& pointer) {
  const json* value = Find(pointer);
  if (!value) return std::nullopt;
  if (!value->is_string()) {
    WrongType(pointer, "string");
    return std::nullopt;
  }
  std::string text = value->get<std::string>();
  if (std::optional<char32_t> c = FindControlCharacter(text)) {
    Error(pointer, "diag.text_control_character", {{"code", CodePointName(*c)}});
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> JsonChecker::NonEmptyString(const std::string& pointer) {
  std::optional<std::string> s = String(pointer);
  if (s && s->empty()) {
    Error(pointer, "diag.json_empty_string", {{"field", Name(pointer)}});
    return std::nullopt;
  }
  return s;
}

std::optional<int64_t> JsonChecker::Integer(const std::string& pointer, int64_t min, int64_t max) {
  const json* value = Find(pointer);
  if (!value) return std::nullopt;
  if (!value->is_number_integer()) {
    WrongType(pointer, "integer");
    return std::nullopt;
  }
  int64_t n =
      value->is_number_unsigned() &&
              value->get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())
          ? std::numeric_limits<int64_t>::max()
          : value->get<int64_t>();
  if (n < min || n > max) {
    std::string shown = value->dump();
    if (max >= std::numeric_limits<int>::max()) {
      Error(pointer, "diag.json_integer_min",
            {{"field", Name(pointer)}, {"min", std::to_string(min)}, {"value", shown}});
    } else {
      Error(pointer, "diag.json_integer_range",
            {{"field", Name(pointer)},
             {"min", std::to_string(min)},
             {"max", std::to_string(max)},
             {"value", shown}});
    }
    return std::nullopt;
  }
  return n;
}

std::optional<double> JsonChecker::Number(const std::string& pointer) {
  const json* value = Find(pointer);
  if (!value) return std::nullopt;
  if (!value->is_number()) {
    WrongType(pointer, "number");
    return std::nullopt;
  }
  return value->get<double>();
}

std::optional<bool> JsonChecker::Boolean(const std::string& pointer) {
  const json* value = Find(pointer);
  if (!value) return std::nullopt;
  if (!value->is_boolean()) {
    WrongType(pointer, "boolean");
    return std::nullopt;
  }
  return value->get<bool>();
}

std::optional<size_t> JsonChecker::Array(const std::string& pointer, bool non_empty) {
  const json* value = Find(pointer);
  if (!value) return std::nullopt;
  if (!value->is_array()) {
    WrongType(pointer, "array");
    return std::nullopt;
  }
  if (non_empty && value->empty())
    Error(pointer, "diag.json_empty_array", {{"field", Name(pointer)}});
  return value->size();
}

std::optional<std::vector<std::string>> JsonChecker::Languages(const std::string& pointer) {
  const json* value = Find(pointer);
  if (!value) return std::nullopt;
  if (!value->is_object()) {
    WrongType(pointer, "languages");
    return std::nullopt;
  }
  if (value->empty()) {
    Error(pointer, "diag.json_no_language", {{"field", Name(pointer)}});
    return std::nullopt;
  }
  std::vector<std::string> languages;
  for (const auto& member : value->items()) {
    const std::vector<std::string>& known = LanguageNames();
    if (std::find(known.begin(), known.end(), member.key()) == known.end()) {
      ErrorWithSuggestion(diags_, doc_.KeyLocation(JsonPointerChild(pointer, member.key())),
                          "diag.language_unknown", {{"language", member.key()}},
                          Suggest(member.key(), known));
    } else {
      languages.push_back(member.key());
    }
  }
  return languages;
}

std::optional<LangText> JsonChecker::Text(const std::string& pointer) {
  std::optional<std::vector<std::string>> languages = Languages(pointer);
  if (!languages) return std::nullopt;
  LangText text;
  for (const std::string& language : *languages) {
    const std::string child = JsonPointerChild(pointer, language);
    std::optional<std::string> s = NonEmptyString(child);
    if (!s) continue;
    if (const size_t length = Utf8Length(*s); length > kMaxTextLength) {
      Error(child, "diag.text_too_long",
            {{"length", std::to_string(length)}, {"max", std::to_string(kMaxTextLength)}});
      continue;
    }
    text[language] = *s;
  }
  return text;
}

}  // namespace kfl
