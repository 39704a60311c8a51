#include "lkjip/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <deque>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>

#include "json_cursor.h"
#include "json_document.h"
#include "json_fields.h"
#include "json_loader.h"
#include "json_source_map.h"
#include "lkjip/byte_words.h"
#include "lkjip/error.h"
#include "lkjip/fields.h"
#include "lkjip/input_messages.h"
#include "lkjip/suggest.h"
#include "lkjip/validate.h"
#include "number_text.h"
#include "printed_value.h"
#include "quantity_text.h"
#include "read_file.h"
#include "reader_messages.h"

namespace lkjip {
namespace {

using Kind = JsonCursor::Kind;

using json::Object;

// An indicator of an activity or a sub-activity gives no figures to compare with: these members
// (bits of json::members(kIndicator)), made once.
constexpr Field kViewFields[] = {Field::kHistory, Field::kRenstra, Field::kRegional};
const std::uint32_t kIndicatorViews = json::members_of_fields(Object::kIndicator, kViewFields);

std::string join(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view word : words) {
    if (!out.empty()) out += ", ";
    out += word;
  }
  return out;
}

// The amount a JSON number's digits write, or nullopt beyond kMaxRupiah. A loop: std::from_chars
// is made for every base, and every amount of a report is read through this.
std::optional<Rupiah> rupiah_of_digits(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  constexpr auto kMax = static_cast<std::uint64_t>(kMaxRupiah);
  std::uint64_t value = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (value > (kMax - digit) / 10) return std::nullopt;
    value = value * 10 + digit;
  }
  return static_cast<Rupiah>(value);
}

// A JSON number written without a fraction or an exponent. A loop: find_first_of calls memchr
// on the three bytes for each digit, and every amount of a report is read through this.
bool is_whole(std::string_view number) {
  return std::none_of(number.begin(), number.end(),
                      [](char c) { return c == '.' || c == 'e' || c == 'E'; });
}

// The items of an array as they are read, gathered in a list kept for the next array of their
// kind at their depth (its room used again), then moved into a vector made to their number: one
// allocation, where growing the vector item by item took up to four for a few items and
// shrinking it to their number one more. A list that grew large lets its room go.
template <typename T>
class Gathered {
 public:
  Gathered() : pool_(pool()) {
    if (pool_.depth == pool_.lists.size()) pool_.lists.emplace_back();
    list_ = &pool_.lists[pool_.depth++];
  }
  ~Gathered() {
    constexpr std::size_t kKeptRoom = 256;  // items
    if (list_->capacity() > kKeptRoom) {
      std::vector<T>().swap(*list_);
    } else {
      list_->clear();
    }
    --pool_.depth;
  }
  Gathered(const Gathered&) = delete;
  Gathered& operator=(const Gathered&) = delete;

  std::vector<T>& list() { return *list_; }
  std::vector<T> take() {
    return std::vector<T>(std::make_move_iterator(list_->begin()),
                          std::make_move_iterator(list_->end()));
  }

 private:
  // Per thread (files are read on several), a list for each depth of arrays of T being read
  // (a deque: a list stays where it is while deeper ones are added).
  struct Pool {
    std::deque<std::vector<T>> lists;
    std::size_t depth = 0;
  };
  static Pool& pool() {
    thread_local Pool pool;
    return pool;
  }

  Pool& pool_;
  std::vector<T>* list_ = nullptr;
};

// What the file says that the model cannot hold: at the JSON Pointer `path`, or at the key that
// starts at `key_offset` (an unknown or repeated field).
struct ReadProblem {
  std::string path;
  Text message;
  std::size_t key_offset = std::string_view::npos;
};

// Streams a JSON text into the model, value by value in file order. A value that is not what the
// format allows is a problem, passed over so that the reading goes on: every problem of the file
// is found in one reading. Whether the model's rules hold is validate()'s to say, after.
// Positions are looked up only when there are problems to report.
class ReportReader {
 public:
  // `passed(offset)`: told, now and then, that the text before `offset` is read.
  ReportReader(std::string_view text, std::function<void(std::size_t)> passed = nullptr)
      : text_(text), cursor_(text), passed_(std::move(passed)) {}

  // The model of what could be read; problems() says what could not.
  PerformanceReport read();
  const std::vector<ReadProblem>& problems() const { return problems_; }

 private:
  class Members;

  // One step of the path to the value being read: a member's key (the format's own spelling,
  // which outlives the reader), or an array's index when the key is empty.
  struct Step {
    std::string_view key;
    std::size_t index = 0;
  };

  // Appends one array index to the path for as long as an item is being read.
  class ItemScope {
   public:
    ItemScope(ReportReader& reader, std::size_t index)
        : reader_(reader), length_(reader.steps_.size()) {
      reader.steps_.push_back(Step{{}, index});
    }
    ~ItemScope() { reader_.truncate_steps(length_); }
    ItemScope(const ItemScope&) = delete;
    ItemScope& operator=(const ItemScope&) = delete;

   private:
    ReportReader& reader_;
    std::size_t length_;
  };

  void problem_at(std::string path, Text message, std::size_t key_offset = std::string_view::npos) {
    problems_.push_back(ReadProblem{std::move(path), std::move(message), key_offset});
  }
  // The JSON Pointer of the value being read (of its first `depth` steps): spelled only when a
  // problem needs it, not for every value read. No key of the format holds '~' or '/', which a
  // pointer would escape.
  std::string path(std::size_t depth) const {
    std::string out;
    for (std::size_t i = 0; i < depth; ++i) {
      out += '/';
      if (steps_[i].key.empty()) {
        out += std::to_string(steps_[i].index);
      } else {
        out += steps_[i].key;
      }
    }
    return out;
  }
  std::string path() const { return path(steps_.size()); }

  // A problem with the value being read (path()).
  void problem(Text message) { problem_at(path(), std::move(message)); }

  // What the next value is, for "expected ..., found ..." (reads it when it is a scalar).
  Text describe_next() {
    switch (cursor_.peek()) {
      case Kind::kNull:
        return verbatim("null");
      case Kind::kBoolean:
        return verbatim(cursor_.read_boolean() ? "true" : "false");
      case Kind::kNumber:
        return say(ReaderMessage::kFoundNumber, clipped(cursor_.read_number().text));
      case Kind::kString:
        return say(ReaderMessage::kFoundString, clipped(cursor_.read_string()));
      case Kind::kArray:
        return say(ReaderMessage::kFoundArray);
      case Kind::kObject:
        return say(ReaderMessage::kFoundObject);
    }
    return say(ReaderMessage::kFoundValue);
  }

