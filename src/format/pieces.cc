// How the formatters write in pieces.
#include "pieces.h"

#include <string_view>
#include <vector>

namespace lkjip::pieces {

namespace {
constexpr std::size_t kBlock = 64 * 1024;
}  // namespace

void pass_on_if_large(std::string& out, const TextSink& sink) {
  if (out.size() >= kBlock) pass_on(out, sink);
}

void pass_on(std::string& out, const TextSink& sink) {
  if (out.empty()) return;
  sink(out);
  out.clear();
}

std::string collected(const std::function<void(const TextSink&)>& write) {
  std::string all;
  write([&](std::string_view piece) { all.append(piece); });
  return all;
}

}  // namespace lkjip::pieces
