#pragma once
// Pain areas by what people type: ids, names, the guides' names, synonyms, anatomical terms ("posterior knee",
// "plantar midfoot", "volar wrist"), lay words ("back of the knee", "bottom of the foot", "toothache") and typos,
// through the search's typo-tolerant matcher. Direction words are brought to one vocabulary on both sides
// (posterior = behind = back, anterior = front, lateral = outer, medial = inner, dorsal = back, volar = palmar),
// filler words ("pain", "the", "of") are dropped and plurals folded, so "pain behind the knees" finds the back of
// the knee without that phrase being written anywhere.
#include <string>
#include <vector>

#include "core/Result.h"
#include "core/atlas/Atlas.h"

namespace myoatlas {

struct AreaMatch {
  const PainArea* area = nullptr;
  double score = 0.0;
  std::string matched;  // the term that matched, as written in the atlas
};

class PainAreaLookup {
 public:
  explicit PainAreaLookup(const Atlas& atlas);  // keeps a reference: the atlas must outlive the lookup

  // Every area that matches, best first.
  std::vector<AreaMatch> rank(const std::string& query) const;
  // The area the query means, or nullptr when nothing matches well enough (then `nearest` suggests some) or
  // when several fit equally well ("knee pain": then `ambiguous` lists them, and the user chooses).
  const PainArea* find(const std::string& query) const;
  std::vector<const PainArea*> ambiguous(const std::string& query) const;
  // The closest areas for an answer like "did you mean ...", even for a poor match.
  std::vector<const PainArea*> nearest(const std::string& query, std::size_t count = 3) const;
  // find() for a command line or a dialog: the area, or what to tell the user, to be put after the query as
  // typed: "fits several areas: 'Front of the knee' (front_of_knee), ...; say which" or "is not a pain area;
  // nearest: ...".
  Result<const PainArea*> resolve(const std::string& query) const;

  // The canonical words of a text: normalised, direction words unified, fillers dropped, plurals folded.
  static std::vector<std::string> canonicalWords(const std::string& text);

 private:
  struct Term {
    std::string original, text;
    std::vector<std::string> words;
  };
  struct Entry {
    const PainArea* area;
    std::vector<Term> terms;
  };
  static std::vector<const PainArea*> fitting(const std::vector<AreaMatch>& ranked);
  std::vector<const PainArea*> nearest(const std::string& query, const std::vector<AreaMatch>& ranked,
                                       std::size_t count) const;

  const Atlas& atlas_;
  std::vector<Entry> entries_;
};

}  // namespace myoatlas
