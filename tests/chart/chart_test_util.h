// Helpers shared by the chart tests: the bokmål catalog, a context to draw
// with, the gallery entry of a given name, and the comparison of a rendered
// PNG with its committed reference under tests/chart/reference/.
//
// Updating the references (after a deliberate change of the look; view the
// new files before committing them):
//   make chart-references   (= KFL_UPDATE_REFERENCES=1 ctest -R MatchesReferenceImage)
#pragma once

#include <memory>
#include <string>

#include "chart/chart.h"
#include "chart/gallery.h"

namespace kfl::testing {

const Catalog& BokmalCatalog();

// A context with the default theme and its own Typesetter (one per test).
struct TestContext {
  Theme theme;
  Typesetter text{theme.font_family};
  ChartContext ctx{text, theme, BokmalCatalog(), NumberStyle::kNorwegian};
};

// The gallery chart named `name`; fails the test when there is none.
std::unique_ptr<Chart> GalleryChart(const std::string& name);

// How a reference image is drawn: 480 px wide in the default theme with
// its title, unless a test says otherwise (the site's phone layout).
struct ReferenceStyle {
  double width = 480;
  Theme theme;
  bool draw_titles = true;
};

// Renders `chart` as a PNG in `style` and compares it with
// reference/<name>.png: same size and a mean absolute difference per
// channel below 1.0 (of 255), so that antialiasing differences between
// freetype builds pass and any moved or missing mark fails. With
// KFL_UPDATE_REFERENCES set, writes the reference instead. Returns an
// empty string on success, else what differs.
std::string CompareWithReference(const Chart& chart, const std::string& name,
                                 const ReferenceStyle& style = {});

// Text between <tag ...> and </tag> in `xml` (the first one), or "".
std::string ElementText(const std::string& xml, const std::string& tag);

}  // namespace kfl::testing
