#pragma once
// A linked GLSL program built from embedded shader files, with uniform lookup cached by name.
#include <string>
#include <unordered_map>

#include <glm/glm.hpp>

#include "core/Result.h"

namespace myoatlas {

class ShaderProgram {
 public:
  // Builds from two files in shaders/; fragment shaders get common.glsl prepended after their #version line.
  static Result<ShaderProgram> fromFiles(const std::string& vertexFile, const std::string& fragmentFile);

  ShaderProgram() = default;
  ShaderProgram(ShaderProgram&& other) noexcept { *this = std::move(other); }
  ShaderProgram& operator=(ShaderProgram&& other) noexcept;
  ShaderProgram(const ShaderProgram&) = delete;
  ShaderProgram& operator=(const ShaderProgram&) = delete;
  ~ShaderProgram();

  void use() const;
  void bindUniformBlock(const char* name, unsigned bindingPoint);
  void set(const char* name, const glm::mat4& value);
  void set(const char* name, const glm::vec4& value);
  void set(const char* name, const glm::vec3& value);
  void set(const char* name, const glm::vec2& value);
  void set(const char* name, float value);
  void set(const char* name, int value);

 private:
  int location(const char* name);
  unsigned id_ = 0;
  std::unordered_map<std::string, int> locations_;
};

}  // namespace myoatlas
