// Lighting in view space, so the rig turns with the camera and every side of the body is lit as well as the
// front: a warm key light from the upper left, a cool fill from the right, a rim light from behind that
// separates the silhouette from the background, and a sky/ground ambient term. All maths in linear light.
in vec3 v_positionView;
in vec3 v_normalView;
in vec3 v_paint;  // essential and spillover levels (1 - distance / radius, negative outside), pain drawing in [0, 1]
in vec3 v_compare;  // comparing patterns: the colour of those painting here (linear), blended where they meet
in float v_striation;  // metres across the muscle fibres (0 on meshes without fibres)
in float v_tendon;     // 0 muscle belly .. 1 tendon or aponeurosis
in vec3 v_colour;      // vertex colour, multiplying the material's (the skin's lips, brows and eyes)

uniform vec3 u_baseColor;  // albedo of the material, linear (converted once on the CPU, not per fragment)
uniform float u_roughness;  // 0 glossy .. 1 matte
uniform float u_specular;   // strength of the highlight
uniform float u_subsurface;  // 0 none .. 1 skin: light wraps past the terminator, red the furthest (core/Materials.h)
uniform vec3 u_essentialColour;  // linear, from the colour-map table (core/session/SceneStyle.h)
uniform vec3 u_spilloverColour;
uniform int u_comparing;            // 1: each pattern in its own colour, essential solid and spillover dotted
uniform float u_stippleScale;  // pixels between spillover dots (grows with the UI scale for projectors)
uniform float u_opacity;    // 1 opaque; less for see-through skin (x-ray), drawn after the opaque meshes
uniform float u_dim;        // 1: outside the region filter, drawn pale and flat so the region stands out
uniform float u_highlight;  // 0 none, 0.5 under the cursor, 1 selected
uniform float u_typicalLuminance;  // of the mesh's typical vertex colour (render/GpuMesh.h; 1 without colours)

out vec4 o_color;

const vec3 kKeyDir = normalize(vec3(-0.45, 0.60, 0.66));
const vec3 kKeyColor = vec3(1.00, 0.96, 0.90) * 2.4;
const vec3 kFillDir = normalize(vec3(0.70, 0.10, 0.70));
const vec3 kFillColor = vec3(0.80, 0.88, 1.00) * 0.65;
const vec3 kRimDir = normalize(vec3(0.20, 0.35, -0.90));
const vec3 kRimColor = vec3(0.90, 0.95, 1.00) * 1.1;
const vec3 kSky = vec3(0.36, 0.40, 0.46);
const vec3 kGround = vec3(0.16, 0.14, 0.13);

vec3 lightContribution(vec3 n, vec3 v, vec3 l, vec3 color, vec3 albedo) {
  float ndl = max(dot(n, l), 0.0);
  vec3 h = normalize(l + v);
  float shininess = mix(96.0, 8.0, u_roughness);
  // Normalised Blinn-Phong keeps the highlight's energy stable as roughness changes.
  float spec = pow(max(dot(n, h), 0.0), shininess) * (shininess + 8.0) / 25.13;
  // Wrapped diffuse, per channel: a soft, warm terminator where light scatters under the surface.
  vec3 wrap = u_subsurface * vec3(0.45, 0.22, 0.15);
  vec3 diffuse = clamp((dot(n, l) + wrap) / (1.0 + wrap), 0.0, 1.0);
  return color * (diffuse * albedo * 0.3183 + ndl * u_specular * spec * 0.04);  // Lambert is albedo / pi
}

// A zone's intensity from its level, per fragment: full inside the core (the inner 60% of the radius), easing to
// nothing at the radius (ReferralPainter's levelIntensity). Levels interpolate smoothly across the skin's
// triangles, so the zone's edge does too.
float levelIntensity(float level) { return smoothstep(0.0, 0.4, level); }

// The printed charts draw essential zones solid and spillover zones stippled; so do we: essential intensity
// tints the surface, spillover adds a screen-space dot pattern that stays the same size whatever the zoom.
vec3 referralColour(vec3 albedo, vec2 levels) {
  vec2 referral = vec2(levelIntensity(levels.x), levelIntensity(levels.y));
  vec3 essentialColour = u_essentialColour;
  vec3 spillColour = u_spilloverColour;
  if (u_comparing == 1) essentialColour = spillColour = v_compare;
  // The features of the skin under a zone stay visible through its colour, darker or lighter as they are darker
  // or lighter than the skin's typical tone: the eye, the brow and the lips under a zone painted "over the eye"
  // (solid colour hid them, and with them what the chart's zone is described by).
  float relative = dot(v_colour, vec3(0.2126, 0.7152, 0.0722)) / max(u_typicalLuminance, 1e-3);
  float feature = clamp(relative, 0.3, 1.4);
  // Two thirds of the way only: under the hair, as dark as the brows, a stronger share left the patterns over the
  // scalp (the question mark round the ear) too dark to read.
  essentialColour *= mix(1.0, feature, 0.6);
  spillColour *= mix(1.0, feature, 0.6);
  float essential = clamp(referral.x, 0.0, 1.0);
  // The eye (its white much lighter than the skin, iris, pupil and lashes much darker, darker than brows and hair)
  // keeps most of its own colour under a zone "over the eye": painted, the eyeball read as an injury to a reviewer;
  // the pain is felt about the orbit, which stays painted.
  float eye = max(smoothstep(1.15, 1.35, relative), 1.0 - smoothstep(0.1, 0.18, relative));
  essential *= 1.0 - 0.75 * eye;
  referral.y *= 1.0 - 0.75 * eye;
  vec3 c = mix(albedo, essentialColour, essential * 0.9);
  float spill = clamp(referral.y, 0.0, 1.0) * (1.0 - essential);
  if (spill > 0.05) {
    vec2 cell = mod(gl_FragCoord.xy, u_stippleScale) - 0.5 * u_stippleScale;
    float dot = 1.0 - smoothstep(0.2 * u_stippleScale, 0.32 * u_stippleScale, length(cell));
    c = mix(c, spillColour, dot * spill);
    c = mix(c, spillColour, 0.2 * spill);  // a faint wash so the dots read as an area
  }
  return c;
}

