// EscapeXml: the one escaping function for text placed in XML and HTML
// (SVG <title>/<desc>, attribute values, page text). Replaces & < > " ' with
// entities and drops the control characters XML 1.0 forbids (all below
// U+0020 except tab, line feed and carriage return), so any unit name from
// units.csv yields well-formed output.
//
//   EscapeXml("Skole <A> & \"B\"") == "Skole &lt;A&gt; &amp; &quot;B&quot;"
#pragma once

#include <string>
#include <string_view>

namespace kfl {

std::string EscapeXml(std::string_view text);

}  // namespace kfl
