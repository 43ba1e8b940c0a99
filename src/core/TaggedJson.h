#pragma once
// Our own small JSON files (notes, settings, landmark sidecars) start with {"format": "myoatlas-..."}: parsing
// one and checking that tag, with errors that name the file, is done here once.
#include <string>

#include <nlohmann/json.hpp>

#include "core/Result.h"

namespace myoatlas {

// `what` names the kind of file in messages ("notes file"), `source` is its path, `format` the tag it must carry.
Result<nlohmann::json> parseTaggedJson(const std::string& text, const std::string& what, const std::string& source,
                                       const std::string& format);

}  // namespace myoatlas
