// A calm vertical gradient with a faint vignette: dark enough for the body to stand out, never pure black.
in vec2 v_uv;
uniform vec3 u_topColor;     // sRGB
uniform vec3 u_bottomColor;  // sRGB
out vec4 o_color;
void main() {
  vec3 top = srgbToLinear(u_topColor);
  vec3 bottom = srgbToLinear(u_bottomColor);
  vec3 c = mix(bottom, top, smoothstep(0.0, 1.0, v_uv.y));
  vec2 d = v_uv - 0.5;
  c *= 1.0 - 0.25 * dot(d, d);
  o_color = vec4(linearToSrgb(c), 1.0);
}