  // Whether the next value is of `kind`; if not, a problem, and the value is passed over.
  bool expect(Kind kind, const Text& expected) {
    const Kind found = cursor_.peek();
    if (found == kind) return true;
    problem(say(ReaderMessage::kExpectedFound, expected, describe_next()));
    if (found == Kind::kArray || found == Kind::kObject) cursor_.skip_value();
    return false;
  }
  // The same, the message spelled only on a problem (not for every value read), out of line.
  [[gnu::always_inline]] bool expect(Kind kind, ReaderMessage expected) {
    return cursor_.peek() == kind || unexpected(kind, expected);
  }
  [[gnu::noinline, gnu::cold]] bool unexpected(Kind kind, ReaderMessage expected) {
    return expect(kind, say(expected));
  }

  // Whether the next value is a number; a number written as a string the Indonesian way
  // ("84,12", "1.000.000") is a problem that says how to write it for a `column` of that kind.
  bool expect_number(const Text& expected, NumberColumn column) {
    if (cursor_.peek() != Kind::kString) return expect(Kind::kNumber, expected);
    const std::string_view text = cursor_.read_string();
    Text message = say(ReaderMessage::kExpectedFoundString, expected, clipped(text));
    if (const Text hint = json_number_hint(text, column); !hint.english.empty()) {
      message = joined(message, joined(verbatim("; "), hint));
    }
    problem(std::move(message));
    return false;
  }
  bool expect_number(ReaderMessage expected, NumberColumn column) {
    return cursor_.peek() == Kind::kNumber || expect_number(say(expected), column);
  }

  [[gnu::always_inline]] bool take_null() {
    if (cursor_.peek() != Kind::kNull) return false;
    cursor_.read_null();
    return true;
  }

  // Each reads the next value; one that is not what is expected is a problem and reads as
  // nothing (an empty text, zero, nullopt), which no model is computed from: the file is
  // refused once it is read.
  std::string read_text() { return std::string(next_text()); }
  // The text read_text() reads, as a view good until the cursor reads on: a value of the model
  // is made from it at once (no std::string made and dropped on the way).
  std::string_view next_text();
  void read_text_into(CompactString& text);
  bool read_boolean();
  std::optional<long long> read_whole_number(long long min, long long max, ReaderMessage what);
  int read_year(int earliest, int latest);
  std::optional<Rupiah> read_rupiah();
  Quantity read_count();
  Quantity read_quantity();
  Quantity quantity_from(const JsonNumber& number);
  Quantity read_bound();
  // A text that must be one of `choices` (quoted and joined by "or" in a problem); nullopt, and
  // a problem, for anything else. `not_text`: what a problem says was expected when the value
  // is no text at all.
  std::optional<std::string_view> read_choice(std::span<const std::string_view> choices,
                                              const Text& not_text);
  std::optional<std::string_view> read_choice(std::span<const std::string_view> choices);
  // Reads the text that comes next, which peek() has said is a string, as one of `choices`.
  std::optional<std::string_view> choice_of(std::span<const std::string_view> choices);
  // The value of a member that is a value of the model, read as its field's kind says; on a
  // problem, what the model holds when the file gives nothing.
  FieldValue read_value(const json::Member& member);
  // Reads the value of a member that `record` keeps in a place of its own (text_place,
  // decimal_place, amount_place) straight into it, as read_value() and set() would: true; false,
  // with nothing read, when it has no such place.
  template <class Record>
  bool read_in_place(Record& record, const json::Member& member);
  // Reads the object that comes next into `record`: each member that is a value of the model
  // through set(), each other one by `other(member)` (a list, a nested object, a value read its
  // own way), which says whether it read it. Then what the object requires and lacks is a
  // problem. `excluded`: members the format has but not here (as Members takes them).
  template <class Record, class Other>
  void read_object(Object object, Record& record, Other other, std::uint32_t excluded = 0);
  template <class Record>
  void read_object(Object object, Record& record) {
    read_object(object, record, [](const json::Member&) { return false; });
  }

  // `with_views`: the indicator may give history, Renstra and regional figures (key and
  // program indicators, the ones chapter III compares). `owner`, `place`: where the object
  // that holds them is, where the one being read is.
  Indicator read_indicator(bool with_views, const Place& place);
  std::vector<Indicator> read_indicators(bool with_views, const Place& owner);
  std::vector<IndexComponent> read_components();
  std::vector<PastYear> read_history();
  RenstraTarget read_renstra();
  RegionalFigures read_regional();
  std::vector<PeriodFigures> read_periods();
  TargetRange read_target_range();
  QualitativeFigures read_qualitative();
  RatioCounts read_ratio();
  Staff read_staff();
  std::vector<Facility> read_facilities();
  std::vector<PrintedFigure> read_printed();
  std::vector<Claim> read_claims();
  std::vector<StatedScale> read_stated_scales();
  void read_claim_value(Claim& claim);
  SakipEvaluation read_sakip();
  Budget read_budget(bool program_level);
  SubActivity read_sub_activity(const Place& place);
  Activity read_activity(const Place& place);
  Program read_program(const Place& place);
  Objective read_objective(const Place& place);
  Settings read_settings();
  RatingBand read_band();
  std::vector<RatingBand> read_scale();
  bool read_root_member(const json::Member& member, PerformanceReport& report);
  void read_printed_value(PrintedFigure& figure, std::optional<std::string>& words);
  void read_aggregate_of(PrintedFigure& figure);
  template <class Level>
  bool read_level_member(const json::Member& member, Level& level, const Place& place,
                         bool program_level);

  // Calls read_item(index) for each item of the array that comes next.
  template <typename ReadItem>
  void for_each_item(ReaderMessage expected, ReadItem read_item) {
    if (!expect(Kind::kArray, expected)) return;
    cursor_.begin_peeked_container();
    for (std::size_t i = 0; cursor_.next_item(); ++i) {
      const ItemScope scope(*this, i);
      read_item(i);
      if (passed_) passed_(cursor_.read_up_to());
    }
  }

  // The items, in a vector of their number: the model is kept while the report is evaluated
  // and written.
  template <typename T, typename ReadItem>
  std::vector<T> read_array(ReaderMessage expected, ReadItem read_item) {
    Gathered<T> items;
    for_each_item(expected, [&](std::size_t i) { items.list().push_back(read_item(i)); });
    return items.take();
  }

  // Each kind of object's members and the bits of those it requires (json::members and
  // json::required_members, looked up once per process and not for each object read), and the
  // order the file gives them in, learnt as it is read: for each member, the one that came after
  // it last (at first the one after it in the format's table). A file writes its objects of a
  // kind alike, so that the next key is mostly known before it is read, and compared rather than
  // scanned and looked up.
  class ObjectKinds {
   public:
    static constexpr std::size_t kStart = json::kMaxMembers;  // before the first member
    struct Members {
      std::span<const json::Member> all;
      std::uint32_t required = 0;
    };
    ObjectKinds() : next_(tables().first_orders) {}
    const Members& members(Object object) const {
      return tables().members[static_cast<std::size_t>(object)];
    }
    // The row of `object`'s members (indices of json::members(object)), and kStart's.
    std::uint8_t* next_of(Object object) { return next_[static_cast<std::size_t>(object)].data(); }

