#include "app/SourcesCommand.h"

#include <cmath>
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/AtlasCommands.h"
#include "core/atlas/AtlasLoader.h"
#include "core/pain/PainFinder.h"
#include "core/pain/Selection.h"

namespace myoatlas {
namespace {

constexpr float kMaxPointDistance = 0.05f;  // metres: a --point farther than this from the skin is a mistake

int listAreas(const Atlas& atlas, bool json) {
  if (json) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& a : atlas.painAreas) j.push_back({{"id", a.id}, {"name", a.name}, {"synonyms", a.synonyms}, {"regions", a.regions}});
    std::cout << j.dump(2) << "\n";
  } else {
    for (const auto& a : atlas.painAreas) std::cout << a.id << "  " << a.name << "\n";
  }
  return 0;
}

const PainArea* findArea(const Atlas& atlas, const std::string& query) {
  if (const PainArea* a = atlas.painArea(query)) return a;
  for (const auto& a : atlas.painAreas) {  // by display name or synonym, ignoring case
    const auto same = [&](const std::string& s) {
      return s.size() == query.size() &&
             std::equal(s.begin(), s.end(), query.begin(), [](char x, char y) { return std::tolower(x) == std::tolower(y); });
    };
    if (same(a.name)) return &a;
    for (const auto& s : a.synonyms)
      if (same(s)) return &a;
  }
  return nullptr;
}

void print(const Atlas& atlas, const std::vector<PainSourceCandidate>& results, const nlohmann::json& query, bool json) {
  if (json) {
    nlohmann::json j = {{"query", query}, {"results", nlohmann::json::array()}};
    for (const auto& r : results) {
      const TriggerPoint* t = atlas.triggerPoint(r.triggerPoint);
      j["results"].push_back({{"trigger_point", r.triggerPoint}, {"muscle", t->muscle}, {"name", t->name},
                              {"side", sideName(r.side)}, {"zone", r.essential ? "essential" : "spillover"},
                              {"coverage", std::round(r.coverage * 1000.0f) / 1000.0f},
                              {"score", std::round(r.score * 1000.0f) / 1000.0f},
                              {"frequency", frequencyName(t->frequency)}});
    }
    std::cout << j.dump(2) << "\n";
    return;
  }
  if (results.empty()) {
    std::cout << "No trigger point in the atlas refers pain there.\n";
    return;
  }
  int rank = 1;
  for (const auto& r : results) {
    const TriggerPoint* t = atlas.triggerPoint(r.triggerPoint);
    std::cout << rank++ << ". " << t->name << " (" << sideName(r.side) << ")  " << (r.essential ? "essential" : "spillover")
              << " zone, " << frequencyName(t->frequency) << "  [" << r.triggerPoint << "]\n";
  }
}

}  // namespace

int runSources(const SourcesOptions& options) {
  const AtlasLoad atlas = loadAtlas(defaultAtlasDir());
  if (!atlas.ok()) {
    std::cerr << "myoatlas sources: the atlas does not validate; run 'myoatlas validate'\n";
    return 2;
  }
  if (options.listAreas) return listAreas(atlas.atlas, options.json);
  if (options.area.has_value() == options.point.has_value()) {
    std::cerr << "myoatlas sources: give exactly one of --area NAME, --point X Y Z or --list-areas\n";
    return 2;
  }
  const auto side = parseSideChoice(options.side);
  if (!side || *side == SideChoice::Both) {
    std::cerr << "myoatlas sources: --side '" << options.side << "' must be right or left\n";
    return 2;
  }
  const PainArea* area = nullptr;
  if (options.area) {
    area = findArea(atlas.atlas, *options.area);
    if (!area) {
      std::cerr << "myoatlas sources: --area '" << *options.area << "' is not a pain area; 'myoatlas sources --list-areas' lists them\n";
      return 2;
    }
  }
  auto model = loadModel(options.model);
  if (!model) {
    std::cerr << "myoatlas sources: " << model.error() << "\n";
    return 2;
  }
  auto surface = BodySurface::fromModel(*model.value());
  if (!surface) {
    std::cerr << "myoatlas sources: " << surface.error() << "\n";
    return 2;
  }
  ReferralPainter painter(atlas.atlas, *surface.value());
  const PainFinder finder(painter);
  const Side s = *side == SideChoice::Left ? Side::Left : Side::Right;
  if (area) {
    const auto results = finder.forDrawing(painter.painArea(*area, area->bilateral ? s : Side::Right), std::size_t(options.top));
    print(atlas.atlas, results, {{"area", area->id}, {"side", sideName(s)}}, options.json);
    return 0;
  }
  const glm::vec3 p = *options.point;
  const std::uint32_t v = surface.value()->nearestVertex(p);
  const float gap = glm::distance(surface.value()->skin().positions[v], p);
  if (gap > kMaxPointDistance) {
    std::cerr << "myoatlas sources: --point is " << int(gap * 100.0f + 0.5f)
              << " cm from the skin; give a point on the body (metres, model space)\n";
    return 2;
  }
  print(atlas.atlas, finder.atVertex(v, std::size_t(options.top)), {{"point", {p.x, p.y, p.z}}, {"vertex", v}}, options.json);
  return 0;
}

}  // namespace myoatlas
