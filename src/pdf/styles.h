// The type of a Document: the Style (pdf/layouter.h) of each kind of text,
// of headings and of the entries of the table of contents, from the theme's
// colours. Measuring (pdf/measurer) and drawing (pdf/renderer) both take
// their styles from here, so a text is drawn as it was measured.
#pragma once

#include "chart/theme.h"
#include "pdf/layouter.h"
#include "pdf/rich_text.h"

namespace kfl::pdf {

// A paragraph of `kind`.
Style ParagraphStyle(const Theme& theme, TextKind kind);
// A heading of `level` (1-3; others are clamped).
Style HeadingStyle(const Theme& theme, int level);
// An entry of the table of contents (its heading and its page number) for
// a heading of `level`.
Style ContentsEntryStyle(const Theme& theme, int level);

}  // namespace kfl::pdf
