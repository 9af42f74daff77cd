#include "build/output_cache.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

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
      for (const auto& f : e.at("files")) {
        std::optional<Sha256> sha256 = Sha256::FromHex(f.at(2).get<std::string>());
        if (!sha256) throw std::invalid_argument("sha256");
        entry.files.push_back({f.at(0).get<std::string>(), f.at(1).get<uint64_t>(), *sha256});
      }
      previous_.emplace(name, std::move(entry));
    }
    previous_build_ = json["build"].get<std::string>();
  } catch (const std::exception&) {  // nlohmann's, or a digest that is not one
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
      entry.files.push_back({path, bytes.size(), Sha256::Of(bytes)});
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
  // Written entry by entry (a national build has a million files: a JSON
  // document of them all would cost gigabytes); the bytes are those of
  // nlohmann's compact dump of {"build": ..., "entries": {name: {"key": ...,
  // "files": [[path, bytes, sha256], ...]}}}.
  FileWriter* f = out->Create(kFileName, diags);
  if (!f) return false;
  auto quoted = [](const std::string& s) { return nlohmann::json(s).dump(); };
  f->Write("{\"build\":" + quoted(build_key_) + ",\"entries\":{");
  bool first = true;
  std::string line;
  for (const auto& [name, e] : current_) {  // std::map: sorted, the same bytes every time
    line = first ? "" : ",";
    first = false;
    line += quoted(name) + ":{\"key\":" + quoted(e.key) + ",\"files\":[";
    for (size_t i = 0; i < e.files.size(); ++i) {
      const File& file = e.files[i];
      line += (i ? ",[" : "[") + quoted(file.path) + "," + std::to_string(file.bytes) + "," +
              quoted(file.sha256.Hex()) + "]";
    }
    line += "]}";
    f->Write(line);
  }
  f->Write("}}");
  return true;
}

}  // namespace kfl
