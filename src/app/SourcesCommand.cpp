#include "app/SourcesCommand.h"

#include <cmath>
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/AtlasCommands.h"
#include "core/atlas/AtlasLoader.h"
#include "core/atlas/PainAreaLookup.h"
#include "core/pain/GuideAudit.h"
#include "core/pain/PainFinder.h"
#include "core/pain/Selection.h"
#include "core/JsonText.h"
#include "core/Text.h"
#include "core/session/Session.h"

namespace myoatlas {
namespace {

constexpr float kMaxPointDistance = 0.05f;  // metres: a --point farther than this from the skin is a mistake

float rounded(float x) { return std::round(x * 1000.0f) / 1000.0f; }

int listAreas(const Atlas& atlas, bool json) {
  if (json) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& a : atlas.painAreas) {
      nlohmann::json area = {{"id", a.id}, {"name", a.name}, {"synonyms", a.synonyms}, {"regions", a.regions}};
      if (a.guide) area["guide"] = {{"name", a.guide->name}, {"source", a.guide->source.source}, {"where", a.guide->source.where}};
      j.push_back(area);
    }
    std::cout << jsonText(j, 2) << "\n";
  } else {
    for (const auto& a : atlas.painAreas)
      std::cout << a.id << "  " << a.name << (a.guide ? "  (pain guide: " + a.guide->name + ")" : "") << "\n";
  }
  return 0;
}

const char* zoneName(bool essential) { return essential ? "essential" : "spillover"; }

nlohmann::json toJson(const Atlas& atlas, const MuscleSources& m) {
  nlohmann::json trps = nlohmann::json::array();
  for (const auto& c : m.triggerPoints) {
    const TriggerPoint* t = atlas.triggerPoint(c.triggerPoint);
    trps.push_back({{"trigger_point", c.triggerPoint}, {"name", t->name}, {"zone", zoneName(c.essential)},
                    {"coverage", rounded(c.coverage)}, {"score", rounded(c.score)}, {"frequency", frequencyName(t->frequency)}});
  }
  nlohmann::json j = {{"muscle", m.muscle}, {"name", musclesLabel(atlas, m)}, {"side", sideName(m.side)},
                      {"zone", zoneName(m.essential)}, {"coverage", rounded(m.coverage)}, {"score", rounded(m.score)},
                      {"painted", m.painted}, {"trigger_points", trps}};
  j["guide_rank"] = m.guideRank >= 0 ? nlohmann::json(m.guideRank + 1) : nlohmann::json(nullptr);
  j["group"] = m.group.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.group);
  j["muscles"] = m.members.empty() ? std::vector<std::string>{m.muscle} : m.members;
  return j;
}

void printTriggerPoints(const Atlas& atlas, const MuscleSources& m) {
  for (const auto& c : m.triggerPoints) {
    const TriggerPoint* t = atlas.triggerPoint(c.triggerPoint);
    std::cout << "     " << t->name << "  " << (m.painted ? std::string(zoneName(c.essential)) + " zone here, " : "")
              << frequencyName(t->frequency) << "  [" << c.triggerPoint << "]\n";
  }
}

void print(const Atlas& atlas, const std::vector<MuscleSources>& results, const PainArea* area, nlohmann::json query,
           bool json, const Session& session) {
  const PainGuide* guide = area && area->guide ? &*area->guide : nullptr;
  const std::string incomplete = session.incompleteAnswerNote();
  if (!incomplete.empty()) std::cerr << "myoatlas sources: " << incomplete << "\n";
  if (json) {
    nlohmann::json j = {{"query", std::move(query)}, {"results", nlohmann::json::array()}};
    if (!incomplete.empty()) j["missing_landmarks"] = session.missingLandmarks();
    if (guide) j["guide"] = {{"name", guide->name}, {"source", guide->source.source}, {"where", guide->source.where}};
    for (const auto& m : results) j["results"].push_back(toJson(atlas, m));
    std::cout << jsonText(j, 2) << "\n";
    return;
  }
  if (guide)
    std::cout << area->name << ": the Manual's pain guide, '" << guide->name << "' (" << guide->source.where << "), lists "
              << guide->placeCount() << " muscles; essential (bold in the guide) first, then in the guide's order.\n";
  if (results.empty()) {
    std::cout << (incomplete.empty() ? "No trigger point in the atlas refers pain there.\n"
                                     : "No trigger point found there on this model, which lacks landmarks (see above).\n");
    return;
  }
  int rank = 1;
  bool beyondGuide = false;
  for (const auto& m : results) {
    const std::string side = m.side == Side::Left ? " (left)" : "";
    if (guide && m.guideRank < 0) {  // not ranked with the guide's muscles
      if (!beyondGuide) std::cout << "Also painted over this area on this body, not in the guide's list:\n";
      beyondGuide = true;
      std::cout << "   - " << musclesLabel(atlas, m) << side << "  " << zoneName(m.essential) << " zone here, covers "
                << int(m.coverage * 100.0f + 0.5f) << "% of the area\n";
    } else {
      std::cout << rank++ << ". " << musclesLabel(atlas, m) << side << "  " << (guide ? "guide: " : "") << zoneName(m.essential)
                << (m.painted ? "" : "; its pattern is not painted over this area on this body") << "\n";
    }
    printTriggerPoints(atlas, m);
  }
}

