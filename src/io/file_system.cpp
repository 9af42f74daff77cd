#include "io/file_system.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

namespace kfl {
namespace {

class PosixInputFile final : public InputFile {
 public:
  explicit PosixInputFile(int fd) : fd_(fd) {}
  ~PosixInputFile() override { ::close(fd_); }
  PosixInputFile(const PosixInputFile&) = delete;
  PosixInputFile& operator=(const PosixInputFile&) = delete;

  std::ptrdiff_t Read(char* buffer, size_t size) override {
    for (;;) {
      ssize_t n = ::read(fd_, buffer, size);
      if (n >= 0) return n;
      if (errno != EINTR) return -1;
    }
  }

 private:
  int fd_;
};

FileType TypeOf(const std::filesystem::file_status& status) {
  switch (status.type()) {
    case std::filesystem::file_type::not_found:
    case std::filesystem::file_type::none:
      return FileType::kMissing;
    case std::filesystem::file_type::regular:
      return FileType::kFile;
    case std::filesystem::file_type::directory:
      return FileType::kDirectory;
    default:
      return FileType::kOther;
  }
}

}  // namespace

bool FileSystem::ReadAll(const std::string& path, std::string* contents) const {
  std::unique_ptr<InputFile> file = Open(path);
  if (!file) return false;
  contents->clear();
  char buffer[64 * 1024];
  for (;;) {
    std::ptrdiff_t n = file->Read(buffer, sizeof buffer);
    if (n < 0) return false;
    if (n == 0) return true;
    contents->append(buffer, static_cast<size_t>(n));
  }
}

FileType RealFileSystem::Type(const std::string& path) const {
  std::error_code error;
  std::filesystem::file_status status = std::filesystem::status(path, error);
  if (error) return FileType::kMissing;
  return TypeOf(status);
}

bool RealFileSystem::List(const std::string& path, std::vector<DirectoryEntry>* entries) const {
  entries->clear();
  std::error_code error;
  std::filesystem::directory_iterator it(path, error);
  if (error) return false;
  for (; it != std::filesystem::directory_iterator(); it.increment(error)) {
    if (error) return false;
    const std::filesystem::directory_entry& entry = *it;
    std::error_code status_error;
    // status() follows symbolic links: a link to a folder counts as a folder.
    std::filesystem::file_status status = entry.status(status_error);
    entries->push_back(
        {entry.path().filename().string(), status_error ? FileType::kOther : TypeOf(status)});
  }
  if (error) return false;
  std::sort(entries->begin(), entries->end(),
            [](const DirectoryEntry& a, const DirectoryEntry& b) { return a.name < b.name; });
  return true;
}

std::unique_ptr<InputFile> RealFileSystem::Open(const std::string& path) const {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  return std::make_unique<PosixInputFile>(fd);
}

std::string JoinPath(std::string_view dir, std::string_view relative) {
  std::string out(dir);
  if (!out.empty() && out.back() != '/') out += '/';
  out += relative;
  return out;
}

}  // namespace kfl
