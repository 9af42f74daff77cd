#include "pdf/layout_cache.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pdf/document.h"

namespace kfl {
namespace {

using pdf::Laid;
using pdf::Layouter;
using pdf::Style;

struct Input {
  RichText text;
  Style style;
  double width = 200;
  Align align = Align::kStart;
};

Laid Lay(Layouter& lay, const Input& in) { return lay.Lay(in.text, in.style, in.width, in.align); }

TEST(LayoutCacheTest, WithoutACacheEveryTextIsLaidOutAnew) {
  Typesetter text("DejaVu Sans");
  Layouter lay(text.pango_context(), text.font_family(), nullptr);
  const Laid a = lay.Lay("Trivsel", {}, 200);
  const Laid b = lay.Lay("Trivsel", {}, 200);
  EXPECT_NE(a.layout.get(), b.layout.get());
  EXPECT_EQ(a.height, b.height);
}

TEST(LayoutCacheTest, ReusesATextLaidOutBeforeFromLayouterToLayouter) {
  Typesetter text("DejaVu Sans");
  LayoutCache cache;
  Layouter first(text.pango_context(), text.font_family(), &cache);
  const Laid a = first.Lay("Trivsel", {}, 200);
  Layouter second(text.pango_context(), text.font_family(), &cache);  // the next document
  const Laid b = second.Lay("Trivsel", {}, 200);
  EXPECT_EQ(a.layout.get(), b.layout.get());
  EXPECT_EQ(cache.size(), 1u);
}

TEST(LayoutCacheTest, EveryInputThatChangesTheLayoutIsAnEntryOfItsOwn) {
  Typesetter text("DejaVu Sans");
  const Input base{.text = RichText().Add("Trivsel og ").Add("mer", {.link = "https://a"})};
  auto with = [&](auto change) {
    Input in = base;
    change(in);
    return in;
  };
  // Written without lengths, the keys of these two would be the same.
  Input one_span{.text = RichText().Add("ab")};
  one_span.text.spans = {{.start = 0, .end = 1, .link = "https://a|1-2000"}};
  Input two_spans{.text = RichText().Add("ab")};
  two_spans.text.spans = {{.start = 0, .end = 1, .link = "https://a"}, {.start = 1, .end = 2}};
  struct Case {
    const char* name;
    Input a, b;
  };
  const std::vector<Case> cases = {
      {"another text", base, with([](Input& in) { in.text.text[0] = 'X'; })},
      {"larger", base, with([](Input& in) { in.style.size = 11; })},
      {"bold", base, with([](Input& in) { in.style.bold = true; })},
      {"italic", base, with([](Input& in) { in.style.italic = true; })},
      {"another colour", base, with([](Input& in) { in.style.color = Rgb::Hex(0xff0000); })},
      {"line spacing", base, with([](Input& in) { in.style.line_spacing = 1.1; })},
      {"narrower", base, with([](Input& in) { in.width = 100; })},
      {"centred", base, with([](Input& in) { in.align = Align::kCenter; })},
      {"a bold span", base,
       with([](Input& in) { in.text.spans.push_back({.start = 0, .end = 7, .bold = true}); })},
      {"another link", base, with([](Input& in) { in.text.spans[0].link = "https://b"; })},
      {"a link that reads like another span", one_span, two_spans},
  };
  for (const Case& c : cases) {
    LayoutCache cache;
    Layouter lay(text.pango_context(), text.font_family(), &cache);
    const Laid a = Lay(lay, c.a);
    const Laid b = Lay(lay, c.b);
    EXPECT_NE(a.layout.get(), b.layout.get()) << c.name;
    EXPECT_EQ(cache.size(), 2u) << c.name;
    EXPECT_EQ(Lay(lay, c.b).layout.get(), b.layout.get()) << c.name << ": laid out again";
    EXPECT_EQ(cache.size(), 2u) << c.name << ": laid out again";
  }
}

TEST(LayoutCacheTest, EmptiesItselfWhenFull) {
  Typesetter text("DejaVu Sans");
  LayoutCache cache;
  Layouter lay(text.pango_context(), text.font_family(), &cache);
  for (size_t i = 0; i < LayoutCache::kMaxEntries; ++i) lay.Lay(std::to_string(i), {}, 100);
  EXPECT_EQ(cache.size(), LayoutCache::kMaxEntries);
  lay.Lay("one more", {}, 100);
  EXPECT_EQ(cache.size(), 1u);
}

TEST(LayoutCacheTest, UsedWithAnotherTypesetterItDropsItsEntries) {
  Typesetter a("DejaVu Sans"), b("DejaVu Sans");
  LayoutCache cache;
  Layouter(a.pango_context(), a.font_family(), &cache).Lay("Trivsel", {}, 200);
  EXPECT_EQ(cache.size(), 1u);
  Layouter with_b(b.pango_context(), b.font_family(), &cache);
  EXPECT_EQ(cache.size(), 0u) << "layouts of a's context are not handed out for b";
  with_b.Lay("Trivsel", {}, 200);
  EXPECT_EQ(cache.size(), 1u);
}

TEST(LayoutCacheTest, CachingNeverChangesTheBytes) {
  Typesetter text("DejaVu Sans");
  const Theme theme;
  auto make = [&](LayoutCache* cache) {
    DocumentOptions options;
    options.created = "2020-01-01T00:00:00Z";
    options.running_header = "Kultur for læring · 8A";
    options.page_label = [](int page, int pages) {
      return std::to_string(page) + "/" + std::to_string(pages);
    };
    Document doc(text, theme, options, cache);
    doc.Cover({.kicker = "Kultur for læring", .title = "8A", .lines = {"Klasse"}});
    doc.Contents("Innhold");
    doc.Markdown("# Slik leser du\n\nMed **fet** og [lenke](https://example.org).\n\n- en\n- to\n");
    TableBlock t;
    t.header = {{RichText().Add("Klasse")}, {RichText().Add("T")}};
    for (int i = 0; i < 80; ++i) {
      t.rows.push_back({{RichText().Add("Rad " + std::to_string(i % 7))}, {RichText().Add("50")}});
    }
    doc.Heading(1, "Tabell");
    doc.Table(t);
    return doc.Finish();
  };
  LayoutCache cache;
  const std::string uncached = make(nullptr);
  EXPECT_EQ(make(&cache), uncached) << "a cold cache";
  EXPECT_GT(cache.size(), 0u);
  EXPECT_EQ(make(&cache), uncached) << "a warm cache";
}

}  // namespace
}  // namespace kfl
