#include "core/atlas/AtlasLoader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/atlas/JsonReading.h"

namespace myoatlas {
namespace {

using namespace jsonread;


std::array<int, 2> intRange(ObjectReader& r, const std::string& key, int lo, int hi, std::array<int, 2> fallback,
                            const Reporter& report) {
  const json* v = r.field(key, false);
  if (!v) return fallback;
  if (!v->is_array() || v->size() != 2 || !jsonIntegerFits<int>((*v)[0]) || !jsonIntegerFits<int>((*v)[1])) {
    report(r.at(key), "expected two whole numbers [from, to]");
    return fallback;
  }
  const int a = (*v)[0].get<int>(), b = (*v)[1].get<int>();
  if (a < lo || b > hi || a > b) {
    report(r.at(key), "[" + std::to_string(a) + ", " + std::to_string(b) + "] is out of range (expected " +
                          std::to_string(lo) + " <= from <= to <= " + std::to_string(hi) + ")");
    return fallback;
  }
  return {a, b};
}

constexpr double kMinRadiusCm = 0.5, kMaxRadiusCm = 40.0;

ZonePrimitive readPrimitive(const json& v, const std::string& path, const Reporter& report) {
  ObjectReader r(v, path, report);
  ZonePrimitive z;
  const bool stroke = v.is_object() && v.contains("from");
  if (stroke) {
    z.from = readPoint(r, "from", "from_offset", report);
    z.to = readPoint(r, "to", "to_offset", report);
  } else {
    z.from = readPoint(r, "at", "offset", report);
  }
  z.radiusCm = float(r.number("radius", kMinRadiusCm, kMaxRadiusCm).value_or(2.0));
  return z;
}

// A pain area's list from the Manual's pain guide (optional: finer lay areas have none).
std::optional<PainGuide> readGuide(ObjectReader& area, const Reporter& report) {
  const json* v = area.field("guide", false);
  if (!v) return std::nullopt;
  ObjectReader r(*v, area.at("guide"), report);
  PainGuide g;
  g.name = r.text("name");
  g.source.source = r.text("source");
  g.source.where = r.text("where");
  r.list("muscles", true, true, [&](const json& item, const std::string& path) {
    ObjectReader e(item, path, report);
    GuideEntry entry;
    entry.muscle = e.text("muscle");
    entry.essential = e.choice("zone", {"essential", "spillover"}).value_or("essential") == "essential";
    entry.group = e.text("as", false);
    g.muscles.push_back(entry);
  });
  r.list("known_differences", false, false, [&](const json& item, const std::string& path) {
    ObjectReader e(item, path, report);
    g.knownDifferences.push_back({e.text("trigger_point"), e.text("reason")});
  });
  return g;
}

Zone readZone(ObjectReader& r, const std::string& key, bool nonEmpty, const Reporter& report) {
  Zone zone;
  r.list(key, true, false, [&](const json& v, const std::string& path) { zone.push_back(readPrimitive(v, path, report)); });
  if (nonEmpty && zone.empty() && r.field(key, false)) report(r.at(key), "the zone is empty: give at least one blob or stroke");
  return zone;
}

std::vector<SourceRef> readSources(ObjectReader& r, const Reporter& report, bool required = true) {
  std::vector<SourceRef> out;
  r.list("sources", required, required, [&](const json& v, const std::string& path) {
    ObjectReader s(v, path, report);
    SourceRef ref;
    ref.source = s.text("source");
    ref.where = s.text("where", false);
    ref.note = s.text("note", false);
    out.push_back(ref);
  });
  return out;
}

Treatment readTreatment(const json& v, const std::string& path, const Reporter& report) {
  ObjectReader r(v, path, report);
  Treatment t;
  if (const json* sr = r.field("self_release", false); sr && !sr->is_null()) {
    ObjectReader s(*sr, r.at("self_release"), report);
    SelfRelease out;
    out.tool = s.choice("tool", {"fingers", "thumb", "ball", "pincer grip", "tool", "foam roller"}).value_or("");
    out.position = s.text("position");
    out.pressure = intRange(s, "pressure", 0, 10, out.pressure, report);
    out.holdSeconds = intRange(s, "hold_seconds", 5, 180, out.holdSeconds, report);
    out.repetitions = intRange(s, "repetitions", 1, 10, out.repetitions, report);
    out.notes = s.text("notes", false);
    t.selfRelease = out;
  }
  t.stretch = r.text("stretch");
  t.advice = r.texts("advice");
  t.cautions = r.texts("cautions");
  t.differential = r.texts("differential", false);
  return t;
}

Frequency parseFrequency(const std::string& s) {
  if (s == "very common") return Frequency::VeryCommon;
  if (s == "common") return Frequency::Common;
  if (s == "occasional") return Frequency::Occasional;
  if (s == "rare") return Frequency::Rare;
  return Frequency::Unknown;
}

TriggerPoint readTriggerPoint(const json& v, const std::string& path, const std::string& muscleId,
                              const Reporter& report) {
  ObjectReader r(v, path, report);
  TriggerPoint t;
  const std::string local = r.text("id");
  t.id = muscleId + "." + local;
  t.muscle = muscleId;
  t.name = r.text("name");
  if (const json* loc = r.field("location", true)) {
    ObjectReader l(*loc, r.at("location"), report);
    t.location = readPoint(l, "at", "offset", report);
  }
  t.palpation = r.text("palpation");
  t.referral = r.text("referral");
  t.essential = readZone(r, "essential", true, report);
  t.spillover = readZone(r, "spillover", false, report);
  t.essentialAreas = r.texts("essential_areas", true, true);
  t.spilloverAreas = r.texts("spillover_areas");
  t.frequency = parseFrequency(
      r.choice("frequency", {"very common", "common", "occasional", "rare", "unknown"}).value_or("unknown"));
  t.symptoms = r.texts("symptoms", true, true);
  t.activating = r.texts("activating", false);
  t.perpetuating = r.texts("perpetuating", false);
  t.satellites = r.texts("satellites", false);
  t.related = r.texts("related", false);
  if (const json* tr = r.field("treatment", false)) t.treatment = readTreatment(*tr, r.at("treatment"), report);
  t.sources = readSources(r, report);
  return t;
}

void readMuscle(ObjectReader& r, const Reporter& report, Atlas& atlas) {
  Muscle m;
  m.id = r.text("id");
  m.name = r.text("name");
  m.latin = r.text("latin");
  m.synonyms = r.texts("synonyms", false);
  m.abbreviations = r.texts("abbreviations", false);
  if (const json* fma = r.field("fma", false)) {
    ObjectReader f(*fma, r.at("fma"), report);
    if (auto right = f.number("right", 1, 1e7, false)) m.fmaRight = int(*right);
    if (auto left = f.number("left", 1, 1e7, false)) m.fmaLeft = int(*left);
    if (auto whole = f.number("whole", 1, 1e7, false)) m.fmaWhole = int(*whole);
  }
  m.regions = r.texts("regions", true, true);
  const auto depth = r.choice("depth", {"superficial", "intermediate", "deep"}).value_or("superficial");
  m.depth = depth == "deep" ? Depth::Deep : depth == "intermediate" ? Depth::Intermediate : Depth::Superficial;
  m.origin = r.text("origin");
  m.insertion = r.text("insertion");
  m.action = r.text("action");
  m.innervation = r.text("innervation");
  if (const json* tr = r.field("treatment", true)) m.treatment = readTreatment(*tr, r.at("treatment"), report);
  r.list("trigger_points", true, true, [&](const json& t, const std::string& p) {
    atlas.triggerPoints.push_back(readTriggerPoint(t, p, m.id, report));
    m.triggerPoints.push_back(atlas.triggerPoints.back().id);
  });
  m.sources = readSources(r, report);
  atlas.muscles.push_back(std::move(m));
}


void readVocabularies(const fs::path& dir, Atlas& atlas, std::vector<AtlasProblem>& problems) {
  readListFile(dir, "sources.json", "sources", problems, [&](ObjectReader& r, const Reporter&, std::size_t) {
    atlas.sources.push_back({r.text("id"), r.text("citation")});
  });
  readListFile(dir, "regions.json", "regions", problems, [&](ObjectReader& r, const Reporter&, std::size_t) {
    atlas.regions.push_back({r.text("id"), r.text("name")});
  });
  readListFile(dir, "landmarks.json", "landmarks", problems, [&](ObjectReader& r, const Reporter&, std::size_t) {
    Landmark l;
    l.id = r.text("id");
    l.name = r.text("name");
    l.kind = r.choice("kind", {"bony", "surface"}).value_or("bony") == "surface" ? LandmarkKind::Surface : LandmarkKind::Bony;
    l.bilateral = r.boolean("bilateral").value_or(true);
    l.description = r.text("description");
    atlas.landmarks.push_back(l);
  });
  readListFile(dir, "pain_areas.json", "pain_areas", problems, [&](ObjectReader& r, const Reporter& report, std::size_t) {
    PainArea a;
    a.id = r.text("id");
    a.name = r.text("name");
    a.synonyms = r.texts("synonyms", false);
    a.regions = r.texts("regions", true, true);
    a.bilateral = r.boolean("bilateral").value_or(true);
    a.zone = readZone(r, "zone", true, report);
    a.guide = readGuide(r, report);
    atlas.painAreas.push_back(a);
  });
  if (auto doc = readJsonFile(dir, "general.json", problems)) {
    Reporter report{"general.json", &problems};
    ObjectReader r(*doc, "", report);
    atlas.general.method = r.text("method");
    atlas.general.dose = r.texts("dose", true, true);
    atlas.general.mistakes = r.texts("mistakes", true, true);
    atlas.general.redFlags = r.texts("red_flags", true, true);
    atlas.general.activeVersusLatent = r.text("active_versus_latent");
    atlas.general.perpetuating = r.texts("perpetuating", true, true);
    atlas.general.sources = readSources(r, report);
  }
}

void readMuscleFiles(const fs::path& dir, Atlas& atlas, std::vector<AtlasProblem>& problems,
                     std::vector<std::pair<std::string, std::size_t>>& muscleFiles) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir / "muscles", ec), end; !ec && it != end; it.increment(ec))  // never throws
    if (it->path().extension() == ".json") files.push_back("muscles/" + it->path().filename().string());
  if (ec || files.empty()) {
    problems.push_back({"muscles/", "/", "no muscle files found (expected muscles/*.json)"});
    return;
  }
  std::sort(files.begin(), files.end());  // deterministic order whatever the file system says
  for (const auto& f : files)
    readListFile(dir, f, "muscles", problems, [&](ObjectReader& r, const Reporter& report, std::size_t i) {
      readMuscle(r, report, atlas);
      muscleFiles.emplace_back(f, i);
    });
}

