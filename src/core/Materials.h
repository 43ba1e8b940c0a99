#pragma once
// How each tissue looks: one table shared by the renderer and the glTF exporter, so the default body looks
// the same in Myoatlas and in any other glTF viewer.
#include <glm/glm.hpp>

#include "core/Model.h"

namespace myoatlas {

struct Material {
  glm::vec3 baseColor;  // sRGB
  float roughness;      // 0 glossy .. 1 matte
  float specular;       // highlight strength
  // Light scattered under the surface (0 none .. 1 skin): the lit side wraps a little past the terminator, red
  // the furthest, as light does in skin; without it the skin read as vinyl or clay to reviewers.
  float subsurface = 0.0f;
};

// A mesh with vertex colours multiplies them by its material's colour; a skin that carries its own colours (the
// generated one: its skin tone, lips, eyes) is painted from a warm white instead of the skin tone, so that what is
// lighter than skin (the whites of the eyes) can show. Renderer and exporter both ask here, so the file looks
// the same in any glTF viewer.
Material materialFor(TissueKind tissue, bool vertexColours = false);
glm::vec3 srgbToLinear(glm::vec3 srgb);  // for file formats that store linear colours (glTF)
glm::vec3 linearToSrgb(glm::vec3 linear);  // the inverse, clamped to [0, 1]

}  // namespace myoatlas
