#include "io/memory_file_system.h"

#include <algorithm>
#include <limits>

namespace kfl {
namespace {

std::string Normalize(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

class MemoryInputFile final : public InputFile {
 public:
  MemoryInputFile(std::shared_ptr<const std::string> data, size_t max_read, size_t fail_after)
      : data_(std::move(data)), max_read_(max_read), fail_after_(fail_after) {}

  std::ptrdiff_t Read(char* buffer, size_t size) override {
    if (offset_ >= fail_after_) return -1;
    size_t n = std::min(size, data_->size() - offset_);
    if (max_read_ > 0) n = std::min(n, max_read_);
    if (fail_after_ < data_->size()) n = std::min(n, fail_after_ - offset_);
    std::copy_n(data_->data() + offset_, n, buffer);
    offset_ += n;
    return static_cast<std::ptrdiff_t>(n);
  }

 private:
  std::shared_ptr<const std::string> data_;
  size_t offset_ = 0;
  size_t max_read_;
  size_t fail_after_;
};

}  // namespace

void MemoryFileSystem::AddFile(const std::string& path, std::string contents) {
  std::string p = Normalize(path);
  files_[p] = std::make_shared<const std::string>(std::move(contents));
  for (size_t slash = p.rfind('/'); slash != std::string::npos && slash > 0;
       slash = p.rfind('/', slash - 1)) {
    directories_.insert(p.substr(0, slash));
  }
}

void MemoryFileSystem::AddDirectory(const std::string& path) {
  std::string p = Normalize(path);
  directories_.insert(p);
  for (size_t slash = p.rfind('/'); slash != std::string::npos && slash > 0;
       slash = p.rfind('/', slash - 1)) {
    directories_.insert(p.substr(0, slash));
  }
}

void MemoryFileSystem::FailReadsAfter(const std::string& path, size_t bytes) {
  failing_[Normalize(path)] = bytes;
}

FileType MemoryFileSystem::Type(const std::string& path) const {
  std::string p = Normalize(path);
  if (files_.count(p)) return FileType::kFile;
  if (directories_.count(p)) return FileType::kDirectory;
  return FileType::kMissing;
}

bool MemoryFileSystem::List(const std::string& path, std::vector<DirectoryEntry>* entries) const {
  entries->clear();
  std::string p = Normalize(path);
  if (!directories_.count(p)) return false;
  std::string prefix = p + "/";
  auto add_child = [&](const std::string& name, FileType type) {
    std::string rest = name.substr(prefix.size());
    if (rest.find('/') == std::string::npos) entries->push_back({rest, type});
  };
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.starts_with(prefix);
       ++it) {
    add_child(it->first, FileType::kFile);
  }
  for (auto it = directories_.lower_bound(prefix);
       it != directories_.end() && it->starts_with(prefix); ++it) {
    add_child(*it, FileType::kDirectory);
  }
  std::sort(entries->begin(), entries->end(),
            [](const DirectoryEntry& a, const DirectoryEntry& b) { return a.name < b.name; });
  return true;
}

std::unique_ptr<InputFile> MemoryFileSystem::Open(const std::string& path) const {
  std::string p = Normalize(path);
  auto it = files_.find(p);
  if (it == files_.end()) return nullptr;
  auto failing = failing_.find(p);
  size_t fail_after =
      failing == failing_.end() ? std::numeric_limits<size_t>::max() : failing->second;
  return std::make_unique<MemoryInputFile>(it->second, max_read_, fail_after);
}

}  // namespace kfl
