#include "build/output_cache.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace kfl {

OutputCache::OutputCache(const std::string& out_dir, bool force) : dir_(out_dir) {
  if (force) return;
  std::ifstream in(std::filesystem::path(out_dir) / kFileName);
  if (!in) return;
  nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object() || !json.contains("entries") || !json["build"].is_string()) return;
  try {
    for (const auto& [name, e] : json["entries"].items()) {
      Entry entry{e.at("key").get<std::string>(), {}};
      for (const auto& f : e.at("files"))
        entry.files.push_back(
            {f.at(0).get<std::string>(), f.at(1).get<uint64_t>(), f.at(2).get<std::string>()});
      previous_.emplace(name, std::move(entry));
    }
    previous_build_ = json["build"].get<std::string>();
  } catch (const nlohmann::json::exception&) {
    previous_.clear();  // a damaged cache is no cache
  }
}

bool OutputCache::Produce(OutputDir* out, const std::string& name, const std::string& key,
                          const std::function<void(const WriteFn&)>& produce, Diagnostics* diags) {
  Entry entry{key, {}};
  auto old = previous_.find(name);
  bool ok = true;
  if (old != previous_.end() && old->second.key == key) {
    for (const File& f : old->second.files)
      ok = out->Link(f.path, dir_ + "/" + f.path, f.bytes, f.sha256, diags) && ok;
    entry.files = old->second.files;
    ++reused_;
  } else {
    produce([&](const std::string& path, std::string_view bytes) {
      ok = out->WriteFile(path, bytes, diags) && ok;
      entry.files.push_back({path, bytes.size(), Sha256Hex(bytes)});
    });
    ++produced_;
  }
  std::lock_guard lock(mutex_);
  current_[name] = std::move(entry);
  return ok;
}

bool OutputCache::ProduceFile(OutputDir* out, const std::string& path, const std::string& key,
                              const std::function<std::string()>& make, Diagnostics* diags) {
  return Produce(
      out, path, key, [&](const WriteFn& write) { write(path, make()); }, diags);
}

bool OutputCache::Save(OutputDir* out, Diagnostics* diags) {
  nlohmann::ordered_json json;
  json["build"] = build_key_;
  nlohmann::ordered_json& entries = json["entries"] = nlohmann::ordered_json::object();
  for (const auto& [name, e] : current_) {  // std::map: sorted, the same bytes every time
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const File& f : e.files) files.push_back({f.path, f.bytes, f.sha256});
    entries[name] = {{"key", e.key}, {"files", std::move(files)}};
  }
  FileWriter* f = out->Create(kFileName, diags);
  if (!f) return false;
  f->Write(json.dump());
  return true;
}

}  // namespace kfl
