#include "core/MeshNames.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <unordered_set>

#include "core/atlas/Search.h"

namespace myoatlas {
namespace {

bool allDigits(std::string_view s, std::size_t from = 0) {
  return s.size() > from && std::all_of(s.begin() + std::ptrdiff_t(from), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "fj441", "fj1437m" (a mirrored copy), "bp62721": database ids that say nothing of what the mesh is.
bool isDatabaseId(std::string_view w) {
  if (w.size() > 2 && (w.substr(0, 2) == "fj" || w.substr(0, 2) == "bp")) {
    const std::string_view rest = w.back() == 'm' ? w.substr(0, w.size() - 1) : w;
    return allDigits(rest, 2);
  }
  return false;
}

}  // namespace

MeshNameWords meshNameWords(std::string_view name) {
  MeshNameWords out;
  for (std::string& w : searchWords(std::string(name))) {
    if (w.size() > 3 && w.compare(0, 3, "fma") == 0 && allDigits(w, 3)) {
      int id = 0;
      // from_chars, not stoi: a number too large for an int in a user's file is simply not an FMA id.
      if (std::from_chars(w.data() + 3, w.data() + w.size(), id).ec == std::errc()) out.fmaIds.push_back(id);
      continue;
    }
    if (isDatabaseId(w) || allDigits(w)) continue;  // ids and copy numbers ("Skin.001")
    out.words.push_back(std::move(w));
  }
  return out;
}

bool isSkinName(std::string_view meshName) {
  static const std::unordered_set<std::string> kSkin = {
      "skin", "body", "body skin", "skin body", "body surface", "skin surface", "surface of body", "integument",
      "the integument", "common integument", "integumentum commune", "cutis", "peau", "piel", "pele", "pelle",
      "cute", "haut", "t\xc3\xa9gument", "t\xc3\xa9gument commun", "tegumento", "tegumento com\xc3\xban", "o tegumento"};
  const MeshNameWords n = meshNameWords(meshName);
  if (std::find(n.fmaIds.begin(), n.fmaIds.end(), kFmaSkin) != n.fmaIds.end()) return true;
  return kSkin.count(joinWords(n.words)) > 0;
}

}  // namespace myoatlas
