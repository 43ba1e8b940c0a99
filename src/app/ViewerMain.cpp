// `myoatlas` with no subcommand: checks everything typed before any window opens (with the same messages as
// `render`), then opens the GLFW window with ImGui and runs the viewer.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <thread>
#include <iostream>

#include <glad/gl.h>  // must precede GLFW so GLFW does not pull in the system GL header
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "app/AtlasCommands.h"
#include "app/Fonts.h"
#include "app/StartupClock.h"
#include "app/ViewerApp.h"
#include "app/WindowInput.h"
#include "io/ModelImporter.h"
#include "io/OwnGlb.h"
#include "io/Progress.h"
#include "io/UserData.h"
#include "ui/Panels.h"
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

// The window while a model loads at start-up, once the load has taken a second: what is being opened, the step,
// the time so far and a moving bar (the steps have no known length), redrawn at each progress report.
class WindowProgress : public ProgressSink {
 public:
  explicit WindowProgress(GLFWwindow* window) : window_(window) {}
  void begin(const std::string& what) override {
    what_ = what;
    started_ = progressClockSeconds();
  }
  void step(const std::string& what) override {
    step_ = what;
    draw();
  }
  void tick() override { draw(); }
  void end() override {}

 private:
  void draw() {
    const double seconds = progressClockSeconds() - started_;
    if (seconds < kProgressAfterSeconds) return;
    // ImGui sizes a new window in its first frame without showing it: the first time, that frame goes first.
    if (!fontsLoaded_) drawFrame(seconds);
    drawFrame(seconds);
  }

  void drawFrame(double seconds) {
    glfwPollEvents();  // keeps the window responsive (closing it ends the viewer once the model is in)
    int width = 0, height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    if (!fontsLoaded_) {
      UiState ui;
      loadFonts(*ImGui::GetIO().Fonts, 18.0f, height, ui);
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
      fontsLoaded_ = true;
    }
    glViewport(0, 0, width, height);
    glClearColor(0.11f, 0.12f, 0.14f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    const ImVec2 centre(0.5f * float(width), 0.5f * float(height));
    ImGui::SetNextWindowPos(centre, ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(520.0f, 0.8f * float(width)), 0.0f));
    ImGui::Begin("##opening", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextWrapped("Myoatlas is %s", what_.c_str());
    ImGui::TextDisabled("%s (%.1f s)", step_.c_str(), seconds);
    // A bar that sweeps across: the work goes on, its length unknown.
    const float phase = float(std::fmod(seconds, 1.6) / 1.6);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float barWidth = ImGui::GetContentRegionAvail().x, barHeight = 6.0f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + barWidth, at.y + barHeight), IM_COL32(60, 64, 72, 255), 3.0f);
    const float from = std::max(0.0f, phase * 1.3f - 0.3f), to = std::min(1.0f, phase * 1.3f);
    draw->AddRectFilled(ImVec2(at.x + from * barWidth, at.y), ImVec2(at.x + to * barWidth, at.y + barHeight), IM_COL32(110, 170, 230, 255), 3.0f);
    ImGui::Dummy(ImVec2(barWidth, barHeight));
    ImGui::End();
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window_);
  }

  GLFWwindow* window_;
  std::string what_, step_;
  double started_ = 0.0;
  bool fontsLoaded_ = false;
};

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
  const auto modelError = [&](const std::string& error) {
    std::cerr << "myoatlas: " << (scene ? "scene file '" + options.scene + "': /model/path: " : std::string()) << error << "\n";
    return 2;
  };
  if (!hasDisplay()) {  // the model is still checked first: a bad one is the error to report
    if (auto model = loadModel(effective.model); !model) return modelError(model.error());
    printNoDisplayHelp("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)");
    return 1;
  }
  // Our own files and plain .glb files are read in this process (io/OwnGlb.h), on a second thread while the window,
  // OpenGL and the interface start. Another model is read by Assimp in a child process, which is not forked beside other threads:
  // it is read once the window is up, and the window shows how the load is going when it takes over a second.
  Result<std::shared_ptr<const Model>> model = Error{std::string()};
  std::thread reading;
  if (effective.model.path.empty() || looksReadableWithoutAssimp(effective.model.path))
    reading = std::thread([&] {
      ModelOptions beside = effective.model;
      beside.mayStartChildProcess = false;  // see below: read by Assimp after the window is up if not ours after all
      model = loadModel(beside);
    });
  const auto finishReading = [&] {
    if (reading.joinable()) reading.join();
  };
  window::installErrorCallback();
  if (!glfwInit()) {
    finishReading();
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
    finishReading();
    std::cerr << "myoatlas: no OpenGL 3.3 core context could be created for the window (" << window::lastGlfwError() << ")\n"
              << "  The headless renderer may still work: myoatlas render --out body.png\n";
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  startupMark("window and OpenGL context");
  glfwSwapInterval(options.exitAfterFrames > 0 ? 0 : 1);  // benchmark runs measure work, not the refresh rate
  int code = 1;
  if (auto loaded = loadGlFunctions(glfwGetProcAddress); !loaded) {
    finishReading();
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
    startupMark("interface");
    if (reading.joinable()) {
      reading.join();
      startupMark("model, read beside the window");
    }
    // Not read yet (another tool's file), or not ours after all: read now, Assimp in its child process.
    if (!model && (model.error().empty() || model.error() == kNotAnOwnFile)) {
      WindowProgress progress(window);
      ProgressSink* previous = setProgressSink(&progress);
      model = loadModel(effective.model);
      setProgressSink(previous);
    }
    if (!model) {
      code = modelError(model.error());
    } else {
      ViewerApp app(window, effective, settings, settingsError);
      startupMark("viewer set up");
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
