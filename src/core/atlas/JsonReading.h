#pragma once
// Reading our JSON data files with errors that name the file and the JSON path of the field at fault, and
// every unknown field (with a "did you mean"): the atlas (AtlasLoader) and the body's muscle geometry
// (core/body/MuscleData) read through these.
#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/JsonText.h"
#include "core/atlas/Atlas.h"
#include "core/atlas/AtlasLoader.h"

namespace myoatlas::jsonread {

namespace fs = std::filesystem;
using nlohmann::json;

// Collects problems for one file.
struct Reporter {
  std::string file;
  std::vector<AtlasProblem>* out;
  void operator()(const std::string& path, const std::string& message) const {
    out->push_back({file, path.empty() ? "/" : path, message});
  }
};

inline const char* typeName(const json& v) {
  if (v.is_string()) return "a string";
  if (v.is_number()) return "a number";
  if (v.is_boolean()) return "true or false";
  if (v.is_array()) return "a list";
  if (v.is_object()) return "an object";
  return "null";
}

// Reads the fields of one JSON object, checking types, and reports the fields it never read as unknown.
class ObjectReader {
 public:
  ObjectReader(const json& object, std::string path, const Reporter& report)
      : object_(object), path_(std::move(path)), report_(report) {
    if (!object_.is_object()) report_(path_, std::string("expected an object, found ") + typeName(object_));
  }
  ~ObjectReader() {
    if (!object_.is_object()) return;
    for (const auto& [key, value] : object_.items())
      if (!read_.count(key) && key != "$schema" && key != "comment")
        report_(path_ + "/" + key, "unknown field '" + key + "'" + suggestion(key));
  }
  ObjectReader(const ObjectReader&) = delete;
  ObjectReader& operator=(const ObjectReader&) = delete;

  const std::string& path() const { return path_; }
  std::string at(const std::string& key) const { return path_ + "/" + key; }

  // The raw value of a field, or nullptr when absent (reported when required).
  const json* field(const std::string& key, bool required) {
    read_.insert(key);
    known_.insert(key);
    if (!object_.is_object()) return nullptr;
    const auto it = object_.find(key);
    if (it == object_.end()) {
      if (required) report_(path_, "missing required field '" + key + "'");
      return nullptr;
    }
    return &*it;
  }

  std::string text(const std::string& key, bool required = true) {
    const json* v = field(key, required);
    if (!v) return {};
    if (!v->is_string()) {
      report_(at(key), std::string("expected a string, found ") + typeName(*v));
      return {};
    }
    const std::string s = v->get<std::string>();
    if (required && s.empty()) report_(at(key), "must not be empty");
    return s;
  }

  std::vector<std::string> texts(const std::string& key, bool required = true, bool nonEmpty = false) {
    std::vector<std::string> out;
    const json* v = field(key, required);
    if (!v) return out;
    if (!v->is_array()) {
      report_(at(key), std::string("expected a list of strings, found ") + typeName(*v));
      return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
      if (!(*v)[i].is_string()) report_(at(key) + "/" + std::to_string(i), std::string("expected a string, found ") + typeName((*v)[i]));
      else out.push_back((*v)[i].get<std::string>());
    }
    if (nonEmpty && out.empty() && v->empty()) report_(at(key), "must list at least one entry");
    return out;
  }

  std::optional<double> number(const std::string& key, double lo, double hi, bool required = true) {
    const json* v = field(key, required);
    if (!v) return std::nullopt;
    if (!v->is_number()) {
      report_(at(key), std::string("expected a number, found ") + typeName(*v));
      return std::nullopt;
    }
    const double d = v->get<double>();
    if (d < lo || d > hi) {
      std::ostringstream msg;
      msg << "value " << d << " is out of range (expected " << lo << " to " << hi << ")";
      report_(at(key), msg.str());
      return std::nullopt;
    }
    return d;
  }

  std::optional<bool> boolean(const std::string& key, bool required = true) {
    const json* v = field(key, required);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) {
      report_(at(key), std::string("expected true or false, found ") + typeName(*v));
      return std::nullopt;
    }
    return v->get<bool>();
  }

  // A list field whose items are read by `each(item, itemPath)`.
  template <class F>
  void list(const std::string& key, bool required, bool nonEmpty, F each) {
    const json* v = field(key, required);
    if (!v) return;
    if (!v->is_array()) {
      report_(at(key), std::string("expected a list, found ") + typeName(*v));
      return;
    }
    if (nonEmpty && v->empty()) report_(at(key), "must list at least one entry");
    for (std::size_t i = 0; i < v->size(); ++i) each((*v)[i], at(key) + "/" + std::to_string(i));
  }