// Cross-file checks: duplicate ids and references that point nowhere.
class ReferenceChecker {
 public:
  ReferenceChecker(const Atlas& atlas, std::vector<AtlasProblem>& problems,
                   const std::vector<std::pair<std::string, std::size_t>>& muscleFiles)
      : atlas_(atlas), problems_(problems), muscleFiles_(muscleFiles) {}

  void run() {
    duplicates(atlas_.sources, "sources.json", "/sources/", "source");
    duplicates(atlas_.regions, "regions.json", "/regions/", "region");
    duplicates(atlas_.landmarks, "landmarks.json", "/landmarks/", "landmark");
    duplicates(atlas_.painAreas, "pain_areas.json", "/pain_areas/", "pain area");
    checkMuscleDuplicates();
    for (std::size_t i = 0; i < atlas_.painAreas.size(); ++i) {
      const PainArea& a = atlas_.painAreas[i];
      const std::string p = "/pain_areas/" + std::to_string(i);
      for (std::size_t k = 0; k < a.regions.size(); ++k)
        ref(atlas_.region(a.regions[k]), "pain_areas.json", p + "/regions/" + std::to_string(k), "region", a.regions[k]);
      zone(a.zone, "pain_areas.json", p + "/zone");
      if (a.guide) guide(*a.guide, p + "/guide");
    }
    for (std::size_t i = 0; i < atlas_.general.sources.size(); ++i)
      sourceRef(atlas_.general.sources[i], "general.json", "/sources/" + std::to_string(i));
    checkMuscles();
  }

