// Shared by the fragment shaders (prepended at load time, after the version header: render/ShaderProgram.cpp).

// Linear light to the sRGB transfer curve: the default framebuffer and our offscreen targets are plain RGBA8,
// so encoding happens here, once, after all lighting maths in linear space.
vec3 linearToSrgb(vec3 c) {
  c = clamp(c, 0.0, 1.0);
  vec3 low = c * 12.92;
  vec3 high = 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055;
  return mix(high, low, vec3(lessThanEqual(c, vec3(0.0031308))));
}

vec3 srgbToLinear(vec3 c) {
  vec3 low = c / 12.92;
  vec3 high = pow((c + 0.055) / 1.055, vec3(2.4));
  return mix(high, low, vec3(lessThanEqual(c, vec3(0.04045))));
}
