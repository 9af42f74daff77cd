#include "build/decision_memo.h"

#include <cstdint>
#include <fstream>
#include <sstream>

#include "build/content_hash.h"

namespace kfl {
namespace {

constexpr std::string_view kMagic = "kfl-decisions 1\n";

void PutCount(std::string* out, uint64_t n) { out->append(reinterpret_cast<const char*>(&n), 8); }

template <typename E>
void PutView(std::string* out, const std::vector<E>& view) {
  PutCount(out, view.size());
  out->append(reinterpret_cast<const char*>(view.data()), view.size());
}

// A distribution's view has one decision per category (a handful): its
// length in one byte (255: a full count follows).
void PutShortView(std::string* out, const std::vector<CategoryDisclosure>& view) {
  if (view.size() < 255) {
    out->push_back(static_cast<char>(view.size()));
    out->append(reinterpret_cast<const char*>(view.data()), view.size());
  } else {
    out->push_back(static_cast<char>(255));
    PutView(out, view);
  }
}

// Reads what PutCount/PutView wrote; any shortfall makes ok() false.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : rest_(bytes) {}
  bool ok() const { return ok_; }
  uint64_t Count() {
    uint64_t n = 0;
    if (rest_.size() < 8) return ok_ = false, 0;
    std::copy_n(rest_.data(), 8, reinterpret_cast<char*>(&n));
    rest_.remove_prefix(8);
    return n;
  }
  std::string_view Bytes(uint64_t n) {
    if (rest_.size() < n) return ok_ = false, std::string_view();
    std::string_view b = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return b;
  }
  template <typename E>
  std::vector<E> View(bool short_length = false) {
    uint64_t n = 255;
    if (short_length) {
      std::string_view len = Bytes(1);
      if (!len.empty()) n = static_cast<uint8_t>(len.front());
    }
    std::string_view b = Bytes(n == 255 ? Count() : n);
    std::vector<E> v(b.size());
    std::copy(b.begin(), b.end(), reinterpret_cast<char*>(v.data()));
    return v;
  }
  bool AtEnd() const { return rest_.empty(); }

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
    d.public_view = r.View<Disclosure>();
    d.restricted_view = r.View<Disclosure>();
    for (auto* list : {&d.public_distribution_view, &d.restricted_distribution_view}) {
      list->resize(r.Count());
      for (auto& v : *list) v = r.View<CategoryDisclosure>(/*short_length=*/true);
    }
    if (r.ok()) memo.parts_.emplace(std::move(key), std::move(d));
  }
  if (!r.ok()) return DecisionMemo();  // a torn file: decide everything again
  return memo;
}

std::string DecisionMemo::Key(const std::string& path) const {
  ContentHash h;
  h.Add(context_).Add(path).AddFile(path);
  return h.Hex();
}

const PartDecisions* DecisionMemo::Find(const std::string& key) const {
  auto it = parts_.find(key);
  return it == parts_.end() ? nullptr : &it->second;
}

void DecisionMemo::Put(const std::string& key, PartDecisions decisions) {
  parts_[key] = std::move(decisions);
}

void DecisionMemo::Write(FileWriter* out) const {
  std::string bytes(kMagic);
  for (const auto& [key, d] : parts_) {
    PutCount(&bytes, key.size());
    bytes += key;
    PutView(&bytes, d.public_view);
    PutView(&bytes, d.restricted_view);
    for (const auto* list : {&d.public_distribution_view, &d.restricted_distribution_view}) {
      PutCount(&bytes, list->size());
      for (const auto& v : *list) PutShortView(&bytes, v);
    }
  }
  out->Write(bytes);
}

}  // namespace kfl