void main() {
  vec3 n = normalize(v_normalView);
  vec3 v = normalize(-v_positionView);
  // A normal turned away from the viewer: on a back face, the inside of an open imported mesh, lit from the side
  // we see; on a front face, the far side of a sharp crease (the normals there are the smooth surface's), lit as
  // if grazing rather than as the inside, which drew a dotted dark line along the crest.
  float facing = dot(n, v);
  if (facing < 0.0) n = gl_FrontFacing ? normalize(n - v * (facing - 0.05)) : -n;
  vec3 albedo = u_baseColor * v_colour;
  // Muscles: tendons and aponeuroses a glossy silvery white (cooler than the ivory of bone, as atlases draw
  // them), bellies with a fine striation along the fibres that fades out before it would shimmer (less than
  // about three pixels per stripe).
  albedo = mix(albedo, vec3(0.604, 0.637, 0.701) /* sRGB 0.80 0.82 0.86 */, clamp(v_tendon, 0.0, 1.0));
  if (v_striation != 0.0) {
    float stripes = v_striation / 0.0022;
    float visible = clamp(1.5 - 2.0 * fwidth(stripes), 0.0, 1.0) * (1.0 - clamp(v_tendon, 0.0, 1.0));
    float wave = 0.5 + 0.5 * sin(6.2831853 * stripes);
    albedo *= 1.0 - 0.16 * visible * wave;
  }
  albedo = referralColour(albedo, v_paint.xy);
  // The patient's pain drawing: a cool violet wash with a deeper violet line along its edge. Over a painted
  // pattern the wash is light, so the referral colours show through it and the line still says where the drawing
  // ends (a quiz's drawing under the true pattern, a pain drawing under a source's pattern).
  float drawn = clamp(v_paint.z, 0.0, 1.0);
  float overPattern = clamp(4.0 * max(v_paint.x, v_paint.y), 0.0, 1.0);
  albedo = mix(albedo, vec3(0.171, 0.073, 0.692) /* sRGB 0.45 0.30 0.85 */, 0.55 * drawn * (1.0 - 0.65 * overPattern));
  float edge = 1.0 - smoothstep(0.0, 1.5 * fwidth(drawn) + 1e-4, abs(drawn - 0.5));
  albedo = mix(albedo, vec3(0.073, 0.020, 0.420) /* sRGB 0.30 0.15 0.68 */, 0.85 * edge);

  vec3 c = vec3(0.0);
  c += lightContribution(n, v, kKeyDir, kKeyColor, albedo);
  c += lightContribution(n, v, kFillDir, kFillColor, albedo);
  float rim = pow(1.0 - max(dot(n, v), 0.0), 3.0) * max(dot(n, kRimDir) + 0.6, 0.0);
  c += kRimColor * rim * 0.35 * (albedo + 0.15);
  c += albedo * mix(kGround, kSky, n.y * 0.5 + 0.5) * 0.55;

  // Hover and selection: a warm tint with a glowing rim, readable on any tissue and on a projector.
  if (u_highlight > 0.0) {
    vec3 glow = vec3(1.0, 0.571, 0.051) /* sRGB 1.0 0.78 0.25 */;
    float edge = pow(1.0 - max(dot(n, v), 0.0), 2.0);
    c = mix(c, glow * (0.5 + c), 0.28 * u_highlight) + glow * edge * 0.9 * u_highlight;
  }
  if (u_dim > 0.0) c = mix(c, vec3(0.22), 0.7 * u_dim);
  // See-through skin keeps its outline: more opaque where it turns away from the viewer.
  float alpha = u_opacity >= 0.999 ? 1.0 : clamp(u_opacity * (0.55 + 1.2 * pow(1.0 - max(dot(n, v), 0.0), 2.0)), 0.0, 1.0);
  // What is painted on see-through skin (a pattern, a drawing) stays readable over the muscles under it.
  if (u_opacity < 0.999) alpha = max(alpha, u_opacity > 0.0 ? 0.8 * max(clamp(2.0 * max(v_paint.x, v_paint.y), 0.0, 1.0), drawn) : 0.0);

  // A gentle filmic shoulder instead of a hard clip keeps highlights from burning out.
  c = c / (1.0 + 0.18 * c);
  o_color = vec4(linearToSrgb(c), alpha);
}
