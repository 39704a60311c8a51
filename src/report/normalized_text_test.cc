#include "normalized_text.h"

#include <catch2/catch.hpp>
#include <string>

using namespace lkjip;

namespace {

std::string normalized(std::string_view text) {
  std::string out;
  for (NormalizedText reading(text); !reading.done();)
    out += reading.next();
  return out;
}

}  // namespace

TEST_CASE("a name is compared in lower case, its runs of spaces as one, its ends trimmed") {
  CHECK(normalized("  Jumlah   DOKUMEN Perencanaan ") == "jumlah dokumen perencanaan");
  CHECK(normalized("ABCDEFGHIJKLMNOPQRSTUVWXYZ @[`{") == "abcdefghijklmnopqrstuvwxyz @[`{");
  CHECK(normalized("") == "");
  CHECK(normalized("   ") == "");
  CHECK(read_the_same("Indeks  Kepuasan Masyarakat", "indeks kepuasan masyarakat "));
  CHECK_FALSE(read_the_same("Indeks Kepuasan", "Indeks Kepuasan Masyarakat"));
}

TEST_CASE("only A to Z are lowered: the bytes of other letters are compared as written") {
  // As std::tolower in the "C" locale: UTF-8's bytes (Ä is C3 84, ä is C3 A4) stay as they are.
  CHECK(normalized("ÄRZTE") == "Ärzte");
  CHECK_FALSE(read_the_same("Ä", "ä"));
  CHECK(normalized("\x7F\xC0\xDA") == "\x7F\xC0\xDA");
}
