#include "synth/output_file.h"

#include <cerrno>
#include <cstring>

namespace kfl::synth {

OutputFile::~OutputFile() {
  if (file_ != nullptr) std::fclose(file_);
}

bool OutputFile::Open(const std::string& path, Diagnostics* diags) {
  path_ = path;
  file_ = std::fopen(path.c_str(), "wb");
  if (file_ == nullptr) {
    diags->Error({path, 0, 0}, "synth.error.create_file", {{"reason", std::strerror(errno)}});
    return false;
  }
  buffer_.reserve(kFlushAt + 4096);
  failed_ = false;
  return true;
}

void OutputFile::Flush() {
  if (!failed_ && !buffer_.empty() && file_ != nullptr &&
      std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
    failed_ = true;
  buffer_.clear();
}

bool OutputFile::Close(Diagnostics* diags) {
  Flush();
  if (file_ != nullptr && std::fclose(file_) != 0) failed_ = true;
  file_ = nullptr;
  if (failed_) {
    diags->Error({path_, 0, 0}, "synth.error.write_file");
    return false;
  }
  return true;
}

void OutputFile::PutUInt(uint64_t n, int width) {
  char digits[24];
  int len = 0;
  do {
    digits[len++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  for (int i = len; i < width; ++i) buffer_.push_back('0');
  while (len > 0) buffer_.push_back(digits[--len]);
  MaybeFlush();
}

void OutputFile::PutFixed(int64_t value, int decimals) {
  if (value < 0) {
    buffer_.push_back('-');
    value = -value;
  }
  uint64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  PutUInt(static_cast<uint64_t>(value) / scale);
  if (decimals > 0) {
    buffer_.push_back('.');
    PutUInt(static_cast<uint64_t>(value) % scale, decimals);
  }
}

void OutputFile::PutCsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    Put(s);
    return;
  }
  buffer_.push_back('"');
  for (char c : s) {
    if (c == '"') buffer_.push_back('"');
    buffer_.push_back(c);
  }
  buffer_.push_back('"');
  MaybeFlush();
}

}  // namespace kfl::synth
