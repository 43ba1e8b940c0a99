#include "core/atlas/Search.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace myoatlas {
namespace {

// Term weights: what a match on each kind of text is worth before match quality.
constexpr double kName = 1.0, kAbbreviation = 1.0, kSynonym = 0.95, kLatin = 0.9, kTrpName = 0.9;
constexpr double kSymptom = 0.7, kAreaName = 0.85, kReferral = 0.45;

std::vector<std::string> words(const std::string& normalised) {
  std::vector<std::string> out;
  std::istringstream in(normalised);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// How well one query word matches one term word: 1 exact, 0.9 prefix, then typos.
double wordMatch(const std::string& q, const std::string& w) {
  if (q == w) return 1.0;
  if (q.size() >= 2 && w.compare(0, q.size(), q) == 0) return 0.75 + 0.15 * double(q.size()) / double(w.size());
  if (q.size() < 4) return 0.0;  // no typo tolerance for very short words: too many false hits
  const int allowed = q.size() >= 8 ? 2 : 1;
  const int d = editDistance(q, w.substr(0, std::min(w.size(), q.size() + 2)), allowed);
  const int full = editDistance(q, w, allowed);
  const int best = std::min(d, full);
  if (best > allowed) return 0.0;
  return full <= allowed ? 0.8 - 0.15 * full : 0.6 - 0.1 * d;  // a typo in a prefix counts less
}

}  // namespace

// Every query word must match some word of the term; the score is their mean, with a bonus when the whole
// query equals the term (an exact abbreviation or full name).
double termMatch(const std::vector<std::string>& query, const std::string& queryText, const std::string& term,
                 const std::vector<std::string>& termWords) {
  if (queryText == term) return 1.2;
  double sum = 0.0;
  for (const auto& q : query) {
    double best = 0.0;
    for (const auto& w : termWords) best = std::max(best, wordMatch(q, w));
    if (best == 0.0) return 0.0;
    sum += best;
  }
  // Prefer terms without many extra words: "piriformis" over "piriformis syndrome-like buttock pain".
  const double coverage = double(query.size()) / double(std::max(termWords.size(), query.size()));
  return sum / double(query.size()) * (0.85 + 0.15 * coverage);
}

const char* searchKindName(SearchKind kind) {
  switch (kind) {
    case SearchKind::Muscle: return "muscle";
    case SearchKind::TriggerPoint: return "trigger point";
    case SearchKind::PainArea: return "pain area";
  }
  return "?";
}

std::vector<std::string> searchWords(const std::string& text) { return words(normaliseForSearch(text)); }

std::string joinWords(const std::vector<std::string>& words, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < words.size(); ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

std::string normaliseForSearch(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool space = true;
  for (unsigned char c : text) {
    if (c == '\'') continue;  // "golfer's" matches "golfers"
    const bool word = std::isalnum(c) || c >= 0x80;
    if (word) {
      out.push_back(char(std::tolower(c)));
      space = false;
    } else if (!space) {
      out.push_back(' ');
      space = true;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

int editDistance(const std::string& a, const std::string& b, int limit) {
  const std::size_t n = a.size(), m = b.size();
  if (int(n > m ? n - m : m - n) > limit) return limit + 1;
  // Three rolling rows (the transposition needs two back); words are short, so small fixed buffers do.
  constexpr std::size_t kMax = 64;
  if (m + 1 > kMax) return a == b ? 0 : limit + 1;
  int back2[kMax], back1[kMax], row[kMax];
  for (std::size_t j = 0; j <= m; ++j) back1[j] = int(j);
  for (std::size_t i = 1; i <= n; ++i) {
    row[0] = int(i);
    int rowMin = row[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({back1[j] + 1, row[j - 1] + 1, back1[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], back2[j - 2] + 1);
      rowMin = std::min(rowMin, row[j]);
    }
    if (rowMin > limit) return limit + 1;
    std::copy(back1, back1 + m + 1, back2);
    std::copy(row, row + m + 1, back1);
  }
  return back1[m];
}

void AtlasSearch::Entry::add(const std::string& text, double weight) {
  const std::string n = normaliseForSearch(text);
  if (n.empty()) return;
  for (auto& t : terms)
    if (t.text == n) {  // the same symptom from several trigger points: keep the strongest
      t.weight = std::max(t.weight, weight);
      return;
    }
  terms.push_back({n, words(n), weight});
}

AtlasSearch::AtlasSearch(const Atlas& atlas) {
  // A symptom counts a little more when it comes from a trigger point the sources call common.
  const auto symptomWeight = [](const TriggerPoint& t) { return kSymptom + 0.01 * frequencyRank(t.frequency); };
  for (const auto& m : atlas.muscles) {
    Entry e{SearchKind::Muscle, m.id, m.name, {}, 0.02};
    e.add(m.name, kName);
    e.add(m.latin, kLatin);
    for (const auto& s : m.synonyms) e.add(s, kSynonym);
    for (const auto& s : m.abbreviations) e.add(s, kAbbreviation);
    for (const auto& trpId : m.triggerPoints)
      if (const auto* t = atlas.triggerPoint(trpId))
        for (const auto& s : t->symptoms) e.add(s, symptomWeight(*t));
    entries_.push_back(std::move(e));
  }
  for (const auto& t : atlas.triggerPoints) {
    Entry e{SearchKind::TriggerPoint, t.id, t.name, {}, 0.005 * frequencyRank(t.frequency)};
    e.add(t.name, kTrpName);
    for (const auto& s : t.symptoms) e.add(s, symptomWeight(t) * 0.97);  // the muscle ranks just above its TrPs
    for (const auto& a : t.essentialAreas)
      if (const auto* area = atlas.painArea(a)) e.add(area->name, kReferral);
    entries_.push_back(std::move(e));
  }
  for (const auto& a : atlas.painAreas) {
    Entry e{SearchKind::PainArea, a.id, a.name, {}, 0.0};
    e.add(a.name, kAreaName);
    for (const auto& s : a.synonyms) e.add(s, kAreaName * 0.95);
    if (a.guide) e.add(a.guide->name, kAreaName * 0.95);  // "Posterior knee pain", as the Manual calls it
    entries_.push_back(std::move(e));
  }
}

std::vector<SearchResult> AtlasSearch::search(const std::string& query, std::size_t limit) const {
  const std::string q = normaliseForSearch(query);
  const auto qWords = words(q);
  std::vector<SearchResult> out;
  if (qWords.empty()) return out;
  for (const auto& e : entries_) {
    double best = 0.0;
    const Term* bestTerm = nullptr;
    for (const auto& t : e.terms) {
      const double s = termMatch(qWords, q, t.text, t.words) * t.weight;
      if (s > best) best = s, bestTerm = &t;
    }
    if (best >= 0.35) out.push_back({e.kind, e.id, e.name, bestTerm->text, best + e.prior});
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<SearchResult> browseAtlas(const Atlas& atlas, const AtlasSearch& search, const BrowseFilter& filter,
                                      std::size_t limit) {
  if (!filter.active()) return {};
  const auto muscleFits = [&](const Muscle* m) {
    if (!m) return false;
    if (filter.depth && m->depth != *filter.depth) return false;
    return filter.region.empty() || std::find(m->regions.begin(), m->regions.end(), filter.region) != m->regions.end();
  };
  const auto fits = [&](const SearchResult& r) {
    if (r.kind == SearchKind::PainArea) {
      if (filter.depth) return false;
      const PainArea* a = atlas.painArea(r.id);
      return filter.region.empty() ||
             (a && std::find(a->regions.begin(), a->regions.end(), filter.region) != a->regions.end());
    }
    return muscleFits(atlas.muscleOf(r.id));
  };
  std::vector<SearchResult> out;
  if (filter.text.empty()) {  // browsing: every muscle that fits, in the atlas's order
    for (const auto& m : atlas.muscles)
      if (muscleFits(&m) && out.size() < limit) out.push_back({SearchKind::Muscle, m.id, m.name, "", 0.0});
    return out;
  }
  for (const auto& r : search.search(filter.text, 400))
    if (fits(r) && out.size() < limit) out.push_back(r);
  return out;
}

}  // namespace myoatlas
