#include "io/text_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kfl {
namespace fs = std::filesystem;
namespace {

std::optional<std::string> Slurp(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::map<std::string, std::string> ReadTextFiles(const std::string& dir,
                                                 const std::string& extension, Diagnostics* diags) {
  std::map<std::string, std::string> files;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    diags->Error({dir, 0, 0}, "diag.templates_missing", {{"dir", dir}});
    return files;
  }
  for (const fs::directory_entry& entry : it) {
    const std::string name = entry.path().filename().string();
    if (name.size() < extension.size() ||
        name.compare(name.size() - extension.size(), extension.size(), extension) != 0) {
      continue;
    }
    std::optional<std::string> text = Slurp(entry.path());
    if (!text) continue;  // a sub-folder
    files[name.substr(0, name.size() - extension.size())] = std::move(*text);
  }
  return files;
}

std::optional<std::string> ReadNarrative(const FileSystem& files, const std::string& data_dir,
                                         const std::string& templates_dir,
                                         const std::string& lang, const std::string& name) {
  for (const std::string& l : {lang, std::string("nb")}) {
    std::string own;
    const std::string path = JoinPath(data_dir, "narratives/" + l + "/" + name + ".md");
    if (files.Type(path) == FileType::kFile && files.ReadAll(path, &own)) return own;
    if (auto built_in = Slurp(fs::path(templates_dir) / "md" / l / (name + ".md"))) return built_in;
  }
  return std::nullopt;
}

std::optional<std::string> ReadNarrative(const std::string& data_dir,
                                         const std::string& templates_dir,
                                         const std::string& lang, const std::string& name) {
  return ReadNarrative(RealFileSystem(), data_dir, templates_dir, lang, name);
}

}  // namespace kfl