   private:
    using Rows = std::array<std::array<std::uint8_t, json::kMaxMembers + 1>, json::kObjectCount>;
    struct Tables {
      std::array<Members, json::kObjectCount> members;
      Rows first_orders{};  // the format's order; kStart's: 0, the first member
    };
    static const Tables& tables() {
      static const Tables made = [] {
        Tables out;
        for (std::size_t object = 0; object < json::kObjectCount; ++object) {
          const auto kind = static_cast<Object>(object);
          out.members[object] = Members{json::members(kind), json::required_members(kind)};
          const std::size_t n = out.members[object].all.size();
          for (std::size_t i = 0; i < n; ++i)
            out.first_orders[object][i] = static_cast<std::uint8_t>(i + 1 == n ? 0 : i + 1);
        }
        return out;
      }();
      return made;
    }
    Rows next_;
  };

  std::string_view text_;
  JsonCursor cursor_;
  std::function<void(std::size_t)> passed_;
  ObjectKinds kinds_;
  // The path to the value being read, a step for each member and each item: as deep as the
  // format nests (a dozen steps), which a fixed array holds without a check of its capacity
  // or a call for every value read. What is passed over unread takes no step.
  class Steps {
   public:
    static constexpr std::size_t kMax = 64;
    std::size_t size() const { return size_; }
    const Step& operator[](std::size_t i) const { return steps_[i]; }
    void push_back(Step step) {
      if (size_ == kMax) throw std::logic_error("the reader's path is deeper than the format");
      steps_[size_++] = step;
    }
    // Back to the first `length` steps (at most as many as there are).
    void truncate(std::size_t length) { size_ = length; }

   private:
    std::array<Step, kMax> steps_;
    std::size_t size_ = 0;
  };
  Steps steps_;
  void truncate_steps(std::size_t length) { steps_.truncate(length); }
  std::vector<ReadProblem> problems_;
};

// The members of one JSON object, read in file order and checked against the members the format
// allows there (json_fields.cc): an unknown or repeated key is a problem where it stands, and its
// value is passed over. A value that is no object at all is a problem and has no members.
class ReportReader::Members {
 public:
  // `excluded`: the members the format has but not here, bit i for json::members(object)[i].
  Members(ReportReader& reader, Object object, std::uint32_t excluded = 0)
      : reader_(reader),
        members_(reader.kinds_.members(object).all),
        excluded_(excluded),
        base_(reader.steps_.size()),
        required_(reader.kinds_.members(object).required),
        next_of_(reader.kinds_.next_of(object)) {
    guess_ = next_of_[ObjectKinds::kStart];
    is_object_ = reader.expect(Kind::kObject, ReaderMessage::kExpectObject);
    if (is_object_) reader.cursor_.begin_peeked_container();
  }

  // Moves to the next member the format allows and makes the reader's path name it; false after
  // the last one.
  bool next() {
    if (!is_object_) return false;
    for (;;) {
      reader_.truncate_steps(base_);
      std::string_view key;
      bool guessed = false;
      const std::string_view guess = allowed(guess_) ? members_[guess_].key : std::string_view();
      if (!reader_.cursor_.next_member(&key, guess, &guessed)) return false;
      const std::size_t found = guessed ? guess_ : find(key);
      if (found == members_.size() || (seen_ & bit(found)) != 0) {
        pass_over(key, found);
        continue;
      }
      current_ = found;
      next_of_[previous_] = static_cast<std::uint8_t>(found);  // learnt for the next such object
      previous_ = found;
      guess_ = next_of_[found];
      seen_ |= bit(current_);
      key_offsets_[current_] = reader_.cursor_.key_offset();
      reader_.steps_.push_back(Step{members_[current_].key});
      return true;
    }
  }

  const json::Member& member() const { return members_[current_]; }
  std::string_view key() const { return member().key; }

  bool seen(std::string_view key) const {
    for (std::size_t i = 0; i < members_.size(); ++i) {
      if (members_[i].key == key) return (seen_ & bit(i)) != 0;
    }
    return false;
  }

  // A required member the object lacks is a problem: none when the value was no object, nor
  // when an unknown member was taken for a misspelling of it ("targte": did you mean "target"?).
  void require(std::string_view key, const Text& hint = {}) const {
    if (!is_object_ || seen(key)) return;
    if (std::find(suggested_.begin(), suggested_.end(), key) != suggested_.end()) return;
    reader_.problem_at(object_path(), hint.english.empty()
                                          ? say(ReaderMessage::kMissingField, key)
                                          : say(ReaderMessage::kMissingFieldHint, key, hint));
  }
  // Every member the format requires here: null is the value of one the report gives none.
  // One that another member stands for is not needed when that one is given. Nothing is
  // spelled out unless a member is missing: this runs for every object of a large file.
  void require_all() const {
    if ((required_ & ~seen_) == 0) return;  // every required member given, as most objects do
    for (std::size_t i = 0; i < members_.size(); ++i) {
      const json::Member& m = members_[i];
      if (!m.required || (seen_ & bit(i)) != 0 || !allowed(i)) continue;
      if (std::any_of(m.unless.begin(), m.unless.end(),
                      [&](std::string_view other) { return !other.empty() && seen(other); })) {
        continue;
      }
      Text hint = m.nullable ? say(ReaderMessage::kNullHint) : Text{};
      std::string alternatives;
      for (std::string_view other : m.unless) {
        if (other.empty()) continue;
        alternatives += alternatives.empty() ? "\"" : ", \"";
        alternatives += std::string(other) + "\"";
      }
      if (!alternatives.empty()) {
        hint = joined(hint, say(ReaderMessage::kOrGiveOneOf, alternatives));
      }
      require(m.key, hint);
    }
  }

  std::string object_path() const { return reader_.path(base_); }
  std::string path(std::string_view key) const { return append_pointer(object_path(), key); }

 private:
  // Whether members_[index] is allowed here (not excluded).
  bool allowed(std::size_t index) const { return (excluded_ & bit(index)) == 0; }