int printAudit(const std::vector<GuideFinding>& findings, bool json) {
  if (json) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& f : findings)
      j.push_back({{"kind", f.kind == GuideFinding::Kind::ListedNotPainted ? "listed_not_painted" : "painted_not_listed"},
                   {"area", f.area}, {"muscle", f.muscle}, {"trigger_point", f.triggerPoint}, {"coverage", rounded(f.coverage)}});
    std::cout << jsonText(j, 2) << "\n";
  } else {
    for (const auto& f : findings) std::cout << f.describe() << "\n";
    std::cout << findings.size() << " disagreement" << (findings.size() == 1 ? "" : "s")
              << " between the pain guides and the painted patterns\n";
  }
  return findings.empty() ? 0 : 1;
}

}  // namespace

int runSources(const SourcesOptions& options) {
  const AtlasLoad atlas = loadDefaultAtlas();
  if (!atlas.ok()) {
    std::cerr << "myoatlas sources: the atlas does not validate; run 'myoatlas validate'\n";
    return 2;
  }
  if (options.listAreas) return listAreas(atlas.atlas, options.json);
  if (int(options.area.has_value()) + int(options.point.has_value()) + int(options.audit) != 1) {
    std::cerr << "myoatlas sources: give exactly one of --area NAME, --point X Y Z, --audit or --list-areas\n";
    return 2;
  }
  const auto side = parseSideChoice(options.side);
  if (!side || *side == SideChoice::Both) {
    std::cerr << "myoatlas sources: --side '" << options.side << "' must be right or left\n";
    return 2;
  }
  const PainArea* area = nullptr;
  if (options.area) {
    const auto resolved = PainAreaLookup(atlas.atlas).resolve(*options.area);
    if (!resolved) {
      std::cerr << "myoatlas sources: --area '" << *options.area << "' " << resolved.error()
                << ". 'myoatlas sources --list-areas' lists them all\n";
      return 2;
    }
    area = resolved.value();
  }
  auto model = loadModel(options.model);
  if (!model) {
    std::cerr << "myoatlas sources: " << model.error() << "\n";
    return 2;
  }
  if (options.audit) {  // every guide against the painted patterns: the painter alone, no view
    auto surface = BodySurface::fromModel(*model.value());
    if (!surface) {
      std::cerr << "myoatlas sources: " << surface.error() << "\n";
      return 2;
    }
    ReferralPainter painter(atlas.atlas, *surface.value());
    return printAudit(auditPainGuides(painter), options.json);
  }
  // The same questions the viewer answers, through the same session verbs.
  Session session(&atlas.atlas);
  session.setModel(std::move(model.value()));
  if (!session.hasPainTools()) {
    std::cerr << "myoatlas sources: " << session.painToolsNote() << "\n";
    return 2;
  }
  const Side s = *side == SideChoice::Left ? Side::Left : Side::Right;
  const auto limited = [&](std::vector<MuscleSources> r) {
    if (options.top > 0 && r.size() > std::size_t(options.top)) r.resize(std::size_t(options.top));
    return r;
  };
  if (area) {
    const Side areaSide = area->bilateral ? s : Side::Right;
    if (auto chosen = session.chooseArea(area->id, areaSide); !chosen) {
      std::cerr << "myoatlas sources: " << chosen.error() << "\n";
      return 2;
    }
    print(atlas.atlas, limited(session.answer().sources), area,
          {{"area", area->id}, {"name", area->name}, {"side", sideName(areaSide)}}, options.json, session);
    return 0;
  }
  const glm::vec3 p = *options.point;
  if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z)) {
    std::cerr << "myoatlas sources: --point " << p.x << " " << p.y << " " << p.z
              << " is not a point: give three finite numbers (metres, model space)\n";
    return 2;
  }
  const auto [v, gap] = *session.nearestSkinVertex(p);
  if (gap > kMaxPointDistance) {
    std::cerr << "myoatlas sources: --point is " << formatDistance(gap)
              << " from the skin; give a point on the body (metres, model space)\n";
    return 2;
  }
  session.clickSkin(v);
  print(atlas.atlas, limited(session.answer().sources), nullptr, {{"point", {p.x, p.y, p.z}}, {"vertex", v}}, options.json, session);
  return 0;
}

}  // namespace myoatlas