  // One of a fixed set of words.
  std::optional<std::string> choice(const std::string& key, const std::vector<std::string>& allowed, bool required = true) {
    const std::string s = text(key, required);
    if (s.empty()) return std::nullopt;
    if (std::find(allowed.begin(), allowed.end(), s) == allowed.end()) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + ("'" + a + "'");
      report_(at(key), "'" + s + "' is not one of " + list);
      return std::nullopt;
    }
    return s;
  }

 private:
  std::string suggestion(const std::string& key) const {
    // Point at the likely intended field for typos such as "orgin".
    for (const auto& k : known_) {
      if (k.size() < 3) continue;
      int diff = int(k.size()) - int(key.size());
      if (std::abs(diff) > 2) continue;
      std::size_t common = 0;
      while (common < k.size() && common < key.size() && k[common] == key[common]) ++common;
      if (common >= 2 && !object_.contains(k)) return " (did you mean '" + k + "'?)";
    }
    return "";
  }

  const json& object_;
  std::string path_;
  const Reporter& report_;
  std::set<std::string> read_, known_;
};

inline constexpr double kMaxOffsetCm = 60.0;

inline std::array<float, 3> readOffset(ObjectReader& r, const std::string& key, const Reporter& report) {
  const json* v = r.field(key, false);
  if (!v) return {0.0f, 0.0f, 0.0f};
  if (!v->is_array() || v->size() != 3 ||
      !std::all_of(v->begin(), v->end(), [](const json& x) { return x.is_number(); })) {
    report(r.at(key), "expected three numbers in cm [lateral, superior, anterior]");
    return {0.0f, 0.0f, 0.0f};
  }
  std::array<float, 3> out{};
  for (int i = 0; i < 3; ++i) {
    const double d = (*v)[std::size_t(i)].get<double>();
    if (std::abs(d) > kMaxOffsetCm)
      report(r.at(key) + "/" + std::to_string(i), "offset " + std::to_string(d) + " cm is out of range (at most " +
                                                     std::to_string(int(kMaxOffsetCm)) + " cm from the landmark)");
    out[std::size_t(i)] = float(d);
  }
  return out;
}

inline AnchoredPoint readPoint(ObjectReader& r, const std::string& landmarkKey, const std::string& offsetKey,
                        const Reporter& report) {
  AnchoredPoint p;
  p.landmark = r.text(landmarkKey);
  p.offsetCm = readOffset(r, offsetKey, report);
  return p;
}

// Line and column of a byte offset, for syntax errors.
inline std::string lineAndColumn(const std::string& text, std::size_t byte) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') ++line, column = 1;
    else ++column;
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

inline std::optional<json> readJsonFile(const fs::path& dir, const std::string& relative, std::vector<AtlasProblem>& problems) {
  const fs::path path = dir / relative;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  std::error_code linkError;
  if (ec && fs::is_symlink(fs::symlink_status(path, linkError))) {  // a loop of links, or one that leads nowhere
    problems.push_back({relative, "/", "the file is a link that cannot be followed (" + ec.message() + ")"});
    return std::nullopt;
  }
  if (fs::exists(status) && !fs::is_regular_file(status)) {  // a pipe would block the read forever
    problems.push_back({relative, "/", "not a regular file (a folder, pipe or device)"});
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems.push_back({relative, "/", fs::exists(status) ? "the file cannot be read" : "the file is missing"});
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  try {
    std::string duplicate;
    json parsed = parseJsonNoDuplicateKeys(text, duplicate);
    // Reported, and the file still read (with the last value) so one slip does not cascade into every entry
    // that refers to this file.
    if (!duplicate.empty())
      problems.push_back({relative, duplicate, "this key is given twice in its object; each key may appear once"});
    return parsed;
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    if (const auto colon = what.find("syntax error"); colon != std::string::npos) what = what.substr(colon);
    problems.push_back({relative, lineAndColumn(text, e.byte > 0 ? e.byte - 1 : 0), "invalid JSON: " + what});
    return std::nullopt;
  }
}

// The top-level object of a file must hold `key` as a list; returns it (or nullptr).
inline const json* topList(const json& doc, const std::string& key, const Reporter& report) {
  if (!doc.is_object()) {
    report("/", std::string("expected an object with a '") + key + "' list, found " + typeName(doc));
    return nullptr;
  }
  for (const auto& [k, v] : doc.items())
    if (k != key && k != "$schema" && k != "comment") report("/" + k, "unknown field '" + k + "'");
  const auto it = doc.find(key);
  if (it == doc.end() || !it->is_array()) {
    report("/", "expected a list named '" + key + "'");
    return nullptr;
  }
  return &*it;
}

// Reads `file`, whose top level holds a list named `key`, calling readItem(reader, report, index) per item.
template <class F>
void readListFile(const fs::path& dir, const std::string& file, const std::string& key,
                  std::vector<AtlasProblem>& problems, F readItem) {
  auto doc = readJsonFile(dir, file, problems);
  if (!doc) return;
  const Reporter report{file, &problems};
  const json* list = topList(*doc, key, report);
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    ObjectReader r((*list)[i], "/" + key + "/" + std::to_string(i), report);
    readItem(r, report, i);
  }
}

}  // namespace myoatlas::jsonread
