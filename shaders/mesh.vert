// The version header is given by render/ShaderProgram.cpp, for every stage.
layout(location = 0) in vec3 a_position;  // metres, model space, rest pose
layout(location = 1) in vec3 a_normal;
layout(location = 2) in uvec4 a_joints;   // skinning: up to four joints per vertex
layout(location = 3) in vec4 a_weights;   // and their weights (sum 1)
layout(location = 4) in vec3 a_paint;  // painted on the rest pose: essential, spillover, the patient's pain drawing
layout(location = 5) in vec4 a_fibre;  // muscles: fibre direction (xyz, zero elsewhere) and tendon share (w)
layout(location = 6) in vec3 a_compare;  // comparing patterns: their colours here, blended (linear)

uniform mat4 u_view;
uniform mat4 u_projection;
uniform int u_skinned;  // 1: pose with the joint matrices below (linear blend skinning)
uniform mat4 u_model;   // places a rigid mesh (trigger-point markers) or a benchmark copy; identity for the body

// Joint matrices of the current pose (posed joint frame times inverse bind; identity at rest).
layout(std140) uniform Skinning {
  mat4 u_jointMatrices[128];
};

out vec3 v_positionView;
out vec3 v_normalView;
out vec3 v_paint;
out vec3 v_compare;
out float v_striation;  // rest-pose distance across the fibres (metres), so the stripes stick to the muscle
out float v_tendon;

void main() {
  vec4 position = vec4(a_position, 1.0);
  vec3 normal = a_normal;
  if (u_skinned == 1) {
    mat4 skin = a_weights.x * u_jointMatrices[a_joints.x] + a_weights.y * u_jointMatrices[a_joints.y] +
                a_weights.z * u_jointMatrices[a_joints.z] + a_weights.w * u_jointMatrices[a_joints.w];
    position = skin * position;
    normal = mat3(skin) * normal;  // joints rotate rigidly, so no inverse transpose is needed
  }
  position = u_model * position;  // after the pose: a marker's place, or a benchmark copy's offset
  normal = mat3(u_model) * normal;
  v_paint = a_paint;  // follows the vertex into any pose
  v_compare = a_compare;
  vec3 across = cross(a_fibre.xyz, a_normal);
  v_striation = dot(across, across) > 1e-8 ? dot(a_position, normalize(across)) : 0.0;
  v_tendon = a_fibre.w;
  vec4 pv = u_view * position;
  v_positionView = pv.xyz;
  v_normalView = mat3(u_view) * normal;  // the view matrix is a rigid motion too
  gl_Position = u_projection * pv;
}
