#include "app/AtlasCommands.h"

#include <cmath>
#include <iostream>

#include <nlohmann/json.hpp>

#include "core/JsonText.h"
#include "core/atlas/AtlasLoader.h"
#include "core/atlas/Search.h"
#include "io/DataPaths.h"

namespace myoatlas {
namespace {

std::string chosenDir(const std::string& dir) { return dir.empty() ? defaultAtlasDir() : dir; }

AtlasLoad loadChosenAtlas(const std::string& dir) { return dir.empty() ? loadDefaultAtlas() : loadAtlas(dir); }

nlohmann::json counts(const Atlas& a) {
  return {{"muscles", a.muscles.size()},       {"trigger_points", a.triggerPoints.size()},
          {"zones", a.zoneCount()},            {"pain_areas", a.painAreas.size()},
          {"landmarks", a.landmarks.size()},   {"regions", a.regions.size()},
          {"sources", a.sources.size()}};
}

}  // namespace

std::string defaultAtlasDir() { return locateAtlasDir().path; }

AtlasLoad loadDefaultAtlas() {
  const DataLocation where = locateAtlasDir();
  if (where.found) return loadAtlas(where.path);
  AtlasLoad missing;
  missing.problems.push_back({"", "", "the atlas folder was not found (" + where.lookedIn() +
                                          "); set MYOATLAS_DATA_DIR to the folder holding general.json"});
  return missing;
}

int runValidate(const ValidateOptions& options) {
  const std::string dir = chosenDir(options.dir);
  const AtlasLoad load = loadChosenAtlas(options.dir);
  if (options.json) {
    nlohmann::json j;
    j["atlas"] = dir;
    j["valid"] = load.ok();
    j["counts"] = counts(load.atlas);
    j["errors"] = nlohmann::json::array();
    for (const auto& p : load.problems) j["errors"].push_back({{"file", p.file}, {"path", p.path}, {"message", p.message}});
    std::cout << jsonText(j, 2) << "\n";
  } else if (load.ok()) {
    const auto& a = load.atlas;
    std::cout << "Atlas " << dir << " is valid: " << a.muscles.size() << " muscles, " << a.triggerPoints.size()
              << " trigger points, " << a.zoneCount() << " zones, " << a.painAreas.size() << " pain areas, "
              << a.landmarks.size() << " landmarks.\n";
  } else {
    for (const auto& p : load.problems) {
      if (p.file.empty()) std::cerr << "myoatlas validate: " << p.message << "\n";  // no atlas folder at all
      else std::cerr << dir << "/" << p.format() << "\n";
    }
    std::cerr << load.problems.size() << " problem" << (load.problems.size() == 1 ? "" : "s") << " in atlas " << dir
              << "\n";
  }
  return load.ok() ? 0 : 2;
}

int runSearch(const SearchOptions& options) {
  const std::string dir = chosenDir(options.dir);
  const AtlasLoad load = loadChosenAtlas(options.dir);
  if (!load.ok()) {
    if (load.problems.size() == 1 && load.problems.front().file.empty())
      std::cerr << "myoatlas search: " << load.problems.front().message << "\n";
    else
      std::cerr << "myoatlas search: the atlas in " << dir << " has " << load.problems.size()
                << " problems; run 'myoatlas validate' to list them\n";
    return 2;
  }
  const AtlasSearch search(load.atlas);
  const auto results = search.search(options.query, std::size_t(options.top));
  if (options.json) {
    nlohmann::json j = {{"query", options.query}, {"results", nlohmann::json::array()}};
    for (const auto& r : results)
      j["results"].push_back({{"kind", searchKindName(r.kind)}, {"id", r.id}, {"name", r.name},
                              {"matched", r.matched}, {"score", std::round(r.score * 1000.0) / 1000.0}});
    std::cout << jsonText(j, 2) << "\n";
    return 0;
  }
  if (results.empty()) {
    std::cout << "No match for '" << options.query << "'.\n";
    return 0;
  }
  for (const auto& r : results)
    std::cout << r.name << "  [" << searchKindName(r.kind) << ": " << r.id << "]  matched \"" << r.matched << "\"\n";
  return 0;
}

}  // namespace myoatlas
