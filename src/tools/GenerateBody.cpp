// myoatlas-genbody: writes the generated default body as one .glb. The build runs it to produce
// build/assets/body.glb (see src/tools/CMakeLists.txt); run it by hand to try other statures or builds, or
// with --compare to measure the body against a real anatomical model (docs/ANATOMY.md).
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>

#include <CLI/CLI.hpp>

#include "core/scene/BodyFit.h"
#include "core/atlas/AtlasLoader.h"
#include "core/body/Anthropometry.h"
#include "core/body/BodyGenerator.h"
#include "core/body/Calibration.h"
#include "core/body/MuscleData.h"
#include "core/MeshChecks.h"
#include "core/Pose.h"
#include "io/AtomicFile.h"
#include "io/DataPaths.h"
#include "io/GltfExporter.h"
#include "io/ModelImporter.h"

int main(int argc, char** argv) {
  using namespace myoatlas;
  CLI::App app{"Generate the Myoatlas default body as a glTF binary"};
  std::string out, data = locateAtlasDir().path, compare, report, stations, sex = "male";
  BodyParameters params;
  bool anthropometry = false, poses = false;
  app.add_option("--out", out, "Output .glb file");
  app.add_option("--compare", compare,
                 "Measure the body against a real anatomical model (BodyParts3D .glb) and print the tables");
  app.add_option("--measure-stations", stations,
                 "With --compare: write each real right-side muscle's course (stations: landmark, offset, width, thickness) "
                 "in this body's frame to this JSON file");
  app.add_option("--report", report,
                 "With --compare: write the tables into this Markdown file (between its calibration markers when it has them)");
  app.add_option("--data", data, "Atlas folder whose landmarks the body must carry");
  app.add_option("--sex", sex, "Body: male or female (proportions, breasts and fat distribution)")
      ->check(CLI::IsMember({"male", "female"}, CLI::ignore_case));
  auto* statureOption = app.add_option("--stature", params.stature, "Height in metres (default: 1.75 male, 1.63 female)")
                            ->check(CLI::Range(1.2, 2.2));
  app.add_flag("--anthropometry", anthropometry,
               "Print the body's standard measurements beside the ANSUR II means of its sex (docs/BODY-GENERATOR.md)");
  app.add_flag("--poses", poses,
               "Pose the skin in every preset and count where it passes through itself, by the joints there");
  app.add_option("--build", params.build, "Girth factor (0.85 slender .. 1.2 heavy)")->check(CLI::Range(0.8, 1.3));
  app.add_option("--cell", params.gridCell, "Skin grid cell in metres")->check(CLI::Range(0.003, 0.02));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  params.sex = parseSex(sex).value_or(Sex::Male);  // checked by CLI11
  if (statureOption->count() == 0) params.stature = defaultStature(params.sex);
  if (out.empty() && compare.empty() && !anthropometry && !poses) {
    std::cerr << "myoatlas-genbody: say where to write the body (--out FILE), what to compare it with (--compare FILE) "
                 "or ask for its measurements (--anthropometry) or its posed skin (--poses)\n";
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  const AtlasLoad atlas = loadAtlas(data);
  if (!atlas.ok()) {
    std::cerr << "myoatlas-genbody: the atlas in " << data << " does not validate; run 'myoatlas validate'\n";
    return 2;
  }
  const MuscleGeometryLoad muscles = loadMuscleGeometry(data, atlas.atlas);
  if (!muscles.ok()) {
    std::cerr << "myoatlas-genbody: the muscle geometry in " << data << " does not validate:\n" << muscles.report();
    return 2;
  }
  auto body = generateBody(params, atlas.atlas.landmarks, muscles.muscles);
  if (!body) {
    std::cerr << "myoatlas-genbody: " << body.error() << "\n";
    return 1;
  }
  if (!out.empty()) {
    if (auto written = writeGlb(out, body.value()); !written) {
      std::cerr << "myoatlas-genbody: " << written.error() << "\n";
      return 1;
    }
    // What fitting this body onto a user's model needs (core/scene/BodyFit.h), so the app need not read it all.
    if (auto written = writeFileAtomically(fitTemplatePath(out), fitTemplateJson(fitTemplateOf(atlas.atlas, body.value()))); !written) {
      std::cerr << "myoatlas-genbody: " << written.error() << "\n";
      return 1;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "wrote " << out << ": " << body->triangleCount() << " triangles, " << body->joints.size() << " joints, "
              << body->landmarks.size() << " landmarks in " << seconds << " s\n";
  }
  if (anthropometry) {
    const auto measured = measureBody(body.value(), params.sex);
    if (!measured) {
      std::cerr << "myoatlas-genbody: the body lacks a skin or a landmark the measurements need\n";
      return 1;
    }
    std::cout << anthropometryMarkdown(measured.value(), params.sex);
  }
  if (poses) {
    const Mesh& skin = body->meshes.front();
    for (const PosePreset preset : kPosePresets) {
      const auto matrices = skinningMatrices(body.value(), posePreset(preset));
      const auto crossings = selfIntersections(skin, skinPositions(skin, matrices, dualQuaternionShares(body->joints), seatFor(body.value(), preset, matrices)));
      std::map<std::string, int> byJoint;  // the joint that moves the first crossing triangle's first corner most
      for (const auto& [t, u] : crossings) ++byJoint[body->joints[skin.joints[skin.indices[t]][0]].name];
      // The crossing triangles' share of the skin's area (at rest), which moves far less with the triangulation than
      // the pair count (docs/BODY-GENERATOR.md).
      std::cout << posePresetName(preset) << ": " << crossings.size() << " crossing triangle pairs, "
                << std::fixed << std::setprecision(2) << 100.0 * crossingAreaShare(skin, crossings) << std::defaultfloat
                << "% of the skin's area";
      for (const auto& [joint, n] : byJoint) std::cout << (joint == byJoint.begin()->first ? " (" : ", ") << joint << " " << n;
      std::cout << (byJoint.empty() ? "\n" : ")\n");
    }
  }
  if (compare.empty()) return 0;
  auto real = importModel(compare);
  if (!real) {
    std::cerr << "myoatlas-genbody: " << real.error() << "\n";
    return 1;
  }
  auto measured = compareWithRealAnatomy(body.value(), real->model, atlas.atlas);
  if (!measured) {
    std::cerr << "myoatlas-genbody: " << measured.error() << "\n";
    return 1;
  }
  if (!stations.empty())
    if (auto written = writeFileAtomically(stations, measuredStationsJson(measured.value(), body.value(), real->model, atlas.atlas, 8)); !written) {
      std::cerr << "myoatlas-genbody: " << written.error() << "\n";
      return 1;
    }
  const std::string tables = calibrationMarkdown(measured.value());
  std::cout << tables;
  if (report.empty()) return 0;
  // docs/ANATOMY.md keeps its prose; only the part between the markers is the measurement.
  std::string document = tables;
  const std::string begin = "<!-- calibration:begin -->\n", end = "<!-- calibration:end -->";
  if (std::ifstream in(report); in) {
    const std::string old((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto a = old.find(begin), b = old.find(end);
    if (a != std::string::npos && b != std::string::npos && b > a)
      document = old.substr(0, a + begin.size()) + tables + old.substr(b);
  }
  if (auto written = writeFileAtomically(report, document); !written) {
    std::cerr << "myoatlas-genbody: " << written.error() << "\n";
    return 1;
  }
  return 0;
}
