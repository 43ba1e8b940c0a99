#pragma once
// Where the atlas's landmarks sit on the generated body. Each has an approximate position on the 1.75 m
// reference body; the generator moves it onto the skin (surface landmarks) or just beneath it (bony ones), so
// landmarks always lie on the body whatever its stature and build.
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

namespace myoatlas {

// Approximate position of a landmark on the reference body (right side for bilateral ones, x <= 0), metres;
// nullopt for ids this table does not know.
std::optional<glm::vec3> referenceLandmark(const std::string& id);

// Where a landmark sits on the female body before her proportions are applied, when it differs from the male's:
// the nipple at the apex of the breast (core/body/BodyShape.cpp), not on its upper slope.
std::optional<glm::vec3> femaleReferenceLandmark(const std::string& id);

// Every landmark the table places, sorted.
std::vector<std::string> referenceLandmarkIds();

// How far below the skin a bony landmark lies on the generated body (metres): thin skin over bone.
inline constexpr float kBonyLandmarkDepth = 0.006f;

}  // namespace myoatlas
