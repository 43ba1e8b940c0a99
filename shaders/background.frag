// A calm vertical gradient with a faint vignette: dark enough for the body to stand out, never pure black.
// The picture is computed once on the CPU (SceneRenderer::create, in linear light, then encoded) and stored in a
// small texture: per pixel this pass is one filtered fetch. GPUs with few raster units (the H200) and llvmpipe
// spent most of an empty frame on the per-pixel sRGB maths.
in vec2 v_uv;
uniform sampler2D u_gradient;
uniform vec2 u_texelScale;  // maps [0, 1] onto the texel centres, so the corners get the end colours exactly
out vec4 o_color;
void main() {
  o_color = vec4(texture(u_gradient, 0.5 / vec2(textureSize(u_gradient, 0)) + v_uv * u_texelScale).rgb, 1.0);
}
