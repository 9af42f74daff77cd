#include "pdf/rich_text.h"

namespace kfl {

RichText& RichText::Add(std::string_view s, TextSpan style) {
  style.start = text.size();
  text.append(s);
  style.end = text.size();
  if (style.bold || style.italic || style.code || !style.link.empty()) spans.push_back(style);
  return *this;
}

}  // namespace kfl
