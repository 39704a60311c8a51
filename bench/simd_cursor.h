// simdjson's On-Demand parser (Debian's libsimdjson) behind the pull interface the JSON reader
// asks its cursor for (src/readers/json/json_cursor.h): what simdjson would cost as the reader's
// parser. Issue 18 built the reader's fast path on it (branch simd18: the reader a template over
// its cursor, the strict cursor reading a text again at any doubt) and measured it no faster
// than lkjip's own cursor end to end; it stays here, in bench/, so that the walk can be measured
// again beside the own cursor's (lkjip_cursor_floor --simd). It reads only a text it is sure
// of: at anything that is not plain, valid JSON it throws GiveUp.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "json_cursor.h"

namespace lkjip {

class SimdCursor {
 public:
  using Kind = JsonCursor::Kind;

  // Thrown where the fast path stops: the text is to be read by JsonCursor.
  struct GiveUp {};

  // `readable`: how many bytes from text.data() may be read; simdjson reads up to 64 bytes past
  // the end of the text (a text with less is copied into a buffer that has them).
  SimdCursor(std::string_view text, std::size_t readable);
  ~SimdCursor();
  SimdCursor(const SimdCursor&) = delete;
  SimdCursor& operator=(const SimdCursor&) = delete;

  Kind peek();
  std::size_t read_up_to();

  void read_null();
  bool read_boolean();
  // The number's text exactly as written, checked against JSON's number grammar.
  std::string_view read_number();
  // The decoded string; the view is valid while the cursor is.
  std::string_view read_string();

  void begin_object();
  bool next_member(std::string_view* key);
  std::size_t key_offset() const { return key_offset_; }
  void begin_array();
  bool next_item();

  // The fast path passes nothing over unread: it gives up.
  [[noreturn]] void skip_value();
  void finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::size_t key_offset_ = 0;
};

// Whether `text` is one number as JSON writes it: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool is_json_number(std::string_view text);

}  // namespace lkjip
