#version 330 core
layout(location = 0) in vec3 a_position;  // metres, model space
layout(location = 1) in vec3 a_normal;

uniform mat4 u_view;
uniform mat4 u_projection;

out vec3 v_positionView;
out vec3 v_normalView;

void main() {
  vec4 pv = u_view * vec4(a_position, 1.0);
  v_positionView = pv.xyz;
  v_normalView = mat3(u_view) * a_normal;  // the view matrix is a rigid motion: no inverse transpose needed
  gl_Position = u_projection * pv;
}
