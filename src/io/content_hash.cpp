#include "io/content_hash.h"

#include <elf.h>
#include <link.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>


namespace kfl {

struct ContentHash::Digest {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx{EVP_MD_CTX_new(), EVP_MD_CTX_free};
};

ContentHash::ContentHash() : digest_(std::make_unique<Digest>()) {
  EVP_DigestInit_ex(digest_->ctx.get(), EVP_sha256(), nullptr);
}
ContentHash::~ContentHash() = default;

void ContentHash::Flush() {
  EVP_DigestUpdate(digest_->ctx.get(), bytes_.data(), bytes_.size());
  bytes_.clear();
}

ContentHash& ContentHash::Add(std::string_view bytes) {
  Add(static_cast<int64_t>(bytes.size()));
  if (bytes.size() > 4096) {
    Flush();
    EVP_DigestUpdate(digest_->ctx.get(), bytes.data(), bytes.size());
  } else {
    bytes_.append(bytes);
    if (bytes_.size() > (1 << 16)) Flush();
  }
  return *this;
}

namespace {

// The relative paths of every file below `dir` (depth first, sorted).
void ListFiles(const FileSystem& fs, const std::string& dir, const std::string& prefix,
               std::vector<std::string>* out) {
  std::vector<DirectoryEntry> entries;
  if (!fs.List(dir, &entries)) return;
  for (const DirectoryEntry& e : entries) {
    const std::string path = JoinPath(dir, e.name);
    const FileType type = e.type == FileType::kOther ? fs.Type(path) : e.type;
    if (type == FileType::kDirectory) ListFiles(fs, path, prefix + e.name + "/", out);
    else if (type == FileType::kFile) out->push_back(prefix + e.name);
  }
}

}  // namespace

ContentHash& ContentHash::AddTree(const FileSystem& fs, const std::string& dir,
                                  const std::function<bool(const std::string&)>& skip) {
  std::vector<std::string> all, files;
  ListFiles(fs, dir, "", &all);
  for (std::string& f : all) {
    if (!skip || !skip(f)) files.push_back(std::move(f));
  }
  std::sort(files.begin(), files.end());
  Add(static_cast<int64_t>(files.size()));
  for (const std::string& f : files) Add(f).AddFile(fs, JoinPath(dir, f));
  return *this;
}

ContentHash& ContentHash::AddTree(const std::string& dir,
                                  const std::function<bool(const std::string&)>& skip) {
  return AddTree(RealFileSystem(), dir, skip);
}

ContentHash& ContentHash::AddFile(const FileSystem& fs, const std::string& path) {
  std::string content;
  fs.ReadAll(path, &content);
  return Add(content);
}

ContentHash& ContentHash::AddFile(const std::string& path) {
  return AddFile(RealFileSystem(), path);
}

ContentHash& ContentHash::Add(int64_t v) {
  bytes_.append(reinterpret_cast<const char*>(&v), sizeof v);
  if (bytes_.size() > (1 << 16)) Flush();
  return *this;
}

ContentHash& ContentHash::Add(double v) {
  bytes_.append(reinterpret_cast<const char*>(&v), sizeof v);
  return *this;
}

std::string ContentHash::Hex() {
  Flush();
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_DigestFinal_ex(digest_->ctx.get(), digest, &n);
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned i = 0; i < n; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 15];
  }
  return hex;
}

namespace {

// The GNU build id note of the main program, as hex; "" when there is none.
int FindBuildId(struct dl_phdr_info* info, size_t, void* data) {
  auto* out = static_cast<std::string*>(data);
  if (info->dlpi_name && info->dlpi_name[0]) return 0;  // the main program has no name
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
    const char* end = p + ph.p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      ElfW(Nhdr) note;
      std::memcpy(&note, p, sizeof note);
      const char* name = p + sizeof note;
      const char* desc = name + ((note.n_namesz + 3) & ~3u);
      if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
          std::memcmp(name, "GNU", 4) == 0) {
        static const char kHex[] = "0123456789abcdef";
        for (unsigned k = 0; k < note.n_descsz; ++k) {
          unsigned char c = static_cast<unsigned char>(desc[k]);
          *out += kHex[c >> 4];
          *out += kHex[c & 15];
        }
        return 1;
      }
      p = desc + ((note.n_descsz + 3) & ~3u);
    }
  }
  return 0;
}

}  // namespace

const std::string& ProgramId() {
  static const std::string id = [] {
    std::string build_id;
    dl_iterate_phdr(FindBuildId, &build_id);
    if (!build_id.empty()) return build_id;
    std::ifstream in("/proc/self/exe", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    ContentHash hash;
    hash.Add(bytes.str());
    return hash.Hex();
  }();
  return id;
}

}  // namespace kfl
