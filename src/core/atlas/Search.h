#pragma once
// Typo-tolerant, ranked search over the atlas: muscle names, Latin names, synonyms and abbreviations, trigger
// point names, symptoms ("headache", "tennis elbow") and pain areas. Built once per atlas; each query is a
// scan over a few thousand short terms.
#include <optional>
#include <string>
#include <vector>

#include "core/atlas/Atlas.h"

namespace myoatlas {

enum class SearchKind { Muscle, TriggerPoint, PainArea };
const char* searchKindName(SearchKind kind);

struct SearchResult {
  SearchKind kind;
  std::string id;
  std::string name;     // what to show
  std::string matched;  // the term that matched, e.g. the synonym or symptom
  double score = 0.0;   // higher is better
};

class AtlasSearch {
 public:
  explicit AtlasSearch(const Atlas& atlas);
  std::vector<SearchResult> search(const std::string& query, std::size_t limit = 20) const;

 private:
  struct Term {
    std::string text;                // normalised: lower case, words separated by single spaces
    std::vector<std::string> words;  // text split once at build time, not per query
    double weight;                   // how strongly this term identifies the entry (names above symptoms)
  };
  struct Entry {
    SearchKind kind;
    std::string id, name;
    std::vector<Term> terms;
    double prior = 0.0;  // small tie-breaker, e.g. how common a trigger point is
    void add(const std::string& text, double weight);
  };
  std::vector<Entry> entries_;
};

// What the search panel lists: the query's results limited to a body region and a depth, or, with no text,
// every muscle of that region and depth (browsing a region in class). Pain areas have no depth, so a depth
// filter leaves them out. `atlas` must be the one `search` was built from.
struct BrowseFilter {
  std::string text;
  std::string region;          // region id, "" all
  std::optional<Depth> depth;  // nullopt all
  bool active() const { return !text.empty() || !region.empty() || depth.has_value(); }
};
std::vector<SearchResult> browseAtlas(const Atlas& atlas, const AtlasSearch& search, const BrowseFilter& filter,
                                      std::size_t limit);

// Lower case, accents of Latin letters kept, punctuation turned into spaces, spaces collapsed.
std::string normaliseForSearch(const std::string& text);
// The words of a text so normalised: how names are compared wherever the app matches them.
std::vector<std::string> searchWords(const std::string& text);
// Words put back together with single spaces (from the `from`-th on): the text searchWords would split again.
std::string joinWords(const std::vector<std::string>& words, std::size_t from = 0);

// How well a query (its normalised words and text) matches one term (normalised text and words): 0 none, about
// 1 for every word matching, 1.2 for the whole term. Typo-tolerant: the one matcher search and area lookup share.
double termMatch(const std::vector<std::string>& queryWords, const std::string& queryText, const std::string& term,
                 const std::vector<std::string>& termWords);

// Damerau-Levenshtein (optimal string alignment) distance, stopping early once it exceeds `limit`.
int editDistance(const std::string& a, const std::string& b, int limit);

}  // namespace myoatlas
