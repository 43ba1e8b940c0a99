#pragma once
// Shader sources from shaders/, compiled into the binary (see cmake/EmbedShaders.cmake).
#include <string_view>
#include <vector>

namespace myoatlas {

struct EmbeddedShader {
  std::string_view name;  // file name in shaders/, e.g. "mesh.frag"
  std::string_view source;
};

const std::vector<EmbeddedShader>& embeddedShaders();

}  // namespace myoatlas
