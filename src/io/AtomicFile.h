#pragma once
// Writes files so that a crash or a kill never leaves a half-written file: write a temporary file beside the
// target, flush it to disk, then rename it over the target (atomic on POSIX file systems).
#include <string>
#include <string_view>

#include "core/Result.h"

namespace myoatlas {

Result<Ok> writeFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace myoatlas
