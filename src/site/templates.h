// Templates: the mustache templates of the site (templates/html/*.mustache),
// rendered with mstch.
//
//   Templates t(ReadTextFiles(templates_dir + "/html", ".mustache", &diags));
//   std::string html = t.Render("page", context);
//
// Every {{name}} is HTML-escaped by mstch; {{{name}}} is used only for HTML
// that kfl itself produced (rendered partials, cmark output). Immutable;
// Render() may be called from several threads.
#pragma once

#include <map>
#include <string>

#include <mstch/mstch.hpp>

namespace kfl {

class Templates {
 public:
  // name -> template text. Templates do not include each other ({{> x}}):
  // a page inserts parts rendered before with {{{part}}}.
  explicit Templates(std::map<std::string, std::string> texts) : texts_(std::move(texts)) {}

  // The rendered template; "" when `name` is not there (Has() tells).
  std::string Render(const std::string& name, const mstch::map& context) const;
  bool Has(const std::string& name) const { return texts_.count(name) > 0; }

 private:
  std::map<std::string, std::string> texts_;
};

}  // namespace kfl
