#pragma once
// How anatomical models name their meshes, read the same way everywhere. Databases put ids in front of the name
// (BodyParts3D: "FJ441_BP62721_FMA32547_Right infraspinatus"; its mirrored copies "FJ1437M_..."), exporters add
// copy numbers ("Skin.001"), and the skin goes by many words (skin, body surface, integument, cutis, peau...).
#include <string>
#include <string_view>
#include <vector>

namespace myoatlas {

struct MeshNameWords {
  std::vector<std::string> words;  // lower case (core/atlas/Search.h's normalisation), database ids and copy numbers set aside
  std::vector<int> fmaIds;         // Foundational Model of Anatomy ids written in the name ("FMA32547")
};
MeshNameWords meshNameWords(std::string_view name);

// FMA 7163 "Skin": the id some databases put in the skin mesh's name.
inline constexpr int kFmaSkin = 7163;

// Whether a mesh name says "the whole skin": its words (above) are one of the skin terms in English, Latin,
// French, Spanish, Portuguese, Italian and German (skin, body, body skin, body surface, integument, cutis, peau,
// piel, pele, pelle, haut...), or it carries FMA 7163. "Skin of right hand" is a part of the skin, not it.
bool isSkinName(std::string_view meshName);

}  // namespace myoatlas
