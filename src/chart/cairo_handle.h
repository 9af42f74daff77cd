// Owning handles for the C objects of cairo and pango: std::unique_ptr with
// the library's destroy function as deleter, so no raw handle outlives its
// scope or leaks on an early return.
//
//   CairoSurface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h));
//   Cairo cr(cairo_create(surface.get()));
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>

namespace kfl {

struct CairoDeleter {
  void operator()(cairo_t* p) const { cairo_destroy(p); }
  void operator()(cairo_surface_t* p) const { cairo_surface_destroy(p); }
  void operator()(cairo_font_options_t* p) const { cairo_font_options_destroy(p); }
  void operator()(cairo_pattern_t* p) const { cairo_pattern_destroy(p); }
};

struct GObjectDeleter {
  void operator()(void* p) const { g_object_unref(p); }
};

struct PangoFontDescriptionDeleter {
  void operator()(PangoFontDescription* p) const { pango_font_description_free(p); }
};

using Cairo = std::unique_ptr<cairo_t, CairoDeleter>;
using CairoSurface = std::unique_ptr<cairo_surface_t, CairoDeleter>;
using CairoFontOptions = std::unique_ptr<cairo_font_options_t, CairoDeleter>;
using CairoPattern = std::unique_ptr<cairo_pattern_t, CairoDeleter>;
using PangoFontMapHandle = std::unique_ptr<PangoFontMap, GObjectDeleter>;
using PangoContextHandle = std::unique_ptr<PangoContext, GObjectDeleter>;
using PangoLayoutHandle = std::unique_ptr<PangoLayout, GObjectDeleter>;
using PangoFontDescriptionHandle =
    std::unique_ptr<PangoFontDescription, PangoFontDescriptionDeleter>;

}  // namespace kfl
