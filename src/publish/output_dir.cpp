#include "publish/output_dir.h"

#include <fcntl.h>
#include <signal.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <nlohmann/json.hpp>

#include "io/parallel.h"

namespace kfl {
namespace fs = std::filesystem;

namespace {

// Removes `dir` and everything below it, the folders two levels down
// (site/<municipality>, ...: tens of thousands of files) on `jobs` threads.
void RemoveTree(const std::string& dir, int jobs) {
  std::error_code ec;
  std::vector<fs::path> parts;
  for (const auto& top : fs::directory_iterator(dir, ec)) {
    if (!top.is_directory(ec)) continue;
    for (const auto& sub : fs::directory_iterator(top.path(), ec)) parts.push_back(sub.path());
  }
  ParallelFor(parts.size(), jobs, [&](size_t i) {
    std::error_code e;
    fs::remove_all(parts[i], e);
  });
  fs::remove_all(dir, ec);
}

constexpr size_t kBufferSize = 1 << 20;

std::string Hex(const unsigned char* bytes, unsigned int n) {
  static const char* kDigits = "0123456789abcdef";
  std::string out(2 * n, '0');
  for (unsigned int i = 0; i < n; ++i) {
    out[2 * i] = kDigits[bytes[i] >> 4];
    out[2 * i + 1] = kDigits[bytes[i] & 15];
  }
  return out;
}

void ReportOs(Diagnostics* diags, const std::string& path, const std::string& key,
              const std::string& reason) {
  diags->Error({path, 0, 0}, key, {{"reason", reason}});
}

}  // namespace

// Owns an OpenSSL digest context.
class Sha256Context {
 public:
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx{EVP_MD_CTX_new(), EVP_MD_CTX_free};
  Sha256Context() { EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr); }
  void Update(std::string_view b) { EVP_DigestUpdate(ctx.get(), b.data(), b.size()); }
  Sha256 Final() {
    Sha256 digest;
    unsigned int n = 0;
    EVP_DigestFinal_ex(ctx.get(), digest.bytes.data(), &n);
    return digest;
  }
};

Sha256 Sha256::Of(std::string_view data) {
  Sha256Context h;
  h.Update(data);
  return h.Final();
}

std::optional<Sha256> Sha256::FromHex(std::string_view hex) {
  if (hex.size() != 64) return std::nullopt;
  auto digit = [](char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  };
  Sha256 out;
  for (size_t i = 0; i < 32; ++i) {
    const int high = digit(hex[2 * i]), low = digit(hex[2 * i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    out.bytes[i] = static_cast<unsigned char>(high * 16 + low);
  }
  return out;
}

std::string Sha256::Hex() const { return kfl::Hex(bytes.data(), bytes.size()); }

std::string Sha256Hex(std::string_view bytes) { return Sha256::Of(bytes).Hex(); }

FileWriter::FileWriter(std::string relative_path, std::FILE* file)
    : path_(std::move(relative_path)), file_(file), hasher_(std::make_unique<Sha256Context>()) {
  buffer_.reserve(kBufferSize);
}

FileWriter::~FileWriter() {
  if (file_) std::fclose(file_);
}

void FileWriter::Write(std::string_view bytes) {
  bytes_ += bytes.size();
  hasher_->Update(bytes);
  if (buffer_.size() + bytes.size() > kBufferSize) Flush();
  if (bytes.size() > kBufferSize) {
    failed_ |= std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size();
  } else {
    buffer_.append(bytes);
  }
}

void FileWriter::Flush() {
  if (!buffer_.empty() && file_)
    failed_ |= std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size();
  buffer_.clear();
}

bool FileWriter::Close() {
  if (!file_) return !failed_;
  Flush();
  failed_ |= std::fclose(file_) != 0;
  file_ = nullptr;
  sha256_ = hasher_->Final();
  return !failed_;
}

// Staging folders of builds that were killed (their process is gone) are
// removed. One killed right after the swap holds the previous output, and
// with it the mail/ folder of kfl mail, which the swap would have carried
// over: it is moved into OUT_DIR first when OUT_DIR has none.
void OutputDir::RemoveStaleStaging(const fs::path& parent, const std::string& prefix,
                                   const fs::path& out) {
  std::error_code ec;
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string pid_text = name.substr(prefix.size());
    if (pid_text.find_first_not_of("0123456789") != std::string::npos || pid_text.size() > 9)
      continue;
    const pid_t pid = static_cast<pid_t>(std::stol(pid_text));
    if (pid != getpid() && (kill(pid, 0) == 0 || errno != ESRCH)) continue;  // still running
    std::error_code ignored;
    const fs::path mail = it->path() / "mail";
    if (fs::is_directory(mail, ignored) && fs::is_directory(out, ignored) &&
        !fs::exists(out / "mail", ignored))
      fs::rename(mail, out / "mail", ignored);
    fs::remove_all(it->path(), ignored);
  }
}

OutputDir::~OutputDir() {
  open_.clear();
  if (!committed_ && !staging_.empty()) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
  }
}

bool OutputDir::Open(const std::string& out_dir, Diagnostics* diags) {
  std::error_code ec;
  fs::path out = fs::path(out_dir).lexically_normal();
  if (out.filename().empty()) out = out.parent_path();
  out_dir_ = out.string();
  if (fs::exists(out, ec)) {
    if (!fs::is_directory(out, ec)) {
      diags->Error({out_dir_, 0, 0}, "diag.output_not_a_directory");
      return false;
    }
    if (!fs::is_empty(out, ec) && !fs::exists(out / "manifest.json", ec)) {
      diags->Error({out_dir_, 0, 0}, "diag.output_not_kfl");
      return false;
    }
  }
  fs::path parent = out.has_parent_path() ? out.parent_path() : fs::path(".");
  fs::create_directories(parent, ec);
  const std::string prefix = "." + out.filename().string() + ".kfl-staging-";
  RemoveStaleStaging(parent, prefix, out);
  fs::path staging = parent / (prefix + std::to_string(getpid()));
  fs::remove_all(staging, ec);
  if (!fs::create_directory(staging, ec)) {
    ReportOs(diags, staging.string(), "diag.output_cannot_create", ec.message());
    return false;
  }
  staging_ = staging.string();
  return true;
}

