#pragma once
// Loops whose iterations are independent, split across the machine's cores.
#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace myoatlas {

// The most parts a loop is split into (8; tests set 1 to compare a split loop with an unsplit one).
inline std::size_t& parallelPartsLimit() {
  static std::size_t limit = 8;
  return limit;
}

// How many parts parallelRanges splits `count` iterations into: one per core (at most parallelPartsLimit()),
// none smaller than `minPerPart` iterations, and at least one.
inline std::size_t parallelParts(std::size_t count, std::size_t minPerPart) {
  const std::size_t cores = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, std::max<std::size_t>(parallelPartsLimit(), 1));
  return std::clamp<std::size_t>(count / std::max<std::size_t>(minPerPart, 1), 1, cores);
}

// Calls body(part, begin, end) for contiguous ranges that together cover [0, count), in parallelParts(count,
// minPerPart) parts, the last on the calling thread, and returns when all are done. The split depends only on the
// part count, so a loop whose parts write disjoint results gives the same output on any machine; `body` must not
// throw.
template <class Body>
void parallelRanges(std::size_t count, std::size_t minPerPart, const Body& body) {
  const std::size_t parts = parallelParts(count, minPerPart);
  const auto begin = [&](std::size_t p) { return count * p / parts; };
  std::vector<std::thread> threads;
  threads.reserve(parts - 1);
  for (std::size_t p = 0; p + 1 < parts; ++p) threads.emplace_back([&, p] { body(p, begin(p), begin(p + 1)); });
  body(parts - 1, begin(parts - 1), count);
  for (auto& t : threads) t.join();
}

}  // namespace myoatlas