  // A member the format does not allow here (`found` is members_.size()) or one given again: a
  // problem where its key stands, and its value passed over. Out of the way of next().
  [[gnu::noinline, gnu::cold]] void pass_over(std::string_view key, std::size_t found) {
    const std::size_t key_offset = reader_.cursor_.key_offset();
    if (found == members_.size()) {
      unknown(key, key_offset);
    } else {
      const int first_line = position_at(reader_.text_, key_offsets_[found]).line;
      reader_.problem_at(append_pointer(object_path(), key),
                         say(ReaderMessage::kDuplicateKey, key, first_line), key_offset);
    }
    reader_.cursor_.skip_value();
  }

  // The index of the allowed member named `key`, or members_.size(). A file mostly gives the
  // members in the order the writer writes them: the search starts after the last one found,
  // and compares the length before the bytes (no two keys of an object are the same, so where
  // it starts does not change what it finds).
  std::size_t find(std::string_view key) const {
    const std::size_t n = members_.size();
    for (std::size_t k = 0, i = guess_; k < n; ++k, i = i + 1 == n ? 0 : i + 1) {
      const json::Member& m = members_[i];
      if (m.key.size() == key.size() && words::same_bytes(m.key.data(), key.data(), key.size()) &&
          allowed(i)) {
        return i;
      }
    }
    return n;
  }

  void unknown(std::string_view key, std::size_t key_offset) {
    std::vector<std::string_view> candidates;
    for (std::size_t i = 0; i < members_.size(); ++i) {
      if (allowed(i)) candidates.push_back(members_[i].key);
    }
    Text then;
    if (const auto suggestion = closest(key, candidates)) {
      then = say(ReaderMessage::kDidYouMean, *suggestion);
      suggested_.push_back(*suggestion);
    } else {
      then = say(ReaderMessage::kAllowedHere, join(candidates));
    }
    // A long key (a hostile file's may be megabytes) is quoted by its first characters and its
    // length, in the message and in the path, so that the message stays one short line.
    constexpr std::size_t kShownKey = 60;
    if (characters_of(key) <= kShownKey) {
      reader_.problem_at(path(key), say(ReaderMessage::kUnknownField, key, then), key_offset);
      return;
    }
    std::size_t end = 0;
    for (std::size_t shown = 0; shown < kShownKey; ++shown) {
      do {
        ++end;
      } while (end < key.size() && (static_cast<unsigned char>(key[end]) & 0xC0) == 0x80);
    }
    const std::string_view head = key.substr(0, end);
    reader_.problem_at(path(std::string(head) + "…"),
                       say(ReaderMessage::kUnknownLongField, head, characters_of(key), then),
                       key_offset);
  }

  // A member's bit in seen_ and required_, by its index in members_.
  static std::uint32_t bit(std::size_t index) { return std::uint32_t{1} << index; }
  static_assert(json::kMaxMembers <= 32);

  ReportReader& reader_;
  std::span<const json::Member> members_;
  std::uint32_t excluded_;
  std::size_t base_;
  bool is_object_ = false;
  std::vector<std::string_view> suggested_;  // members that unknown keys were taken for
  std::size_t current_ = 0;
  std::uint32_t seen_ = 0;      // the members read, a bit each
  std::uint32_t required_ = 0;  // the members the format requires here
  // The member likely to come next (tried first, and where find() starts): the one that came
  // after the member last found (`previous_`, ObjectKinds::kStart before the first) in the object
  // of this kind read last (`next_of_`, the reader's row for this kind).
  std::uint8_t* next_of_;
  std::size_t previous_ = ObjectKinds::kStart;
  std::size_t guess_ = 0;
  // Where each member seen was, for a repeat's message: read only where seen_ is set, so left
  // unset (zeroing it was a fifth of making an object's Members).
  std::array<std::size_t, json::kMaxMembers> key_offsets_;
};

// Whether the text is one line of printable text, and not empty, is validate()'s to say: it is
// a rule of the model whatever file a name comes from.
std::string_view ReportReader::next_text() {
  if (!expect(Kind::kString, ReaderMessage::kExpectString)) return {};
  return cursor_.read_peeked_string();
}

// The same into `text`, which keeps whether the cursor found it free of control characters: for
// a name on the heap, validate() then need not look at it again.
[[gnu::always_inline]] inline void ReportReader::read_text_into(CompactString& text) {
  if (!expect(Kind::kString, ReaderMessage::kExpectString)) {
    text.clear();
    return;
  }
  bool without_controls = false;
  const std::string_view read = cursor_.read_peeked_string(&without_controls);
  if (without_controls) {
    text.assign_without_controls(read);
  } else {
    text = read;
  }
}

bool ReportReader::read_boolean() {
  if (!expect(Kind::kBoolean, ReaderMessage::kExpectBoolean)) return false;
  return cursor_.read_boolean();
}

std::optional<long long> ReportReader::read_whole_number(long long min, long long max,
                                                         ReaderMessage what) {
  if (!expect_number(what, NumberColumn::kWhole)) return std::nullopt;
  const JsonNumber number = cursor_.read_number();
  if (number.plain && number.plain->decimals == 0) {  // most are: no second look at the text
    const auto magnitude = static_cast<long long>(number.plain->digits);  // below 10^18
    const long long value = number.plain->negative ? -magnitude : magnitude;
    if (value >= min && value <= max) return value;
  }
  const std::string_view text = number.text;
  if (!is_whole(text)) {
    problem(say(ReaderMessage::kExpectedFound, say(what),
                say(ReaderMessage::kFoundNumber, clipped(text))));
    return std::nullopt;
  }
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    problem(say(ReaderMessage::kWholeNumberRange, say(what), min, max, clipped(text)));
    return std::nullopt;
  }
  return value;
}

int ReportReader::read_year(int earliest, int latest) {
  return static_cast<int>(
      read_whole_number(earliest, latest, ReaderMessage::kExpectWholeYear).value_or(0));
}

