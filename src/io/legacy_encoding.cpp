#include "io/legacy_encoding.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include "io/utf8.h"

namespace kfl {
namespace {

constexpr size_t kChunk = 64 * 1024;

// The UTF-8 of each byte 0x80-0xFF in Windows-1252, from ICU; empty for the
// bytes the code page does not define.
const std::array<std::string, 128>& Windows1252Table() {
  static const std::array<std::string, 128> table = [] {
    std::array<std::string, 128> t;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open("windows-1252", &status),
                                                            ucnv_close);
    if (U_FAILURE(status)) return t;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    for (int b = 0x80; b <= 0xFF; ++b) {
      const char byte = static_cast<char>(b);
      UChar unit[2];
      status = U_ZERO_ERROR;
      ucnv_reset(conv.get());
      int32_t n = ucnv_toUChars(conv.get(), unit, 2, &byte, 1, &status);
      // (Some ICU versions map the five undefined bytes to C1 controls.)
      if (U_FAILURE(status) || n != 1 || unit[0] == 0xFFFD || unit[0] == 0x1A ||
          (unit[0] >= 0x80 && unit[0] < 0xA0))
        continue;
      char utf8[4];
      int32_t length = 0;
      U8_APPEND_UNSAFE(utf8, length, unit[0]);
      t[b - 0x80].assign(utf8, static_cast<size_t>(length));
    }
    return t;
  }();
  return table;
}

}  // namespace

bool LegacyEncodingFile::Decide(size_t at) {
  // A UTF-8 sequence is at most 4 bytes: have them, unless the file ends.
  // REQUIRES: raw_ is what is being scanned (no decoded bytes yet).
  while (raw_.size() - at < 4 && !eof_) {
    char chunk[kChunk];
    std::ptrdiff_t n = file_->Read(chunk, sizeof chunk);
    if (n < 0) return false;
    if (n == 0) eof_ = true;
    raw_.append(chunk, static_cast<size_t>(n));
  }
  first_line_ = line_;
  first_column_ = column_;
  const auto* p = reinterpret_cast<const unsigned char*>(raw_.data() + at);
  // A UTF-16 byte order mark passes through unchanged, for the reader to
  // refuse (as Windows-1252 it would read "ÿþ").
  const bool utf16 = line_ == 1 && column_ == 1 && raw_.size() - at >= 2 &&
                     ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF));
  state_ = utf16 || Utf8SequenceLength(p, raw_.size() - at) > 0 ? State::kUtf8
                                                                  : State::kWindows1252;
  return true;
}

std::ptrdiff_t LegacyEncodingFile::Read(char* buffer, size_t size) {
  if (size == 0) return 0;
  for (;;) {
    // Converted bytes first, then raw bytes already read, then the file.
    std::string& pending = decoded_.size() > pending_pos_ ? decoded_ : raw_;
    if (&pending == &raw_ && state_ == State::kWindows1252 && raw_.size() > pending_pos_) {
      const auto& table = Windows1252Table();
      decoded_.clear();
      for (size_t i = pending_pos_; i < raw_.size(); ++i) {
        const auto b = static_cast<unsigned char>(raw_[i]);
        if (b < 0x80 || table[b - 0x80].empty()) {
          decoded_ += raw_[i];
        } else {
          decoded_ += table[b - 0x80];
        }
      }
      raw_.clear();
      pending_pos_ = 0;
      continue;
    }
    if (pending.size() > pending_pos_) {
      size_t n = std::min(size, pending.size() - pending_pos_);
      if (state_ == State::kAscii) {
        // Scan what would be handed out; stop at the first non-ASCII byte.
        size_t i = 0;
        for (; i < n; ++i) {
          const char c = pending[pending_pos_ + i];
          if (static_cast<unsigned char>(c) >= 0x80) break;
          if (c == '\n') {
            ++line_;
            column_ = 1;
          } else {
            ++column_;
          }
        }
        if (i < n) {
          if (!Decide(pending_pos_ + i)) return -1;
          if (i == 0) continue;
          n = i;
        }
      }
      std::memcpy(buffer, pending.data() + pending_pos_, n);
      pending_pos_ += n;
      if (pending_pos_ == pending.size()) {
        pending.clear();
        pending_pos_ = 0;
      }
      return static_cast<std::ptrdiff_t>(n);
    }
    if (eof_) return 0;
    if (state_ == State::kUtf8) return file_->Read(buffer, size);
    raw_.resize(kChunk);
    const std::ptrdiff_t n = file_->Read(raw_.data(), kChunk);
    raw_.resize(n > 0 ? static_cast<size_t>(n) : 0);
    pending_pos_ = 0;
    if (n < 0) return -1;
    if (n == 0) eof_ = true;
  }
}

}  // namespace kfl
