// Reading the texts kfl renders with: templates (templates/html/*.mustache,
// assets) and Markdown narratives (templates/md/<lang>/<name>.md, which a
// data directory may override with narratives/<lang>/<name>.md).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "io/diagnostics.h"
#include "io/file_system.h"

namespace kfl {

// Every regular file of `dir` whose name ends in `extension` (e.g.
// ".mustache"; "" for all), by name without that extension. A directory that
// cannot be read is an error in *diags.
std::map<std::string, std::string> ReadTextFiles(const std::string& dir,
                                                 const std::string& extension, Diagnostics* diags);

// The narrative `name` in `lang`: DATA_DIR/narratives/<lang>/<name>.md when
// it exists, else <templates>/md/<lang>/<name>.md, else the bokmål one from
// either place; nullopt when there is none at all.
// The data directory's own narratives are read from `fs` when given.
std::optional<std::string> ReadNarrative(const FileSystem& fs, const std::string& data_dir,
                                         const std::string& templates_dir,
                                         const std::string& lang, const std::string& name);
std::optional<std::string> ReadNarrative(const std::string& data_dir,
                                         const std::string& templates_dir,
                                         const std::string& lang, const std::string& name);

}  // namespace kfl
