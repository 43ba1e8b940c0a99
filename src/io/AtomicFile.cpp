#include "io/AtomicFile.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

namespace myoatlas {
namespace fs = std::filesystem;

Result<Ok> writeFileAtomically(const std::string& requested, std::string_view bytes) {
  const auto failure = [&](const std::string& what) {
    return Error{"cannot write '" + requested + "': " + what + " (" + std::strerror(errno) + ")"};
  };
  // A link (notes.json kept in a synced folder, say) is written through: the new file replaces its target and
  // the link stays a link. A link that loops is an error, not a file written in its place.
  std::string path = requested;
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(requested, ec))) {
    const fs::path target = fs::weakly_canonical(requested, ec);
    if (ec) return Error{"cannot write '" + requested + "': it is a link that cannot be followed (" + ec.message() + ")"};
    path = target.string();
  }
  const std::string temp = path + ".tmp-" + std::to_string(::getpid());
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return failure("cannot create a temporary file beside it");
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      Error e = failure("writing failed");
      ::close(fd);
      ::unlink(temp.c_str());
      return e;
    }
    written += std::size_t(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    Error e = failure("flushing to disk failed");
    ::unlink(temp.c_str());
    return e;
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    Error e = failure("replacing the file failed");
    ::unlink(temp.c_str());
    return e;
  }
  return Ok{};
}

}  // namespace myoatlas
