// myoatlas-genbody: writes the generated default body as one .glb. The build runs it to produce
// build/assets/body.glb (see src/tools/CMakeLists.txt); run it by hand to try other statures or builds.
#include <chrono>
#include <iostream>

#include <CLI/CLI.hpp>

#include "core/atlas/AtlasLoader.h"
#include "core/body/BodyGenerator.h"
#include "io/GltfExporter.h"

int main(int argc, char** argv) {
  using namespace myoatlas;
  CLI::App app{"Generate the Myoatlas default body as a glTF binary"};
  std::string out, data = MYOATLAS_DATA_DIR;
  BodyParameters params;
  app.add_option("--out", out, "Output .glb file")->required();
  app.add_option("--data", data, "Atlas folder whose landmarks the body must carry");
  app.add_option("--stature", params.stature, "Height in metres")->check(CLI::Range(1.2, 2.2));
  app.add_option("--build", params.build, "Girth factor (0.85 slender .. 1.2 heavy)")->check(CLI::Range(0.8, 1.3));
  app.add_option("--cell", params.gridCell, "Skin grid cell in metres")->check(CLI::Range(0.003, 0.02));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  const auto start = std::chrono::steady_clock::now();
  const AtlasLoad atlas = loadAtlas(data);
  if (!atlas.ok()) {
    std::cerr << "myoatlas-genbody: the atlas in " << data << " does not validate; run 'myoatlas validate'\n";
    return 2;
  }
  auto body = generateBody(params, atlas.atlas.landmarks);
  if (!body) {
    std::cerr << "myoatlas-genbody: " << body.error() << "\n";
    return 1;
  }
  if (auto written = writeGlb(out, body.value()); !written) {
    std::cerr << "myoatlas-genbody: " << written.error() << "\n";
    return 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "wrote " << out << ": " << body->triangleCount() << " triangles, " << body->joints.size() << " joints, "
            << body->landmarks.size() << " landmarks in " << seconds << " s\n";
  return 0;
}
