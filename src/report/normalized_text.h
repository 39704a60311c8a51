// Names and units as check compares them: the same words whatever their case and the runs of
// blanks between them. Internal to the report.
#pragma once

#include <cstddef>
#include <string_view>

namespace lkjip {

// The characters of a name as it is compared: lower case, spaces at its ends dropped and runs
// of them inside it read as one space ("Jumlah  Dokumen " reads "jumlah dokumen").
class NormalizedText {
 public:
  explicit NormalizedText(std::string_view text) : text_(text) { skip_blanks(); }

  bool done() const { return !pending_space_ && at_ == text_.size(); }

  char next() {
    if (pending_space_) {
      pending_space_ = false;
      return ' ';
    }
    const char c = text_[at_++];
    skip_blanks();
    return ascii_lower(c);
  }

 private:
  // std::tolower in the "C" locale, which lkjip never changes: A-Z only, and no call into the
  // C library's locale for each character of every name a large report holds.
  static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
  static bool blank(char c) { return c == ' '; }

  // After a character: a run of blanks is one space, unless it ends the text.
  void skip_blanks() {
    const std::size_t start = at_;
    while (at_ < text_.size() && blank(text_[at_]))
      ++at_;
    pending_space_ = at_ > start && start > 0 && at_ < text_.size();
  }

  std::string_view text_;
  std::size_t at_ = 0;
  bool pending_space_ = false;
};

inline bool read_the_same(std::string_view a, std::string_view b) {
  NormalizedText left(a);
  NormalizedText right(b);
  while (!left.done() && !right.done()) {
    if (left.next() != right.next()) return false;
  }
  return left.done() && right.done();
}

}  // namespace lkjip
