#pragma once
// The one way Myoatlas reports recoverable errors: a value or an Error whose message names the file and the
// field (or argument) at fault. Callers in app/ print it and exit 2; the viewer shows it in a popup.
#include <string>
#include <utility>
#include <variant>

namespace myoatlas {

struct Error {
  std::string message;
};

template <class T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}          // NOLINT: implicit on purpose, like std::expected
  Result(Error error) : data_(std::move(error)) {}      // NOLINT
  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(data_); }
  const T& value() const { return std::get<T>(data_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const std::string& error() const { return std::get<Error>(data_).message; }

 private:
  std::variant<T, Error> data_;
};

}  // namespace myoatlas

namespace myoatlas {
struct Ok {};  // Result<Ok>: success carries nothing
}  // namespace myoatlas