bool OutputDir::CloseAll(Diagnostics* diags) {
  bool ok = true;
  for (std::unique_ptr<FileWriter>& f : open_) {
    if (f->Close()) {
      entries_.push_back({f->path(), f->bytes(), f->sha256()});
    } else {
      ReportOs(diags, out_dir_ + "/" + f->path(), "diag.output_cannot_write",
               std::strerror(errno));
      ok = false;
    }
  }
  open_.clear();
  return ok;
}

FileWriter* OutputDir::Create(const std::string& relative_path, Diagnostics* diags) {
  fs::path path = fs::path(staging_) / relative_path;
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    ReportOs(diags, out_dir_ + "/" + relative_path, "diag.output_cannot_create",
             std::strerror(errno));
    return nullptr;
  }
  open_.push_back(std::make_unique<FileWriter>(relative_path, f));
  return open_.back().get();
}

void OutputDir::MakeFolderOf(const std::string& path) {
  // Many files share a folder: make each folder once.
  const std::string folder = fs::path(path).parent_path().string();
  std::lock_guard<std::mutex> lock(mutex_);
  if (made_folders_.insert(folder).second) {
    std::error_code ec;
    fs::create_directories(folder, ec);
  }
}

bool OutputDir::Link(const std::string& relative_path, const std::string& from, uint64_t bytes,
                     const Sha256& sha256, Diagnostics* diags) {
  fs::path path = fs::path(staging_) / relative_path;
  MakeFolderOf(path.string());
  std::error_code ec;
  if (::link(from.c_str(), path.c_str()) != 0) fs::copy_file(from, path, ec);
  std::lock_guard<std::mutex> lock(mutex_);
  if (ec) {
    ReportOs(diags, out_dir_ + "/" + relative_path, "diag.output_cannot_write", ec.message());
    return false;
  }
  entries_.push_back({relative_path, bytes, sha256});
  return true;
}

bool OutputDir::WriteFile(const std::string& relative_path, std::string_view bytes,
                          Diagnostics* diags) {
  fs::path path = fs::path(staging_) / relative_path;
  MakeFolderOf(path.string());
  std::FILE* f = std::fopen(path.c_str(), "wb");
  bool ok = f && std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  if (f) ok = (std::fclose(f) == 0) && ok;
  std::lock_guard<std::mutex> lock(mutex_);
  if (!ok) {
    ReportOs(diags, out_dir_ + "/" + relative_path,
             f ? "diag.output_cannot_write" : "diag.output_cannot_create", std::strerror(errno));
    return false;
  }
  entries_.push_back({relative_path, bytes.size(), Sha256::Of(bytes)});
  return true;
}

bool OutputDir::Commit(Diagnostics* diags, int jobs) {
  if (!CloseAll(diags)) return false;
  std::sort(entries_.begin(), entries_.end(),
            [](const Entry& a, const Entry& b) { return a.path < b.path; });
  {
    // Written entry by entry, with the bytes of nlohmann's dump(2) of
    // {"generator": ..., "files": [{"path", "bytes", "sha256"}, ...]}: a
    // JSON document of a national build's million files would cost
    // gigabytes.
    FileWriter* f = Create("manifest.json", diags);
    if (!f) return false;
    auto quoted = [](const std::string& s) { return nlohmann::json(s).dump(); };
    f->Write("{\n  \"generator\": " + quoted(std::string("kfl ") + KFL_VERSION) +
             ",\n  \"files\": [");
    for (size_t i = 0; i < entries_.size(); ++i) {
      const Entry& e = entries_[i];
      f->Write((i ? ",\n    {\n      \"path\": " : "\n    {\n      \"path\": ") + quoted(e.path) +
               ",\n      \"bytes\": " + std::to_string(e.bytes) + ",\n      \"sha256\": " +
               quoted(e.sha256.Hex()) + "\n    }");
    }
    f->Write(entries_.empty() ? "]\n}\n" : "\n  ]\n}\n");
    // The manifest lists every file but itself: close it without an entry.
    const bool closed = f->Close();
    open_.clear();
    if (!closed) {
      ReportOs(diags, out_dir_ + "/manifest.json", "diag.output_cannot_write",
               std::strerror(errno));
      return false;
    }
  }

  std::error_code ec;
  if (fs::exists(out_dir_, ec)) {
    if (renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, out_dir_.c_str(), RENAME_EXCHANGE) != 0) {
      ReportOs(diags, out_dir_, "diag.output_cannot_replace", std::strerror(errno));
      return false;
    }
    committed_ = true;
    // What `kfl mail` wrote (the .eml files and the send log that makes a
    // rerun send nothing twice) is not the build's: keep it.
    const fs::path old_mail = fs::path(staging_) / "mail";
    if (fs::is_directory(old_mail, ec)) fs::rename(old_mail, fs::path(out_dir_) / "mail", ec);
    RemoveTree(staging_, jobs);  // now holds the previous output
  } else {
    if (std::rename(staging_.c_str(), out_dir_.c_str()) != 0) {
      ReportOs(diags, out_dir_, "diag.output_cannot_replace", std::strerror(errno));
      return false;
    }
    committed_ = true;
  }
  return true;
}

}  // namespace kfl
