#include "publish/output_cache.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <vector>

namespace kfl {

namespace {

// The cache file, one record per line, fields split by tabs:
//   kfl-cache 2
//   build <key>
//   entry <name> <key>            then the entry's files:
//   file <path> <bytes> <sha256>
// Names and paths are the output's own (slugs and file names kfl makes:
// no tab, no line break); a line that does not parse makes the whole file
// no cache. Read line by line, it costs a tenth of a JSON document's parse.
constexpr std::string_view kMagic = "kfl-cache 2";

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  for (size_t start = 0;;) {
    const size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

}  // namespace

OutputCache::OutputCache(const std::string& out_dir, bool force) : dir_(out_dir) {
  if (force) return;
  std::ifstream in(std::filesystem::path(out_dir) / kFileName, std::ios::binary);
  if (!in) return;
  std::ostringstream content;
  content << in.rdbuf();
  const std::string text = content.str();
  std::string_view rest(text);
  auto next_line = [&rest](std::string_view* line) {
    const size_t end = rest.find('\n');
    if (end == std::string_view::npos) return false;
    *line = rest.substr(0, end);
    rest.remove_prefix(end + 1);
    return true;
  };
  std::string_view line;
  if (!next_line(&line) || line != kMagic) return;
  std::string build;
  Entry* entry = nullptr;
  while (next_line(&line)) {
    const std::vector<std::string_view> f = Fields(line);
    uint64_t bytes = 0;
    std::optional<Sha256> sha256;
    if (f.size() == 2 && f[0] == "build") {
      build = f[1];
    } else if (f.size() == 3 && f[0] == "entry") {
      entry = &previous_[std::string(f[1])];
      entry->key = f[2];
    } else if (f.size() == 4 && f[0] == "file" && entry &&
               std::from_chars(f[2].data(), f[2].data() + f[2].size(), bytes).ec == std::errc() &&
               (sha256 = Sha256::FromHex(f[3]))) {
      entry->files.push_back({std::string(f[1]), bytes, *sha256});
    } else {
      previous_.clear();  // a damaged cache is no cache
      return;
    }
  }
  if (!rest.empty() || build.empty()) {  // torn: the last line unfinished
    previous_.clear();
    return;
  }
  previous_build_ = build;
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
  FileWriter* f = out->Create(kFileName, diags);
  if (!f) return false;
  std::string lines = std::string(kMagic) + "\nbuild\t" + build_key_ + "\n";
  for (const auto& [name, e] : current_) {  // std::map: sorted, the same bytes every time
    lines += "entry\t" + name + "\t" + e.key + "\n";
    for (const File& file : e.files) {
      lines += "file\t" + file.path + "\t" + std::to_string(file.bytes) + "\t" +
               file.sha256.Hex() + "\n";
    }
    f->Write(lines);
    lines.clear();
  }
  f->Write(lines);
  return true;
}

}  // namespace kfl
