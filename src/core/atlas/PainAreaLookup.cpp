#include "core/atlas/PainAreaLookup.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/atlas/Search.h"

namespace myoatlas {
namespace {

constexpr double kFound = 0.62;    // below this the best match is a guess, not an answer
constexpr double kNearest = 0.25;  // suggestions need at least this much in common
constexpr double kTie = 0.02;      // two areas this close both fit: "knee pain" could be any side of the knee

const std::unordered_map<std::string, std::string>& directionWords() {
  static const std::unordered_map<std::string, std::string> words = {
      {"posterior", "back"}, {"behind", "back"},    {"rear", "back"},        {"dorsal", "back"},
      {"dorsum", "back"},    {"anterior", "front"}, {"lateral", "outer"},    {"outside", "outer"},
      {"medial", "inner"},   {"inside", "inner"},   {"volar", "palmar"},     {"palm", "palmar"},
      {"superior", "upper"}, {"inferior", "lower"}, {"underneath", "under"}, {"underside", "under"},
      {"beneath", "under"},  {"below", "under"},    {"plantar", "sole"},     {"frontal", "forehead"}};
  return words;
}

const std::unordered_set<std::string>& fillerWords() {
  static const std::unordered_set<std::string> words = {
      "pain", "pains", "painful", "ache", "aches", "aching", "hurts", "hurt", "hurting", "sore",  "soreness", "the",
      "a",    "an",    "of",      "my",   "in",    "on",     "at",    "to",   "and",     "area",  "region",   "i",
      "have", "has",   "it",      "is",   "there", "feel",   "feels", "part", "zone",    "right", "left"};
  return words;
}

std::string fold(std::string w) {
  const auto& d = directionWords();
  if (const auto it = d.find(w); it != d.end()) {
    w = it->second;
  } else if (w.size() >= 6) {  // "posterier", "lateal": typos of direction words still unify
    for (const auto& [from, to] : d)
      if (from.size() >= 6 && editDistance(w, from, 1) <= 1) {
        w = to;
        break;
      }
  }
  // Plurals: "knees", "toes", "ribs" (not "glutes"-like words under 4 letters, nor "-ss" words such as "cross").
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u') w.pop_back();
  static const std::unordered_map<std::string, std::string> irregular = {
      {"teeth", "tooth"}, {"feet", "foot"}, {"calve", "calf"}, {"shoulderblade", "scapula"}};
  if (const auto it = irregular.find(w); it != irregular.end()) w = it->second;
  return w;
}

}  // namespace

std::vector<std::string> PainAreaLookup::canonicalWords(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& w : searchWords(text))
    if (!fillerWords().count(w)) out.push_back(fold(w));
  return out;
}

PainAreaLookup::PainAreaLookup(const Atlas& atlas) : atlas_(atlas) {
  for (const PainArea& a : atlas.painAreas) {
    Entry e{&a, {}};
    std::string id = a.id;
    std::replace(id.begin(), id.end(), '_', ' ');
    std::vector<std::string> texts = {id, a.name};
    texts.insert(texts.end(), a.synonyms.begin(), a.synonyms.end());
    if (a.guide) texts.push_back(a.guide->name);
    for (const auto& t : texts) {
      auto words = canonicalWords(t);
      if (words.empty()) continue;
      e.terms.push_back({t, joinWords(words), std::move(words)});
    }
    entries_.push_back(std::move(e));
  }
}

std::vector<AreaMatch> PainAreaLookup::rank(const std::string& query) const {
  const auto words = canonicalWords(query);
  std::vector<AreaMatch> out;
  if (words.empty()) return out;
  const std::string text = joinWords(words);
  for (const Entry& e : entries_) {
    AreaMatch best{e.area, 0.0, ""};
    for (const Term& t : e.terms) {
      // Both ways: every query word in the term ("knee back" in "back of the knee"), and a query that says more
      // than a short term ("deep pain in the ear" still means the ear) counts a little less.
      const double forward = termMatch(words, text, t.text, t.words);
      const double backward = 0.9 * termMatch(t.words, t.text, text, words);
      const double s = std::max(forward, backward);
      if (s > best.score) best = {e.area, s, t.original};
    }
    if (best.score > 0.0) out.push_back(best);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  return out;
}

// The areas that fit best when they fit well enough: one is the answer, several equally close ("knee pain")
// mean the query is ambiguous, none means it matched nothing well.
std::vector<const PainArea*> PainAreaLookup::fitting(const std::vector<AreaMatch>& ranked) {
  std::vector<const PainArea*> out;
  if (ranked.empty() || ranked.front().score < kFound) return out;
  for (const auto& m : ranked)
    if (m.score >= ranked.front().score - kTie) out.push_back(m.area);
  return out;
}

const PainArea* PainAreaLookup::find(const std::string& query) const {
  if (const PainArea* exact = atlas_.painArea(query)) return exact;
  const auto fit = fitting(rank(query));
  return fit.size() == 1 ? fit.front() : nullptr;
}

std::vector<const PainArea*> PainAreaLookup::ambiguous(const std::string& query) const {
  if (atlas_.painArea(query)) return {};
  auto fit = fitting(rank(query));
  if (fit.size() < 2) fit.clear();
  return fit;
}

Result<const PainArea*> PainAreaLookup::resolve(const std::string& query) const {
  if (const PainArea* exact = atlas_.painArea(query)) return exact;
  const auto ranked = rank(query);
  const auto fit = fitting(ranked);
  if (fit.size() == 1) return fit.front();
  std::string names;
  for (const PainArea* a : fit.empty() ? nearest(query, ranked, 3) : fit)
    names += (names.empty() ? "" : ", ") + ("'" + a->name + "' (" + a->id + ")");
  return Error{fit.empty() ? "is not a pain area; nearest: " + names : "fits several areas: " + names + "; say which"};
}

std::vector<const PainArea*> PainAreaLookup::nearest(const std::string& query, std::size_t count) const {
  return nearest(query, rank(query), count);
}

std::vector<const PainArea*> PainAreaLookup::nearest(const std::string& query, const std::vector<AreaMatch>& ranked,
                                                     std::size_t count) const {
  std::vector<const PainArea*> out;
  for (const auto& m : ranked)
    if (m.score >= kNearest && out.size() < count) out.push_back(m.area);
  if (!out.empty()) return out;
  // Nothing in common word by word: the areas whose names are fewest edits away.
  const std::string q = normaliseForSearch(query);
  std::vector<std::pair<int, const PainArea*>> byDistance;
  for (const Entry& e : entries_) {
    int best = 1 << 20;
    for (const Term& t : e.terms) best = std::min(best, editDistance(q, normaliseForSearch(t.original), 12));
    byDistance.emplace_back(best, e.area);
  }
  std::stable_sort(byDistance.begin(), byDistance.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < byDistance.size() && out.size() < count; ++i) out.push_back(byDistance[i].second);
  return out;
}

}  // namespace myoatlas
