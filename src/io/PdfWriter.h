#pragma once
// Handouts as PDF (cairo's PDF surface, DejaVu Sans from fonts-dejavu-core): a plain HandoutDoc
// (core/lesson/Handout.h) laid out on A4 or US letter pages, text wrapped, written atomically.
#include <string>

#include "core/Result.h"
#include "core/lesson/Handout.h"

namespace myoatlas {

enum class Paper { A4, Letter };
std::optional<Paper> parsePaper(const std::string& name);  // "a4", "letter"

// The PDF's bytes, or an error saying what cairo refused.
Result<std::string> handoutPdf(const HandoutDoc& doc, Paper paper);
Result<Ok> writeHandoutPdf(const std::string& path, const HandoutDoc& doc, Paper paper);

}  // namespace myoatlas