std::optional<Rupiah> ReportReader::read_rupiah() {
  if (!expect_number(ReaderMessage::kExpectRupiah, NumberColumn::kRupiah)) return std::nullopt;
  const JsonNumber number = cursor_.read_number();
  if (number.plain && number.plain->decimals == 0 && !number.plain->negative) {
    static_assert(kMaxRupiah >= 999'999'999'999'999'999, "18 digits are an amount");
    return static_cast<Rupiah>(number.plain->digits);
  }
  const std::string_view text = number.text;
  if (!is_whole(text)) {
    problem(say(ReaderMessage::kExpectedFound, say(ReaderMessage::kExpectRupiah), clipped(text)));
    return std::nullopt;
  }
  if (text.front() == '-') {
    problem(say(ReaderMessage::kNonNegativeRupiah, clipped(text)));
    return std::nullopt;
  }
  const std::optional<Rupiah> value = rupiah_of_digits(text);
  if (!value) problem(say(ReaderMessage::kRupiahTooLarge, kMaxRupiah));
  return value;
}

// A count of people or things: a whole number, zero or more.
Quantity ReportReader::read_count() {
  const long long count =
      read_whole_number(0, 1'000'000'000'000LL, ReaderMessage::kExpectWholeCount).value_or(0);
  return Quantity{Rational(count), 0};
}

Quantity ReportReader::read_quantity() {
  if (!expect_number(ReaderMessage::kExpectNumber, NumberColumn::kDecimal)) return Quantity{};
  return quantity_from(cursor_.read_number());
}

// The number as written, refused beyond the supported digits rather than rounded.
Quantity ReportReader::quantity_from(const JsonNumber& number) {
  std::optional<Quantity> quantity =
      number.plain ? exact_quantity(*number.plain) : exact_quantity(number.text);
  if (!quantity) {
    problem(quantity_refusal(number.text));
    return Quantity{};
  }
  return std::move(*quantity);
}

// A bound of a scale, the floor or the cap: what is rated is a figure as printed, with
// kPercentDecimals decimals, so a finer bound could leave a printed score without a band.
Quantity ReportReader::read_bound() {
  if (!expect_number(ReaderMessage::kExpectNumber, NumberColumn::kDecimal)) return Quantity{};
  const JsonNumber number = cursor_.read_number();
  Quantity bound = quantity_from(number);
  if (bound.decimals > kPercentDecimals) {
    problem(say(ReaderMessage::kBoundDecimals, kPercentDecimals, clipped(number.text)));
  }
  return bound;
}

std::optional<std::string_view> ReportReader::read_choice(std::span<const std::string_view> choices,
                                                          const Text& not_text) {
  if (!expect(Kind::kString, not_text)) return std::nullopt;
  return choice_of(choices);
}

std::optional<std::string_view> ReportReader::read_choice(
    std::span<const std::string_view> choices) {
  if (!expect(Kind::kString, ReaderMessage::kExpectString)) return std::nullopt;
  return choice_of(choices);
}

std::optional<std::string_view> ReportReader::choice_of(std::span<const std::string_view> choices) {
  const std::string_view text = cursor_.read_peeked_string();
  Text expected;
  for (std::string_view choice : choices) {
    if (text == choice) return choice;
    if (!expected.english.empty()) expected = joined(expected, say(ReaderMessage::kOr));
    expected = joined(expected, verbatim("\"" + std::string(choice) + "\""));
  }
  problem(say(ReaderMessage::kExpectedFoundString, expected, clipped(text)));
  return std::nullopt;
}

FieldValue ReportReader::read_value(const json::Member& member) {
  if (member.nullable && take_null()) return {};
  const Field field = member.field;
  switch (kind_of(field)) {
    case FieldKind::kText:
      return CompactString(next_text());
    case FieldKind::kDecimal:
      return read_quantity();
    case FieldKind::kRupiah:
      if (const auto rupiah = read_rupiah()) return *rupiah;
      return {};
    case FieldKind::kYear: {
      const WholeRange range = whole_range(field);
      return static_cast<long long>(
          read_year(static_cast<int>(range.min), static_cast<int>(range.max)));
    }
    case FieldKind::kCount:
      return read_count();
    case FieldKind::kChoice:
      if (const auto name = read_choice(choices(field))) {
        return Choice{choice_index(field, *name)};
      }
      return {};
    case FieldKind::kYesNo:
      return read_boolean();
    case FieldKind::kWhole: {
      const WholeRange range = whole_range(field);
      if (const auto whole = read_whole_number(range.min, range.max, ReaderMessage::kExpectWhole)) {
        return *whole;
      }
      return {};
    }
  }
  return {};
}

template <class Record>
bool ReportReader::read_in_place(Record& record, const json::Member& member) {
  const Field field = member.field;
  switch (kind_of(field)) {
    case FieldKind::kText:
      if (CompactString* text = text_place(record, field)) {
        if (member.nullable && take_null()) {
          text->clear();
        } else {
          read_text_into(*text);
        }
        return true;
      }
      return false;
    case FieldKind::kDecimal:
      if (OptionalQuantity* decimal = decimal_place(record, field)) {
        if (member.nullable && take_null()) {
          decimal->reset();
        } else {
          decimal->emplace(read_quantity());
        }
        return true;
      }
      return false;
    case FieldKind::kRupiah:
      if (OptionalAmount* amount = amount_place(record, field)) {
        std::optional<Rupiah> rupiah;
        if (!member.nullable || !take_null()) rupiah = read_rupiah();
        *amount = rupiah ? OptionalAmount(Amount{*rupiah}) : OptionalAmount();
        return true;
      }
      return false;
    default:
      return false;
  }
}

template <class Record, class Other>
void ReportReader::read_object(Object object, Record& record, Other other, std::uint32_t excluded) {
  Members members(*this, object, excluded);
  while (members.next()) {
    const json::Member& member = members.member();
    if (other(member)) continue;
    if constexpr (requires { set(record, member.field, FieldValue{}); }) {
      if (is_value_field(member.field)) {
        if (!read_in_place(record, member)) set(record, member.field, read_value(member));
        continue;
      }
    }
    throw std::logic_error("the member " + std::string(member.key) + " is read by no code");
  }
  members.require_all();
}

Indicator ReportReader::read_indicator(bool with_views, const Place& place) {
  Indicator indicator;
  indicator.source = place;
  // But the note, which is the indicator's value; made once one is given (most give none).
  std::optional<IndicatorDetails> given;
  read_object(
      Object::kIndicator, indicator,
      [&](const json::Member& member) {
        const auto details = [&]() -> IndicatorDetails& {
          return given ? *given : given.emplace();
        };
        switch (member.field) {
          case Field::kComponents:
            details().components = read_components();
            return true;
          case Field::kHistory:
            details().history = read_history();
            return true;
          case Field::kRenstra:
            details().renstra = read_renstra();
            return true;
          case Field::kRegional:
            details().regional = read_regional();
            return true;
          case Field::kPeriods:
            details().periods = read_periods();
            return true;
          case Field::kTargetRange:
            details().target_range = read_target_range();
            return true;
          case Field::kQualitative:
            details().qualitative = read_qualitative();
            return true;
          case Field::kRatio:
            details().ratio = read_ratio();
            return true;
          default:
            return false;
        }
      },
      with_views ? 0 : kIndicatorViews);
  if (given) {
    // What set() put in the indicator's own details: its note, period rule and decimals.
    const IndicatorDetails& own = details_of(indicator);
    given->note = own.note;
    given->period_rule = own.period_rule;
    given->decimals = own.decimals;
    indicator.details = std::make_shared<const IndicatorDetails>(std::move(*given));
  }
  return indicator;
}

std::vector<Indicator> ReportReader::read_indicators(bool with_views, const Place& owner) {
  return read_array<Indicator>(ReaderMessage::kExpectArray, [&](std::size_t i) {
    return read_indicator(with_views, owner.item(Place::List::kIndicators, i));
  });
}

std::vector<IndexComponent> ReportReader::read_components() {
  auto components = read_array<IndexComponent>(ReaderMessage::kExpectComponents, [&](std::size_t) {
    IndexComponent component;
    read_object(Object::kComponent, component);
    return component;
  });
  if (components.empty()) problem(say(ReaderMessage::kComponentsNeeded));
  return components;
}

std::vector<PastYear> ReportReader::read_history() {
  return read_array<PastYear>(ReaderMessage::kExpectPastYears, [&](std::size_t) {
    PastYear past;
    read_object(Object::kPastYear, past);  // a year after the report's: validate() says
    return past;
  });
}

std::vector<PeriodFigures> ReportReader::read_periods() {
  return read_array<PeriodFigures>(ReaderMessage::kExpectPeriods, [&](std::size_t) {
    PeriodFigures figures;
    read_object(Object::kPeriodFigures, figures);  // their order and kind: validate() says
    return figures;
  });
}

TargetRange ReportReader::read_target_range() {
  TargetRange range;
  read_object(Object::kTargetRange, range);
  return range;
}

QualitativeFigures ReportReader::read_qualitative() {
  QualitativeFigures figures;
  read_object(Object::kQualitative, figures, [&](const json::Member& member) {
    if (member.field != Field::kScale) return false;
    figures.scale = read_array<ScaleCategory>(ReaderMessage::kExpectCategories, [&](std::size_t) {
      ScaleCategory category;
      read_object(Object::kCategory, category);
      return category;
    });
    return true;
  });
  return figures;
}

RatioCounts ReportReader::read_ratio() {
  RatioCounts ratio;
  read_object(Object::kRatio, ratio);
  return ratio;
}

RenstraTarget ReportReader::read_renstra() {
  RenstraTarget renstra{};
  read_object(Object::kRenstra, renstra, [&](const json::Member& member) {
    if (member.field != Field::kRenstraTargets) return false;
    // Their years, order and period: validate() says.
    renstra.targets =
        read_array<RenstraYearTarget>(ReaderMessage::kExpectYearTargets, [&](std::size_t) {
          RenstraYearTarget target;
          read_object(Object::kRenstraYear, target);
          return target;
        });
    return true;
  });
  return renstra;
}

RegionalFigures ReportReader::read_regional() {
  RegionalFigures figures;
  read_object(Object::kRegional, figures);
  return figures;
}

Staff ReportReader::read_staff() {
  Staff staff;
  read_object(Object::kStaff, staff);
  return staff;
}

std::vector<Facility> ReportReader::read_facilities() {
  return read_array<Facility>(ReaderMessage::kExpectItems, [&](std::size_t i) {
    Facility facility;
    facility.id = "F" + std::to_string(i + 1);
    facility.source = Place().item(Place::List::kFacilities, i);
    read_object(Object::kFacility, facility);
    return facility;
  });
}

// A printed value is a JSON number, or a text: the report's own notation of a number ("95,30",
// "Rp 2.696.606.251", "100%"), whose decimals no JSON tool can drop, or a rating or predicate.
// A text that looks like a number but is not one is a problem, never a rating. A text is kept as
// it is (`words`) and read once the whole entry is: the words of a name, a unit or a fact are
// never read as a number.
void ReportReader::read_printed_value(PrintedFigure& figure, std::optional<std::string>& words) {
  const Kind kind = cursor_.peek();
  if (kind == Kind::kString) {
    words = read_text();
  } else if (kind == Kind::kNumber) {
    figure.number = read_quantity();
  } else {
    const bool container = kind == Kind::kArray || kind == Kind::kObject;
    problem(say(ReaderMessage::kPrintedValueKind, describe_next()));
    if (container) cursor_.skip_value();
  }
}

// The figures an aggregate is made of: an array of names, or one name (a pattern).
void ReportReader::read_aggregate_of(PrintedFigure& figure) {
  if (cursor_.peek() == Kind::kString) {
    figure.of.push_back(read_text());
    return;
  }
  for_each_item(ReaderMessage::kExpectFigureNames,
                [&](std::size_t) { figure.of.push_back(read_text()); });
}

std::vector<PrintedFigure> ReportReader::read_printed() {
  return read_array<PrintedFigure>(ReaderMessage::kExpectPrintedFigures, [&](std::size_t i) {
    PrintedFigure figure;
    figure.source = Place().item(Place::List::kPrinted, i);
    std::string value_text;
    std::string decimals_path;
    std::string value_path;
    std::optional<std::string> words;
    read_object(Object::kPrinted, figure, [&](const json::Member& member) {
      if (member.field == Field::kDecimals) decimals_path = path();  // then read as a value
      if (member.field == Field::kAggregateOf) {
        read_aggregate_of(figure);
        return true;
      }
      if (member.field != Field::kPrintedValue) return false;
      value_path = path();
      read_printed_value(figure, words);
      return true;
    });
    if (words && is_printed_words(figure)) {
      figure.text = std::move(*words);
    } else if (words) {
      if (Text refused = read_printed_value_text(*words, figure); !refused.english.empty()) {
        problem_at(value_path, std::move(refused));
      } else if (figure.number) {
        value_text = std::move(*words);
      }
    }
    if (Text problem = settle_printed_decimals(figure, value_text); !problem.english.empty()) {
      problem_at(decimals_path, std::move(problem));
    }
    return figure;
  });
}

// A claimed number, or a text ("met", "BB", "up"); a number in quotes is refused, as a printed
// figure's is.
void ReportReader::read_claim_value(Claim& claim) {
  const Kind kind = cursor_.peek();
  if (kind == Kind::kString) {
    claim.text = read_text();
    if (const Text hint = json_number_hint(claim.text, NumberColumn::kDecimal);
        !hint.english.empty()) {
      problem(say(ReaderMessage::kClaimNumberText, clipped(claim.text), hint));
    }
  } else if (kind == Kind::kNumber) {
    claim.number = read_quantity();
  } else {
    const bool container = kind == Kind::kArray || kind == Kind::kObject;
    problem(say(ReaderMessage::kClaimValueKind, describe_next()));
    if (container) cursor_.skip_value();
  }
}

std::vector<Claim> ReportReader::read_claims() {
  return read_array<Claim>(ReaderMessage::kExpectClaims, [&](std::size_t i) {
    Claim claim;
    claim.source = Place().item(Place::List::kClaims, i);
    read_object(Object::kClaim, claim, [&](const json::Member& member) {
      if (member.field == Field::kClaimValue) {
        read_claim_value(claim);
      } else if (member.field == Field::kClaimIndicators) {
        claim.indicators = read_array<std::string>(ReaderMessage::kExpectIndicatorIds,
                                                   [&](std::size_t) { return read_text(); });
      } else {
        return false;
      }
      return true;
    });
    return claim;
  });
}

// A scale the report prints, its bands as printed: what they leave out or hold twice is
// `check`'s to find, not a problem of the file.
std::vector<StatedScale> ReportReader::read_stated_scales() {
  return read_array<StatedScale>(ReaderMessage::kExpectRatingScales, [&](std::size_t i) {
    StatedScale scale;
    scale.source = Place().item(Place::List::kStatedScales, i);
    read_object(Object::kStatedScale, scale, [&](const json::Member& member) {
      if (member.field != Field::kStatedBands) return false;
      scale.bands = read_scale();
      return true;
    });
    return scale;
  });
}

SakipEvaluation ReportReader::read_sakip() {
  SakipEvaluation sakip;
  sakip.predicate_scale = default_sakip_predicate_scale();
  read_object(Object::kSakip, sakip, [&](const json::Member& member) {
    if (member.field == Field::kSakipComponents) {
      sakip.components =
          read_array<SakipComponent>(ReaderMessage::kExpectArray, [&](std::size_t i) {
            SakipComponent component;
            component.source = Place().item(Place::List::kSakipComponents, i);
            read_object(Object::kSakipComponent, component);
            return component;
          });
    } else if (member.field == Field::kPredicateScale) {
      sakip.predicate_scale = read_scale();
      sakip.predicate_scale_given = true;
    } else {
      return false;
    }
    return true;
  });
  return sakip;
}

// A budget may give any of its amounts or none; a program's spending may be null, as files
// before budgets from below had to write when the report gives none.
Budget ReportReader::read_budget(bool program_level) {
  Budget budget;
  Members members(*this, Object::kBudget);
  while (members.next()) {
    const json::Member& member = members.member();
    if (program_level && member.field == Field::kSpending && take_null()) continue;
    if (member.field == Field::kSpendingPeriods) {
      budget.periods = read_array<SpendingPeriod>(ReaderMessage::kExpectPeriods, [&](std::size_t) {
        SpendingPeriod period;
        read_object(Object::kSpendingPeriod, period);  // their order and kind: validate() says
        return period;
      });
      continue;
    }
    if (!read_in_place(budget, member)) set(budget, member.field, read_value(member));
  }
  return budget;
}

// The members that a program, an activity and a sub-activity share and that are no values: the
// budget and the indicators (a program's staff and the lists below a level are its own reader's).
template <class Level>
bool ReportReader::read_level_member(const json::Member& member, Level& level, const Place& place,
                                     bool program_level) {
  switch (member.field) {
    case Field::kBudget:
      level.budget = read_budget(program_level);
      return true;
    case Field::kIndicators:
      // Key and program indicators give figures to compare with; the others do not.
      level.indicators = read_indicators(program_level, place);
      return true;
    default:
      return false;
  }
}

SubActivity ReportReader::read_sub_activity(const Place& place) {
  SubActivity sub;
  sub.source = place;
  read_object(Object::kSubActivity, sub, [&](const json::Member& member) {
    return read_level_member(member, sub, place, false);
  });
  return sub;
}

Activity ReportReader::read_activity(const Place& place) {
  Activity activity;
  activity.source = place;
  read_object(Object::kActivity, activity, [&](const json::Member& member) {
    if (member.field != Field::kSubActivities) {
      return read_level_member(member, activity, place, false);
    }
    activity.sub_activities =
        read_array<SubActivity>(ReaderMessage::kExpectArray, [&](std::size_t i) {
          return read_sub_activity(place.item(Place::List::kSubActivities, i));
        });
    return true;
  });
  return activity;
}

Program ReportReader::read_program(const Place& place) {
  Program program;
  program.source = place;
  read_object(Object::kProgram, program, [&](const json::Member& member) {
    if (member.field == Field::kStaff) {
      program.staff = read_staff();
    } else if (member.field == Field::kActivities) {
      program.activities = read_array<Activity>(ReaderMessage::kExpectArray, [&](std::size_t i) {
        return read_activity(place.item(Place::List::kActivities, i));
      });
    } else {
      return read_level_member(member, program, place, true);
    }
    return true;
  });
  return program;
}

Objective ReportReader::read_objective(const Place& place) {
  Objective objective;
  objective.source = place;
  read_object(Object::kObjective, objective, [&](const json::Member& member) {
    if (member.field == Field::kStaff) {
      objective.staff = read_staff();
    } else if (member.field == Field::kIndicators) {
      objective.indicators = read_indicators(true, place);
    } else {
      return false;
    }
    return true;
  });
  return objective;
}

// A band is one item of its scale: its members are read here, none is a field of its own.
RatingBand ReportReader::read_band() {
  RatingBand band;
  read_object(Object::kBand, band, [&](const json::Member& member) {
    const std::string_view key = member.key;
    if (key == "label") {
      band.label = read_text();
    } else if (key == "min") {
      band.min = read_bound().value;
    } else if (key == "max") {
      band.max = read_bound().value;
    } else {
      (key == "include_min" ? band.include_min : band.include_max) = read_boolean();
    }
    return true;
  });
  return band;
}

std::vector<RatingBand> ReportReader::read_scale() {
  return read_array<RatingBand>(ReaderMessage::kExpectBands,
                                [&](std::size_t) { return read_band(); });
}

// The floor and the cap are read as bounds (read_bound): scores are rated as printed.
Settings ReportReader::read_settings() {
  Settings settings;
  settings.rating_scale = default_rating_scale();
  read_object(Object::kSettings, settings, [&](const json::Member& member) {
    switch (member.field) {
      case Field::kRatingScale:
        settings.rating_scale = read_scale();
        settings.rating_scale_given = true;
        return true;
      case Field::kScoreFloor:
      case Field::kScoreCap:
        set(settings, member.field, read_bound());
        return true;
      case Field::kClassification:
        // Capaian are classified as printed, as they are rated: thresholds are bounds.
        read_object(Object::kClassification, settings, [&](const json::Member& threshold) {
          set(settings, threshold.field, read_bound());
          return true;
        });
        return true;
      default:
        return false;  // a value read as its kind says
    }
  });
  return settings;
}

bool ReportReader::read_root_member(const json::Member& member, PerformanceReport& report) {
  if (member.key == "$schema") {
    expect(Kind::kString, ReaderMessage::kExpectString);
    cursor_.read_string();
  } else if (member.key == "unit") {
    read_object(Object::kUnit, report.unit);
  } else if (member.key == "renstra_period") {
    read_object(Object::kPeriod, report);
  } else {
    switch (member.field) {
      case Field::kFormat:
        read_choice(std::span<const std::string_view>(&kFormatVersion, 1), verbatim("\"lkjip/1\""));
        break;
      case Field::kSettings:
        report.settings = read_settings();
        break;
      case Field::kObjectives:
        report.objectives = read_array<Objective>(ReaderMessage::kExpectArray, [&](std::size_t i) {
          return read_objective(Place().item(Place::List::kObjectives, i));
        });
        break;
      case Field::kPrograms:
        report.programs = read_array<Program>(ReaderMessage::kExpectArray, [&](std::size_t i) {
          return read_program(Place().item(Place::List::kPrograms, i));
        });
        break;
      case Field::kFacilities:
        report.facilities = read_facilities();
        break;
      case Field::kSakipEvaluation:
        report.sakip = read_sakip();
        break;
      case Field::kPrintedFigures:
        report.printed = read_printed();
        break;
      case Field::kClaims:
        report.claims = read_claims();
        break;
      case Field::kStatedScales:
        report.stated_scales = read_stated_scales();
        break;
      default:
        return false;
    }
  }
  return true;
}

PerformanceReport ReportReader::read() {
  PerformanceReport report;
  report.settings.rating_scale = default_rating_scale();
  read_object(Object::kRoot, report,
              [&](const json::Member& member) { return read_root_member(member, report); });
  cursor_.finish();
  return report;
}

}  // namespace

