// A full-screen triangle from gl_VertexID: no vertex buffer needed. Drawn with depth writes and GL_ALWAYS, it
// replaces the colour and depth clears (SceneRenderer::drawBackground).
out vec2 v_uv;
void main() {
  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  v_uv = p;
  gl_Position = vec4(p * 2.0 - 1.0, 1.0, 1.0);  // on the far plane: its depth is the cleared depth
}
