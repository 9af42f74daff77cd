#include "privacy/decision_memo.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>

#include "io/content_hash.h"

namespace kfl {
namespace {

constexpr std::string_view kMagic = "kfl-decisions 3\n";

void PutCount(std::string* out, uint64_t n) { out->append(reinterpret_cast<const char*>(&n), 8); }

// A vector of plain values as its length and its bytes.
template <typename T>
void PutArray(std::string* out, const std::vector<T>& values) {
  PutCount(out, values.size());
  out->append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

// Reads what the Put functions wrote; any shortfall makes ok() false.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : rest_(bytes) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return rest_.empty(); }

  uint64_t Count() {
    uint64_t n = 0;
    std::string_view b = Bytes(8);
    if (ok_) std::memcpy(&n, b.data(), 8);
    return n;
  }
  std::string_view Bytes(uint64_t n) {
    if (!ok_ || rest_.size() < n) return ok_ = false, std::string_view();
    std::string_view b = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return b;
  }
  template <typename T>
  std::vector<T> Array() {
    const uint64_t n = Count();
    if (!ok_ || n > rest_.size() / sizeof(T)) return ok_ = false, std::vector<T>();
    std::vector<T> values(n);
    std::memcpy(values.data(), Bytes(n * sizeof(T)).data(), n * sizeof(T));
    return values;
  }
 private:
  std::string_view rest_;
  bool ok_ = true;
};

}  // namespace

DecisionMemo DecisionMemo::Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  const std::string bytes = content.str();
  DecisionMemo memo;
  if (bytes.compare(0, kMagic.size(), kMagic) != 0) return memo;
  Reader r(std::string_view(bytes).substr(kMagic.size()));
  while (r.ok() && !r.AtEnd()) {
    std::string key(r.Bytes(r.Count()));
    PartDecisions d;
    d.public_view = r.Array<Disclosure>();
    d.restricted_view = r.Array<Disclosure>();
    d.public_distribution_view = r.Array<DistributionDecision>();
    d.restricted_distribution_view = r.Array<DistributionDecision>();
    // Values a build never writes mean a damaged file.
    for (const DistributionViews* v : {&d.public_distribution_view, &d.restricted_distribution_view}) {
      for (const DistributionDecision& x : *v) {
        if (x.granularity > Granularity::kEvery ||
            x.reason > CategoryDisclosure::kComplementaryUnit) {
          return DecisionMemo();
        }
      }
    }
    if (r.ok()) memo.parts_.emplace(std::move(key), std::move(d));
  }
  if (!r.ok()) return DecisionMemo();  // a torn file: decide everything again
  return memo;
}

std::string DecisionMemo::Key(const FileSystem& fs, const std::string& path) const {
  ContentHash h;
  h.Add(context_).Add(path).AddFile(fs, path);
  return h.Hex();
}

std::string DecisionMemo::Key(const std::string& path) const { return Key(RealFileSystem(), path); }

const PartDecisions* DecisionMemo::Find(const std::string& key) const {
  auto it = parts_.find(key);
  return it == parts_.end() ? nullptr : &it->second;
}

void DecisionMemo::Put(const std::string& key, PartDecisions decisions) {
  parts_[key] = std::move(decisions);
}

void DecisionMemo::Write(const std::function<void(std::string_view bytes)>& out) const {
  out(kMagic);
  for (const auto& [key, d] : parts_) {
    std::string bytes;
    PutCount(&bytes, key.size());
    bytes += key;
    PutArray(&bytes, d.public_view);
    PutArray(&bytes, d.restricted_view);
    PutArray(&bytes, d.public_distribution_view);
    PutArray(&bytes, d.restricted_distribution_view);
    out(bytes);
  }
}

}  // namespace kfl
