// libFuzzer target: the Markdown narratives (text/markdown.h) on any bytes;
// the first byte chooses the heading shift. Whatever the input, the HTML
// must hold no raw <script (cmark's safe mode).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int shift = data[0] % 8 - 2;
  const std::string html =
      kfl::MarkdownToHtml(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), shift);
  if (html.find("<script") != std::string::npos) __builtin_trap();
  return 0;
}
