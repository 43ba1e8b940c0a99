// The version header is given by render/ShaderProgram.cpp, for every stage.
layout(location = 0) in vec3 a_position;  // metres, model space, rest pose
layout(location = 1) in vec3 a_normal;
layout(location = 2) in uvec4 a_joints;   // skinning: up to four joints per vertex
layout(location = 3) in vec4 a_weights;   // and their weights (sum 1)
layout(location = 4) in vec3 a_paint;  // painted on the rest pose: essential, spillover, the patient's pain drawing
layout(location = 5) in vec4 a_fibre;  // muscles: fibre direction (xyz, zero elsewhere) and tendon share (w)
layout(location = 6) in vec3 a_compare;  // comparing patterns: their colours here, blended (linear)
layout(location = 7) in vec3 a_colour;   // vertex colour multiplying the material's (linear; white without one)

uniform mat4 u_view;
uniform mat4 u_projection;
uniform int u_skinned;  // 0: rest pose; 1: linear blend skinning; 2: mixed with dual quaternions (core/Pose.h)
uniform mat4 u_model;   // places a rigid mesh (trigger-point markers) or a benchmark copy; identity for the body
// Seated: the seat's height, the softness of the tissue pressed onto it, its front edge (z), and 1 when there is
// one (core/Pose.h, Seat and onSeat, which this follows).
uniform vec4 u_seat;
const float kSeatEdge = 0.04, kDepthBelow = 0.12;

// The current pose: per joint, its matrix (posed joint frame times inverse bind; identity at rest), and, when
// some joints blend by dual quaternions, its motion as a unit dual quaternion (real, dual) and its share (x).
layout(std140) uniform Skinning {
  mat4 u_jointMatrices[128];
  vec4 u_jointDual[384];
};

vec3 rotateByQuat(vec4 q, vec3 v) { return v + 2.0 * cross(q.xyz, cross(q.xyz, v) + q.w * v); }

// Linear blend skinning, mixed per vertex with dual-quaternion skinning by its joints' shares (core/Pose.cpp
// does the same on the CPU).
void skin(inout vec4 position, inout vec3 normal) {
  mat4 m = a_weights.x * u_jointMatrices[a_joints.x] + a_weights.y * u_jointMatrices[a_joints.y] +
           a_weights.z * u_jointMatrices[a_joints.z] + a_weights.w * u_jointMatrices[a_joints.w];
  vec3 linear = (m * position).xyz;
  vec3 linearNormal = mat3(m) * normal;  // joints rotate rigidly, so no inverse transpose is needed
  float share = 0.0;
  if (u_skinned == 2) {
    vec4 pivot = u_jointDual[3u * a_joints.x];
    vec4 real = vec4(0.0), dual = vec4(0.0);
    for (int k = 0; k < 4; ++k) {
      uint joint = a_joints[k];
      float w = a_weights[k];
      vec4 r = u_jointDual[3u * joint];
      float s = dot(pivot, r) < 0.0 ? -w : w;  // each quaternion turned to the first one's hemisphere
      real += s * r;
      dual += s * u_jointDual[3u * joint + 1u];
      share += w * u_jointDual[3u * joint + 2u].x;
    }
    float len = length(real);
    if (share > 0.0 && len > 1e-6) {
      real /= len;
      dual /= len;
      vec3 t = 2.0 * (real.w * dual.xyz - dual.w * real.xyz + cross(real.xyz, dual.xyz));
      share = min(share, 1.0);
      linear = mix(linear, rotateByQuat(real, position.xyz) + t, share);
      linearNormal = mix(linearNormal, rotateByQuat(real, normal), share);
    }
  }
  position = vec4(linear, 1.0);
  normal = linearNormal;
}

out vec3 v_positionView;
out vec3 v_normalView;
out vec3 v_paint;
out vec3 v_compare;
out float v_striation;  // rest-pose distance across the fibres (metres), so the stripes stick to the muscle
out float v_tendon;
out vec3 v_colour;

// Soft tissue below the seat's surface pressed up onto it; the normal follows the squeeze (the inverse transpose
// of scaling y by the slope), so the flattened underside faces down.
void pressOntoSeat(inout vec4 position, inout vec3 normal) {
  float d = position.y - u_seat.x, softness = u_seat.y;
  if (d >= softness || d < -kDepthBelow) return;
  float share = smoothstep(u_seat.z, u_seat.z - kSeatEdge, position.z) * smoothstep(-kDepthBelow, -0.6 * kDepthBelow, d);
  float squeeze = exp((d - softness) / softness);
  position.y = mix(position.y, u_seat.x + softness * squeeze, share);
  float slope = max(mix(1.0, squeeze, share), 0.05);
  normal = vec3(normal.x, normal.y / slope, normal.z);
}

void main() {
  vec4 position = vec4(a_position, 1.0);
  vec3 normal = a_normal;
  if (u_skinned != 0) skin(position, normal);
  if (u_skinned != 0 && u_seat.w > 0.5) pressOntoSeat(position, normal);
  position = u_model * position;  // after the pose: a marker's place, or a benchmark copy's offset
  normal = mat3(u_model) * normal;
  v_paint = a_paint;  // follows the vertex into any pose
  v_compare = a_compare;
  vec3 across = cross(a_fibre.xyz, a_normal);
  v_striation = dot(across, across) > 1e-8 ? dot(a_position, normalize(across)) : 0.0;
  v_tendon = a_fibre.w;
  v_colour = a_colour;
  vec4 pv = u_view * position;
  v_positionView = pv.xyz;
  v_normalView = mat3(u_view) * normal;  // the view matrix is a rigid motion too
  gl_Position = u_projection * pv;
}
