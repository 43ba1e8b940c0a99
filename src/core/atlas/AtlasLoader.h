#pragma once
// Reads and validates the atlas in data/. Every problem is collected, not just the first: a person fixing
// the data sees them all at once, each with the file, the JSON path (or line and column for syntax errors)
// and what was expected.
#include <string>
#include <vector>

#include "core/atlas/Atlas.h"

namespace myoatlas {

struct AtlasProblem {
  std::string file;  // relative to the atlas folder, e.g. "muscles/neck.json"
  std::string path;  // JSON pointer, e.g. "/muscles/2/trigger_points/0/essential"; or "line 12, column 5"
  std::string message;
  std::string format() const;  // "muscles/neck.json: /muscles/2/...: message"
};

struct AtlasLoad {
  Atlas atlas;
  std::vector<AtlasProblem> problems;
  bool ok() const { return problems.empty(); }
};

// `dir` holds sources.json, regions.json, landmarks.json, pain_areas.json, general.json and muscles/*.json.
AtlasLoad loadAtlas(const std::string& dir);

}  // namespace myoatlas
