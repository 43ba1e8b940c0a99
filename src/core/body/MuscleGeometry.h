#pragma once
// Muscles of the generated body (read from data/body/muscles.json by core/body/MuscleData.h) and the code that
// turns one entry into a closed mesh (docs/BODY.md, "Muscles from attachments").
//
// Every muscle is one or more bundles (heads, bellies, slips). A bundle runs from its origin through optional
// via sections to its insertion; each section is a point or a polyline of points on the reference body (1.75 m,
// metres, right side x < 0). The bundle's mid-surface is either
//  - a tube (fusiform, strap, pennate): a centre line through the section centres, widened across by a width
//    profile that bulges in the belly and narrows into tendons; or
//  - a loft (fan, sheet): the section polylines joined point for point, so a fan spreads from a broad origin
//    line to a narrow insertion.
// A bundle either conforms to the body (its outer face kept `depth` beneath the body envelope, the mid-surface
// pulled onto that shell so superficial muscles follow the body's curves, deeper layers lying under them) or is
// free (deep muscles between bony points, only kept inside the envelope). The mid-surface is then thickened
// along its normal into a pillow whose rim has zero thickness: a closed 2-manifold by construction.
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/Model.h"
#include "core/geometry/Sdf.h"

namespace myoatlas {

enum class MuscleShape { Fusiform, Strap, Pennate, Fan, Sheet };
// A tube (a centre line widened across) rather than a loft between section lines.
inline bool isTube(MuscleShape s) { return s == MuscleShape::Fusiform || s == MuscleShape::Strap || s == MuscleShape::Pennate; }

struct MuscleBundle {
  MuscleShape shape = MuscleShape::Fusiform;
  float width = 0.02f;      // metres across the belly (tubes), or across single-point sections (lofts)
  float thickness = 0.01f;  // metres at the thickest point
  float depth = -1.0f;      // outer face beneath the envelope at the origin (metres); negative: free
  float depthEnd = -1.0f;   // the same at the insertion; negative: as at the origin
  float tendonEnd = -1.0f;  // share of the length at the insertion end that is tendon; negative: the shape's default
  // The same at the origin (rectus femoris' tendons from the iliac spine; 0 for psoas' fleshy origin); negative:
  // a short one by the shape (at most 5%).
  float tendonStart = -1.0f;
  // Share of the length at the insertion over which a conforming bundle leaves the body's shell for its anchors
  // (a fan bridging the armpit to the humerus); negative: 0.8 of the tendon share.
  float freeEnd = -1.0f;
  // The same at the origin (a deltoid arising from the acromion, where the shell lies a centimetre above the
  // bone); 0: none.
  float freeStart = 0.0f;
  std::vector<std::vector<glm::vec3>> sections;  // origin, via sections, insertion
  // Measured width and thickness (metres) of each single-point section of a tube, in place of the shape's
  // profile times width and thickness; empty when not measured.
  std::vector<glm::vec2> sectionSize;
  // Tendinous intersections (the rectus abdominis'): shares of the length (0 origin, 1 insertion) where a band
  // of tendon crosses the belly.
  std::vector<float> intersections;
  // A flat cross-section (a plateau with rounded edges, as a sheet's) in place of a tube's ellipse, the same
  // area: parts of one muscle that lie side by side (the deltoid's three) then meet edge to edge as one cap
  // instead of three lenses with grooves between them.
  bool flat = false;
  // A free tube's breadth lies across its course as near this direction as it can (x lateral on the right side,
  // y up, z forward): psoas broad from side to side along the lumbar bodies. Zero: across the body's outward
  // direction, which deep inside the body swings from row to row and twisted psoas' top into a ribbon.
  glm::vec3 across{0.0f};
};

struct MuscleSpec {
  std::string id;  // atlas muscle id, or a fascia's id ("thoracolumbar_fascia")
  std::vector<MuscleBundle> bundles;
  TissueKind tissue = TissueKind::Muscle;  // Tendon for fasciae and aponeuroses: drawn pale, no fibres to peel
  std::vector<std::string> attaches;  // a fascia's: the atlas muscles that attach through it (Mesh::attaches)
  // The layer peeling hides it with (the atlas's depth: 0 superficial, 1 intermediate, 2 deep); fasciae and the
  // muscles the atlas does not list go with the superficial layer, as SceneStyle peels them.
  int layer = 0;
};

// Builds the right-side mesh of a muscle: positions, normals, indices, fibres and tendon shares (no skin
// weights). `envelope` is the body's outer form and `scale` stature over the reference stature.
Mesh buildMuscleMesh(const MuscleSpec& spec, const SdfUnion& envelope, float scale);

// The left-side twin: mirrored across the median plane with its winding reversed, so it stays outward facing.
Mesh mirrorMesh(const Mesh& right, const std::string& name);

}  // namespace myoatlas