namespace {

// At most this many problems are listed: a file with thousands says so in a last line.
constexpr std::size_t kMaxProblemsShown = 100;

// A problem of the file, at the offset of its value (or key) once located.
struct PlacedProblem {
  std::string path;
  Text message;
  std::size_t offset = 0;
};

// The model's rules, checked once the file is read (validate()). A rule broken where the file
// could not be read is a consequence, not a cause: it is left out.
std::vector<ReadProblem> model_problems(const PerformanceReport& report,
                                        const std::vector<ReadProblem>& read_problems,
                                        const SourceMap& names) {
  std::vector<Key> unreadable;
  for (const ReadProblem& problem : read_problems)
    unreadable.push_back(key_of_pointer(problem.path));
  std::vector<ReadProblem> found;
  for (ModelProblem& problem : validate(report, names)) {
    const bool consequence = std::any_of(unreadable.begin(), unreadable.end(),
                                         [&](const Key& k) { return overlapping(k, problem.key); });
    if (!consequence) found.push_back(ReadProblem{json_pointer(problem.key), problem.message});
  }
  return found;
}

// Every problem at its line and column, in the file's order: located in one pass over the text.
[[noreturn]] void refuse(std::string_view text, const std::string& file,
                         std::vector<ReadProblem> problems, const PassedText& passed) {
  std::vector<std::string> paths;
  for (const ReadProblem& problem : problems)
    paths.push_back(problem.path);
  const std::vector<std::size_t> value_offsets = locate_all(text, paths, passed);
  std::vector<PlacedProblem> placed;
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const std::size_t offset = problems[i].key_offset != std::string_view::npos
                                   ? problems[i].key_offset
                                   : value_offsets[i];
    placed.push_back(
        PlacedProblem{std::move(problems[i].path), std::move(problems[i].message), offset});
  }
  std::stable_sort(
      placed.begin(), placed.end(),
      [](const PlacedProblem& a, const PlacedProblem& b) { return a.offset < b.offset; });
  const std::size_t shown = std::min(placed.size(), kMaxProblemsShown);
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < shown; ++i)
    offsets.push_back(placed[i].offset);
  const std::vector<SourcePosition> positions = positions_at(text, offsets, passed);
  std::vector<Problem> all;
  for (std::size_t i = 0; i < shown; ++i) {
    all.push_back(Problem{Location{file, positions[i], {}, std::move(placed[i].path)},
                          std::move(placed[i].message)});
  }
  if (placed.size() > shown) {
    all.push_back(Problem{Location{file, {}, {}, {}},
                          say(InputMessage::kMoreProblems, placed.size() - shown)});
  }
  throw InputError(std::move(all));
}

