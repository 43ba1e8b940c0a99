#include "ui/panels/PanelLayout.h"

#include "core/Text.h"

namespace myoatlas {

using namespace panel;

bool isModelFileName(const std::filesystem::path& path) {
  static const char* const kExtensions[] = {".glb", ".gltf", ".fbx", ".obj", ".dae", ".stl", ".ply", ".3ds", ".blend"};
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return std::find(std::begin(kExtensions), std::end(kExtensions), ext) != std::end(kExtensions);
}

bool isSceneFileName(const std::filesystem::path& path) { return hasDoubleExtension(path, kSceneExtension); }

namespace {

// What each kind of dialog lists, says and asks for.
struct DialogKind {
  UiState::FileDialog kind;
  const char* title;        // ImGui window title (one window id for all kinds)
  const char* extension;    // the files listed ("" model files)
  const char* defaultName;  // saving: the name offered
  std::optional<std::string> UiRequests::*request;
};
const DialogKind kDialogKinds[] = {
    {UiState::FileDialog::OpenModel, "Open model###file", "", "", &UiRequests::openModel},
    {UiState::FileDialog::OpenView, "Open view###file", kSceneExtension, "", &UiRequests::openView},
    {UiState::FileDialog::SaveView, "Save view###file", kSceneExtension, "view", &UiRequests::saveView},
    {UiState::FileDialog::OpenLesson, "Open lesson###file", kLessonExtension, "", &UiRequests::openLesson},
    {UiState::FileDialog::SaveLesson, "Save lesson###file", kLessonExtension, "lesson", &UiRequests::saveLesson},
    {UiState::FileDialog::SaveScreenshot, "Save screenshot###file", ".png", "myoatlas", &UiRequests::saveScreenshot},
    {UiState::FileDialog::LessonHandout, "Export lesson handout###file", ".pdf", "handout", &UiRequests::lessonHandout},
    {UiState::FileDialog::ClientHandout, "Client handout###file", ".pdf", "pain-map", &UiRequests::clientHandout},
};
const DialogKind& dialogKind(UiState::FileDialog kind) {
  for (const auto& k : kDialogKinds)
    if (k.kind == kind) return k;
  return kDialogKinds[0];
}
bool listedFile(const DialogKind& k, const std::filesystem::path& path) {
  return k.extension[0] ? hasDoubleExtension(path, k.extension) : isModelFileName(path);
}

}  // namespace

void FileDialog::refresh() {
  namespace fs = std::filesystem;
  entries.clear();
  listError.clear();
  listed = directory;
  std::error_code ec;
  for (fs::directory_iterator it(directory, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
       it.increment(ec)) {
    const auto& name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code typeError;
    const bool wanted = listedFile(dialogKind(listedKind), it->path());
    if (it->is_directory(typeError) || wanted) entries.push_back(*it);
  }
  if (ec) listError = "cannot list '" + directory.string() + "': " + ec.message();
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    std::error_code e1, e2;
    const bool da = a.is_directory(e1), db = b.is_directory(e2);
    return da != db ? da : a.path().filename() < b.path().filename();
  });
}

void FileDialog::draw(UiState& state) {
  using Kind = UiState::FileDialog;
  if (state.fileDialog == Kind::None) return;
  const DialogKind& kind = dialogKind(state.fileDialog);
  const bool saving = kind.defaultName[0] != '\0';
  if (listedKind != state.fileDialog && state.fileDialog == Kind::SaveScreenshot && !state.screenshotPath.empty()) {
    pathInput = state.screenshotPath;  // a fresh name, in the folder last saved to
    directory = std::filesystem::path(pathInput).parent_path();
  }
  if (listed != directory || listedKind != state.fileDialog) {
    listedKind = state.fileDialog;
    refresh();
    if (saving && (pathInput.empty() || !hasDoubleExtension(pathInput, kind.extension)))
      pathInput = (directory / (std::string(kind.defaultName) + kind.extension)).string();
  }
  const char* title = kind.title;
  ImGui::SetNextWindowSize(ImVec2(640.0f * state.options.uiScale, 460.0f * state.options.uiScale), ImGuiCond_Appearing);
  bool open = true;
  if (!ImGui::Begin(title, &open)) {
    ImGui::End();
    if (!open) state.fileDialog = Kind::None;
    return;
  }
  ImGui::TextWrapped("Folder: %s", directory.string().c_str());
  if (ImGui::Button("Up") && directory.has_parent_path()) directory = directory.parent_path();
  ImGui::SameLine();
  if (ImGui::Button("Refresh")) refresh();
  if (!listError.empty()) ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", listError.c_str());

  std::optional<std::string> chosen;
  const float footer = ImGui::GetFrameHeightWithSpacing() * (state.fileDialog == Kind::SaveScreenshot ? 5.4f : 2.2f);
  if (ImGui::BeginChild("files", ImVec2(0, -footer), true)) {
    for (const auto& e : entries) {
      std::error_code ec;
      const bool isDir = e.is_directory(ec);
      const std::string label = (isDir ? "[folder] " : "") + e.path().filename().string();
      if (ImGui::Selectable(label.c_str(), pathInput == e.path().string(), ImGuiSelectableFlags_AllowDoubleClick)) {
        if (isDir) {
          directory = e.path();
          if (saving) pathInput = (directory / std::filesystem::path(pathInput).filename()).string();
        } else {
          pathInput = e.path().string();
          if (ImGui::IsMouseDoubleClicked(0)) chosen = pathInput;
        }
      }
    }
  }
  ImGui::EndChild();
  if (state.fileDialog == Kind::SaveScreenshot) {  // slide-ready: text burned in, a transparent background
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##slidetitle", "Title on the image (optional)", &state.slide.title);
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##slidecaption", "Caption on the image (optional)", &state.slide.caption);
    ImGui::Checkbox("Legend", &state.slide.legend);
    ImGui::SameLine();
    ImGui::Checkbox("Labels", &state.slide.labels);
    ImGui::SameLine();
    ImGui::Checkbox("Transparent background", &state.slide.transparent);
    if (state.screenshotWidth > 0) {
      ImGui::SameLine();
      ImGui::TextDisabled("%d x %d", state.screenshotWidth, state.screenshotHeight);
    }
  }
  if (state.fileDialog == Kind::LessonHandout || state.fileDialog == Kind::ClientHandout) {
    ImGui::TextUnformatted("Paper:");
    ImGui::SameLine();
    if (ImGui::RadioButton("A4", state.paper == "a4")) state.paper = "a4";
    ImGui::SameLine();
    if (ImGui::RadioButton("US letter", state.paper == "letter")) state.paper = "letter";
  }
  ImGui::SetNextItemWidth(-120.0f * state.options.uiScale);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();  // type a path straight away
  const bool entered = ImGui::InputText("##path", &pathInput, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button(saving ? "Save" : "Open", ImVec2(-1, 0)) || entered) && !pathInput.empty()) chosen = pathInput;
  if (chosen) {
    if (saving && !hasDoubleExtension(*chosen, kind.extension)) *chosen += kind.extension;  // the name tells what the file is
    state.requests.*kind.request = *chosen;
    state.fileDialog = Kind::None;
  }
  if (!open) state.fileDialog = Kind::None;
  endPanel(state);
}

}  // namespace myoatlas
