#include "pdf/styles.h"

#include <algorithm>

namespace kfl::pdf {

Style ParagraphStyle(const Theme& theme, TextKind kind) {
  switch (kind) {
    case TextKind::kSmall:
      return {.size = 8.5, .color = theme.text};
    case TextKind::kCaption:
      return {.size = 8.5, .italic = true, .color = theme.muted_text};
    case TextKind::kNote:
      return {.size = 9, .color = theme.muted_text};
    case TextKind::kLead:
      return {.size = 11.5, .color = theme.text};
    case TextKind::kBody:
      break;
  }
  return {.size = 10, .color = theme.text};
}

Style HeadingStyle(const Theme& theme, int level) {
  const double sizes[] = {18, 13.5, 11};
  return {.size = sizes[std::clamp(level, 1, 3) - 1],
          .bold = true,
          .color = theme.text,
          .line_spacing = 1.1};
}

Style ContentsEntryStyle(const Theme& theme, int level) {
  return {.size = level == 1 ? 10.5 : 9.5, .bold = level == 1, .color = theme.text};
}

}  // namespace kfl::pdf