// Reads the whole text, then checks the model; every problem found either way is reported at
// once. A text that is not JSON at all is reported as such, alone, with the parser's diagnosis.
PerformanceReport load_text(std::string_view text, const std::string& file,
                            std::function<void(std::size_t)> passed) {
  ReportReader reader(text, passed);
  PerformanceReport report;
  try {
    report = reader.read();
  } catch (const JsonSyntaxError& error) {
    diagnose_json(text, file);
    throw InputError(file, position_at(text, error.offset), "",
                     say(ReaderMessage::kInvalidJson, error.message));
  }
  std::vector<ReadProblem> problems = reader.problems();
  if (!problems.empty()) diagnose_json(text, file);
  const JsonSourceMap names(file, SourceIndex());
  for (ReadProblem& problem : model_problems(report, problems, names))
    problems.push_back(std::move(problem));
  if (!problems.empty()) refuse(text, file, std::move(problems), passed);
  return report;
}

}  // namespace

PerformanceReport load_report_text(std::string_view text, const std::string& file,
                                   std::shared_ptr<const SourceMap>* sources) {
  PerformanceReport report = load_text(text, file, nullptr);
  if (sources != nullptr) {
    *sources = std::make_shared<const JsonSourceMap>(
        file, SourceIndex(std::string(text), TextState::kValidJson));
  }
  return report;
}

PerformanceReport load_json_report_file(std::shared_ptr<FileText> file, const std::string& path,
                                        std::shared_ptr<const SourceMap>* sources) {
  // The file's pages are let go behind the reader: a large file and its model are not both
  // held. The source map keeps the mapping; locating a finding reads the pages again.
  PerformanceReport report;
  try {
    // A text read whole has no pages to let go: the reader is told nothing as it reads.
    std::function<void(std::size_t)> passed;
    if (file->mapped()) passed = [&](std::size_t offset) { file->release_before(offset); };
    report = load_text(file->text(), path, std::move(passed));
  } catch (...) {
    // What was read of a file cut short while it was read is not what it says: that is the error.
    file->check_unchanged();
    throw;
  }
  // The end of the pass: every page goes (and the file is checked unchanged), the last ones the
  // reader passed too, as the model is checked or its tables written after.
  file->release_before(file->text().size());
  if (sources != nullptr) {
    *sources = std::make_shared<const JsonSourceMap>(
        path, SourceIndex(
                  file, file->text(), [file](std::size_t offset) { file->release_before(offset); },
                  TextState::kValidJson));
  }
  return report;
}

}  // namespace lkjip
