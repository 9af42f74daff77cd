// ReadProject: project.json (data contract, project.json) into a Project.
#pragma once

#include "io/diagnostics.h"
#include "io/json_reader.h"
#include "model/project.h"

namespace kfl {

// Fills *out from `doc`, reporting every problem to *diags: missing and
// unknown keys, wrong types, an empty or repeated wave, a reference_wave
// that is not a wave (nor "same"), thresholds that are not positive or out
// of order, an unknown language or level. Settings that are absent or wrong
// keep their defaults (model/project.h). Returns false only when the
// document is not a JSON object at all.
bool ReadProject(const JsonDocument& doc, Project* out, Diagnostics* diags);

}  // namespace kfl
