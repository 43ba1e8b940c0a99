#include "render/ShaderProgram.h"

#include <glad/gl.h>
#include <glm/gtc/type_ptr.hpp>

#include "render/EmbeddedShaders.h"

namespace myoatlas {
namespace {

const std::string_view* findSource(const std::string& name) {
  for (const auto& s : embeddedShaders())
    if (s.name == name) return &s.source;
  return nullptr;
}

Result<unsigned> compile(GLenum stage, const std::string& file, const std::string& source) {
  const GLuint shader = glCreateShader(stage);
  const char* text = source.c_str();
  glShaderSource(shader, 1, &text, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[2048] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    glDeleteShader(shader);
    return Error{"shader 'shaders/" + file + "' failed to compile: " + log};
  }
  return unsigned(shader);
}

constexpr const char* kGlslVersion = "#version 330 core\n";  // OpenGL 3.3 core: the window and EGL alike

}  // namespace

Result<ShaderProgram> ShaderProgram::fromFiles(const std::string& vertexFile, const std::string& fragmentFile) {
  const auto* vs = findSource(vertexFile);
  const auto* fs = findSource(fragmentFile);
  const auto* common = findSource("common.glsl");
  if (!vs || !fs || !common) return Error{"shader '" + (vs ? fragmentFile : vertexFile) + "' is not embedded"};

  // One version header for every stage, given here; fragment shaders also get common.glsl before their own text.
  auto vertex = compile(GL_VERTEX_SHADER, vertexFile, std::string(kGlslVersion) + "#line 1\n" + std::string(*vs));
  if (!vertex) return Error{vertex.error()};
  const std::string fragmentSource = std::string(kGlslVersion) + std::string(*common) + "\n#line 1\n" + std::string(*fs);
  auto fragment = compile(GL_FRAGMENT_SHADER, fragmentFile, fragmentSource);
  if (!fragment) {
    glDeleteShader(vertex.value());
    return Error{fragment.error()};
  }

  ShaderProgram program;
  program.id_ = glCreateProgram();
  glAttachShader(program.id_, vertex.value());
  glAttachShader(program.id_, fragment.value());
  glLinkProgram(program.id_);
  glDeleteShader(vertex.value());
  glDeleteShader(fragment.value());
  GLint ok = 0;
  glGetProgramiv(program.id_, GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[2048] = {};
    glGetProgramInfoLog(program.id_, sizeof log, nullptr, log);
    return Error{"shaders '" + vertexFile + "' + '" + fragmentFile + "' failed to link: " + log};
  }
  return program;
}

ShaderProgram& ShaderProgram::operator=(ShaderProgram&& other) noexcept {
  if (this != &other) {
    if (id_) glDeleteProgram(id_);
    id_ = other.id_;
    locations_ = std::move(other.locations_);
    other.id_ = 0;
  }
  return *this;
}

ShaderProgram::~ShaderProgram() {
  if (id_) glDeleteProgram(id_);
}

void ShaderProgram::use() const { glUseProgram(id_); }

void ShaderProgram::bindUniformBlock(const char* name, unsigned bindingPoint) {
  const GLuint index = glGetUniformBlockIndex(id_, name);
  if (index != GL_INVALID_INDEX) glUniformBlockBinding(id_, index, bindingPoint);
}

int ShaderProgram::location(const char* name) {
  auto it = locations_.find(name);
  if (it == locations_.end()) it = locations_.emplace(name, glGetUniformLocation(id_, name)).first;
  return it->second;
}

void ShaderProgram::set(const char* name, const glm::mat4& value) {
  glUniformMatrix4fv(location(name), 1, GL_FALSE, glm::value_ptr(value));
}
void ShaderProgram::set(const char* name, const glm::vec3& value) { glUniform3fv(location(name), 1, glm::value_ptr(value)); }
void ShaderProgram::set(const char* name, const glm::vec4& value) { glUniform4fv(location(name), 1, glm::value_ptr(value)); }
void ShaderProgram::set(const char* name, const glm::vec2& value) { glUniform2fv(location(name), 1, glm::value_ptr(value)); }
void ShaderProgram::set(const char* name, float value) { glUniform1f(location(name), value); }
void ShaderProgram::set(const char* name, int value) { glUniform1i(location(name), value); }

}  // namespace myoatlas
