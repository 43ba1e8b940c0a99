#include "render/GpuTimer.h"

#include <glad/gl.h>

namespace myoatlas {

GpuTimer::GpuTimer() {
  GLint bits = 0;
  glGetQueryiv(GL_TIME_ELAPSED, GL_QUERY_COUNTER_BITS, &bits);
  available_ = bits > 0;
  if (available_) glGenQueries(1, &query_);
}

GpuTimer::~GpuTimer() {
  if (query_) glDeleteQueries(1, &query_);
}

void GpuTimer::begin() {
  if (available_) glBeginQuery(GL_TIME_ELAPSED, query_);
}

void GpuTimer::end() {
  if (available_) glEndQuery(GL_TIME_ELAPSED);
}

double GpuTimer::milliseconds() const {
  if (!available_) return -1.0;
  GLuint64 nanoseconds = 0;
  glGetQueryObjectui64v(query_, GL_QUERY_RESULT, &nanoseconds);  // blocks until the result is there
  return double(nanoseconds) * 1e-6;
}

}  // namespace myoatlas