 private:
  template <class T>
  void duplicates(const std::vector<T>& items, const std::string& file, const std::string& prefix, const char* what) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i)
      if (!items[i].id.empty() && !seen.insert(items[i].id).second)
        problems_.push_back({file, prefix + std::to_string(i) + "/id", std::string("duplicate ") + what + " id '" + items[i].id + "'"});
  }

  template <class T>
  void ref(const T* found, const std::string& file, const std::string& path, const char* what, const std::string& id) {
    if (!found && !id.empty())
      problems_.push_back({file, path, std::string("unknown ") + what + " '" + id + "'" });
  }

  void point(const AnchoredPoint& p, const std::string& file, const std::string& path) {
    ref(atlas_.landmark(p.landmark), file, path, "landmark", p.landmark);
  }

  void zone(const Zone& z, const std::string& file, const std::string& path) {
    for (std::size_t k = 0; k < z.size(); ++k) {
      const std::string pp = path + "/" + std::to_string(k);
      point(z[k].from, file, pp + (z[k].isStroke() ? "/from" : "/at"));
      if (z[k].to) point(*z[k].to, file, pp + "/to");
    }
  }

  void guide(const PainGuide& g, const std::string& p) {
    sourceRef(g.source, "pain_areas.json", p);
    std::set<std::string> seen;
    for (std::size_t k = 0; k < g.muscles.size(); ++k) {
      const std::string pp = p + "/muscles/" + std::to_string(k) + "/muscle";
      ref(atlas_.muscle(g.muscles[k].muscle), "pain_areas.json", pp, "muscle", g.muscles[k].muscle);
      if (!g.muscles[k].muscle.empty() && !seen.insert(g.muscles[k].muscle).second)
        problems_.push_back({"pain_areas.json", pp, "muscle '" + g.muscles[k].muscle + "' is listed twice in this guide"});
    }
    for (std::size_t k = 0; k < g.knownDifferences.size(); ++k)
      ref(atlas_.triggerPoint(g.knownDifferences[k].triggerPoint), "pain_areas.json",
          p + "/known_differences/" + std::to_string(k) + "/trigger_point", "trigger point", g.knownDifferences[k].triggerPoint);
  }

  void sourceRef(const SourceRef& s, const std::string& file, const std::string& path) {
    bool found = false;
    for (const auto& src : atlas_.sources) found = found || src.id == s.source;
    if (!found && !s.source.empty()) problems_.push_back({file, path + "/source", "unknown source '" + s.source + "'"});
  }

  void checkMuscleDuplicates() {
    std::set<std::string> muscles, trps;
    for (std::size_t i = 0; i < atlas_.muscles.size(); ++i) {
      const auto& [file, index] = muscleFiles_[i];
      const Muscle& m = atlas_.muscles[i];
      const std::string p = "/muscles/" + std::to_string(index);
      if (!m.id.empty() && !muscles.insert(m.id).second)
        problems_.push_back({file, p + "/id", "duplicate muscle id '" + m.id + "'"});
      for (std::size_t k = 0; k < m.triggerPoints.size(); ++k)
        if (!trps.insert(m.triggerPoints[k]).second)
          problems_.push_back({file, p + "/trigger_points/" + std::to_string(k) + "/id",
                               "duplicate trigger point id '" + m.triggerPoints[k] + "'"});
    }
  }

  void checkMuscles() {
    for (std::size_t i = 0; i < atlas_.muscles.size(); ++i) {
      const auto& [file, index] = muscleFiles_[i];
      const Muscle& m = atlas_.muscles[i];
      const std::string p = "/muscles/" + std::to_string(index);
      for (std::size_t k = 0; k < m.regions.size(); ++k)
        ref(atlas_.region(m.regions[k]), file, p + "/regions/" + std::to_string(k), "region", m.regions[k]);
      for (std::size_t k = 0; k < m.sources.size(); ++k) sourceRef(m.sources[k], file, p + "/sources/" + std::to_string(k));
      for (std::size_t k = 0; k < m.triggerPoints.size(); ++k)
        checkTriggerPoint(*atlas_.triggerPoint(m.triggerPoints[k]), file, p + "/trigger_points/" + std::to_string(k));
    }
  }

  void checkTriggerPoint(const TriggerPoint& t, const std::string& file, const std::string& p) {
    point(t.location, file, p + "/location/at");
    zone(t.essential, file, p + "/essential");
    zone(t.spillover, file, p + "/spillover");
    const auto areas = [&](const std::vector<std::string>& ids, const std::string& key) {
      for (std::size_t k = 0; k < ids.size(); ++k)
        ref(atlas_.painArea(ids[k]), file, p + "/" + key + "/" + std::to_string(k), "pain area", ids[k]);
    };
    areas(t.essentialAreas, "essential_areas");
    areas(t.spilloverAreas, "spillover_areas");
    const auto trps = [&](const std::vector<std::string>& ids, const std::string& key) {
      for (std::size_t k = 0; k < ids.size(); ++k)
        ref(atlas_.triggerPoint(ids[k]), file, p + "/" + key + "/" + std::to_string(k), "trigger point", ids[k]);
    };
    trps(t.satellites, "satellites");
    trps(t.related, "related");
    for (std::size_t k = 0; k < t.sources.size(); ++k) sourceRef(t.sources[k], file, p + "/sources/" + std::to_string(k));
  }

  const Atlas& atlas_;
  std::vector<AtlasProblem>& problems_;
  const std::vector<std::pair<std::string, std::size_t>>& muscleFiles_;
};

}  // namespace

std::string AtlasProblem::format() const { return file + ": " + path + ": " + message; }

AtlasLoad loadAtlas(const std::string& dirText) {
  AtlasLoad out;
  const fs::path dir(dirText);
  if (!fs::is_directory(dir)) {
    out.problems.push_back({dirText, "/", "the atlas folder does not exist"});
    return out;
  }
  readVocabularies(dir, out.atlas, out.problems);
  std::vector<std::pair<std::string, std::size_t>> muscleFiles;
  readMuscleFiles(dir, out.atlas, out.problems, muscleFiles);
  out.atlas.buildIndex();
  ReferenceChecker(out.atlas, out.problems, muscleFiles).run();
  return out;
}

}  // namespace myoatlas
