#include "core/JsonText.h"

#include <set>
#include <vector>

namespace myoatlas {

nlohmann::json parseJsonNoDuplicateKeys(const std::string& text, std::string& duplicate) {
  using Event = nlohmann::json::parse_event_t;
  // One frame per open container: an object's keys so far and its current key, or an array's current index.
  struct Frame {
    bool array = false;
    long index = -1;
    std::string key;
    std::set<std::string> keys;
  };
  std::vector<Frame> frames;
  const auto pointer = [&frames](std::size_t upTo) {
    std::string p;
    for (std::size_t i = 0; i < upTo; ++i) {
      p.push_back('/');
      p.append(frames[i].array ? std::to_string(frames[i].index) : frames[i].key);
    }
    return p;
  };
  const auto enterValue = [&frames] {  // a value (of any kind) starts inside the innermost container
    if (!frames.empty() && frames.back().array) ++frames.back().index;
  };
  duplicate.clear();
  auto callback = [&](int, Event event, nlohmann::json& parsed) {
    switch (event) {
      case Event::object_start:
      case Event::array_start:
        enterValue();
        frames.push_back({event == Event::array_start, -1, "", {}});
        break;
      case Event::object_end:
      case Event::array_end:
        if (!frames.empty()) frames.pop_back();
        break;
      case Event::key: {
        Frame& f = frames.back();
        f.key = parsed.get<std::string>();
        if (!f.keys.insert(f.key).second && duplicate.empty()) duplicate = pointer(frames.size());
        break;
      }
      case Event::value:
        enterValue();
        break;
    }
    return true;
  };
  try {
    return nlohmann::json::parse(text, callback);
  } catch (const nlohmann::json::out_of_range& e) {
    // A number too large for a double (1e999) is nlohmann's out_of_range 406, not a parse_error: every reader
    // caught only parse_error, so such a number crashed the viewer at start from settings.json (found by the
    // fuzz targets; tests/fuzz/regressions). It is bad text like any other, reported where the number starts.
    const std::string what = e.what();
    const auto open = what.find('\''), close = what.rfind('\'');
    const std::string number = open != std::string::npos && close > open ? what.substr(open + 1, close - open - 1) : "";
    const std::size_t at = number.empty() ? std::string::npos : text.find(number);
    throw nlohmann::json::parse_error::create(406, at == std::string::npos ? 0 : at + 1,
                                              "syntax error: the number " + number + " is too large", nullptr);
  }
}

}  // namespace myoatlas
