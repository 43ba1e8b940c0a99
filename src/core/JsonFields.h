#pragma once
// Reading our JSON files field by field, with errors that name the field by its JSON pointer
// ("/view/pose 'dab' is not a pose"): scene files and lessons use it.
#include <string>
#include <type_traits>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/JsonText.h"

namespace myoatlas {

// A field that is missing, of the wrong type or out of range: the JSON pointer and what is wrong.
struct FieldError {
  std::string pointer, what;
};

// Reads fields of one object, naming them by JSON pointer when they are wrong.
class JsonFields {
 public:
  JsonFields(const nlohmann::json& object, std::string pointer) : j_(object), pointer_(std::move(pointer)) {
    if (!j_.is_object()) throw FieldError{pointer_.empty() ? "/" : pointer_, "must be an object"};
  }
  bool has(const char* key) const { return j_.contains(key); }
  JsonFields object(const char* key) const { return JsonFields(at(key), path(key)); }
  template <typename T>
  T get(const char* key) const {
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {  // whole numbers that fit, never wrapped
      const nlohmann::json& v = at(key);
      if (!v.is_number_integer()) throw FieldError{path(key), "must be a whole number"};
      if (!jsonIntegerFits<T>(v)) throw FieldError{path(key), "is out of range"};
      return v.get<T>();
    }
    try {
      return at(key).get<T>();
    } catch (const nlohmann::json::exception&) {
      throw FieldError{path(key), "has the wrong type"};
    }
  }
  template <typename T>
  T get(const char* key, T fallback) const { return has(key) ? get<T>(key) : fallback; }
  float number(const char* key, float lo, float hi) const {
    const float v = get<float>(key);
    if (!(v >= lo && v <= hi)) throw FieldError{path(key), "must be between " + trim(lo) + " and " + trim(hi)};
    return v;
  }
  const nlohmann::json& at(const char* key) const {
    if (!j_.contains(key)) throw FieldError{path(key), "is missing"};
    return j_.at(key);
  }
  std::string path(const char* key) const { return pointer_ + "/" + key; }

 private:
  static std::string trim(float v) {
    std::string s = std::to_string(v);
    while (s.size() > 1 && s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
  }
  const nlohmann::json& j_;
  std::string pointer_;
};

}  // namespace myoatlas
