// `myoatlas` with no subcommand: checks everything typed before any window opens (with the same messages as
// `render`), then opens the GLFW window with ImGui and runs the viewer.
#include <cstdlib>
#include <set>
#include <iostream>

#include <glad/gl.h>  // must precede GLFW so GLFW does not pull in the system GL header
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "app/AtlasCommands.h"
#include "app/ViewerApp.h"
#include "app/WindowInput.h"
#include "io/UserData.h"
#include "render/GlLoader.h"

namespace myoatlas {
namespace {

bool hasDisplay() {
  const char* x11 = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  return (x11 && *x11) || (wayland && *wayland);
}

void printNoDisplayHelp(const std::string& detail) {
  std::cerr << "myoatlas: cannot open the viewer: " << detail << "\n"
            << "To draw the body without a display, render it to a PNG instead:\n"
            << "  myoatlas render --out body.png --view anterior\n"
            << "(or run the viewer under a virtual display: xvfb-run -a myoatlas)\n";
}

}  // namespace

int runViewer(const ViewerOptions& options) {
  // Everything typed is checked before any window opens, with the same messages as `render`.
  if (auto ok = checkOptions(options.options); !ok) {
    std::cerr << "myoatlas: " << ok.error() << "\n";
    return 2;
  }
  if (!parseSideChoice(options.side)) {
    std::cerr << "myoatlas: --side '" << options.side << "' must be right, left or both\n";
    return 2;
  }
  // Remembered settings fill in what the command line left unset; a damaged file is reported in the window and
  // the defaults are used.
  std::optional<ViewerSettings> settings;
  std::string settingsError;
  ViewerOptions effective = options;
  if (options.exitAfterFrames == 0) {
    if (auto loaded = loadSettings(defaultSettingsPath()); loaded) {
      settings = loaded.value();
      std::set<std::string> remembered;
      for (const auto& key : settings->present)
        if (const OptionSpec* spec = findOption(key); spec && !options.given.count(spec->flag)) remembered.insert(key);
      copyOptions(effective.options, settings->options, remembered);
    } else {
      settingsError = loaded.error();
    }
  }
  const auto preset = parseViewPreset(effective.options.view);
  const auto pose = parsePosePreset(effective.options.pose);
  if (!options.painArea.empty()) {
    const AtlasLoad atlas = loadDefaultAtlas();
    const auto area = atlas.ok() ? PainAreaLookup(atlas.atlas).resolve(options.painArea)
                                  : Result<const PainArea*>(Error{"cannot be looked up: the atlas does not validate"});
    if (!area) {
      std::cerr << "myoatlas: --pain-area '" << options.painArea << "' " << area.error()
                << ". 'myoatlas sources --list-areas' lists them all\n";
      return 2;
    }
    effective.painArea = area.value()->id;
  }
  std::optional<SceneFile> scene;
  if (!options.scene.empty()) {
    auto loaded = loadScene(options.scene);
    if (!loaded) {
      std::cerr << "myoatlas: " << loaded.error() << "\n";
      return 2;
    }
    scene = loaded.value();
    adoptSceneModel(effective.model, *scene);
  }
  if (!options.lesson.empty()) {  // a lesson that cannot be read at all stops here; damaged steps are shown in the window
    auto lesson = loadLesson(options.lesson);
    if (!lesson) {
      std::cerr << "myoatlas: " << lesson.error() << "\n";
      return 2;
    }
    if (std::size_t(options.step) > lesson->lesson.steps.size()) {
      std::cerr << "myoatlas: --step " << options.step << ": lesson file '" << options.lesson << "' has "
                << lesson->lesson.steps.size() << " steps\n";
      return 2;
    }
  }
  auto model = loadModel(effective.model);
  if (!model) {
    std::cerr << "myoatlas: " << (scene ? "scene file '" + options.scene + "': /model/path: " : std::string()) << model.error() << "\n";
    return 2;
  }
  if (!hasDisplay()) {
    printNoDisplayHelp("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)");
    return 1;
  }
  window::installErrorCallback();
  if (!glfwInit()) {
    printNoDisplayHelp("the window system could not be initialised (" + window::lastGlfwError() + ")");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SAMPLES, 0);  // the scene is multisampled offscreen (ViewerApp::drawScene); the interface needs none
  GLFWwindow* window = glfwCreateWindow(effective.options.width, effective.options.height, "Myoatlas", nullptr, nullptr);
  if (!window) {
    std::cerr << "myoatlas: no OpenGL 3.3 core context could be created for the window (" << window::lastGlfwError() << ")\n"
              << "  The headless renderer may still work: myoatlas render --out body.png\n";
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(options.exitAfterFrames > 0 ? 0 : 1);  // benchmark runs measure work, not the refresh rate
  int code = 1;
  if (auto loaded = loadGlFunctions(glfwGetProcAddress); !loaded) {
    std::cerr << "myoatlas: " << loaded.error() << "\n";
  } else {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // window layout is not persisted yet (issue "viewer")
    ImGui::StyleColorsDark();
    // Set before ImGui installs its own callbacks, which chain to these: any input wakes the sleeping loop.
    window::installEventCounters(window);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    window::installKeyCallback(window);  // replaces ImGui's key callback and forwards to it
    ImGui_ImplOpenGL3_Init("#version 330 core");
    {
      ViewerApp app(window, effective, settings, settingsError);
      code = app.run(std::move(model.value()), *preset, *pose, scene);
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  }
  glfwDestroyWindow(window);
  glfwTerminate();
  return code;
}

}  // namespace myoatlas
