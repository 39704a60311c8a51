#include "workbook_cells.h"

#include <expat.h>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "lkjip/zip_library.h"
#include "reader_messages.h"

namespace lkjip::xlsx {
namespace {

// How to save a workbook this reader reads; what to do with a damaged one.
Text save_as_xlsx() {
  return say(ReaderMessage::kXlsxSaveAs);
}
Text damaged() {
  return say(ReaderMessage::kXlsxDamaged);
}

// ---- Messages --------------------------------------------------------------------------------

// Text from the file for a message: control bytes and quotes as \xNN, cut at a character
// boundary after 60 bytes (a hostile file may hold anything, of any length).
std::string printable(std::string_view text) {
  constexpr std::size_t kShown = 60;
  static const char kHex[] = "0123456789ABCDEF";
  std::size_t end = std::min(text.size(), kShown);
  while (end < text.size() && end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
    --end;
  std::string out;
  for (const char c : text.substr(0, end)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || c == '"' || c == '\'' || c == '\\') {
      out += "\\x";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    } else {
      out += c;
    }
  }
  if (end < text.size()) out += "...";
  return out;
}

std::string in_quotes(std::string_view text) {
  return '"' + printable(text) + '"';
}

Text compose(const Text& message, const std::string& sheet, const std::string& cell) {
  Text where;
  if (!sheet.empty() && !cell.empty()) {
    where = say(ReaderMessage::kXlsxWhereSheetCell, printable(sheet), cell);
  } else if (!sheet.empty()) {
    where = say(ReaderMessage::kXlsxWhereSheet, printable(sheet));
  } else if (!cell.empty()) {
    where = say(ReaderMessage::kXlsxWhereCell, cell);
  } else {
    return message;
  }
  return joined(joined(where, verbatim(": ")), message);
}

[[noreturn]] void fail(const Text& message) {
  throw WorkbookError(message);
}

// ---- Cell names ------------------------------------------------------------------------------

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

// A row number as stored in <row r="...">: digits, no leading zero, 1 to kMaxRow.
std::optional<std::uint32_t> parse_row_number(std::string_view text) {
  if (text.empty() || text.size() > 7 || text[0] == '0') return std::nullopt;
  std::uint32_t row = 0;
  for (const char c : text) {
    if (!is_digit(c)) return std::nullopt;
    row = row * 10 + static_cast<std::uint32_t>(c - '0');
  }
  if (row > kMaxRow) return std::nullopt;
  return row;
}

// Why `name` is not a cell reference, for a message.
Text bad_cell_name_reason(std::string_view name) {
  const std::size_t letters = name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  const bool shaped_like_a_cell =
      letters != 0 && letters != std::string_view::npos &&
      name.find_first_not_of("0123456789", letters) == std::string_view::npos &&
      name[letters] != '0';
  if (shaped_like_a_cell) {
    return say(ReaderMessage::kXlsxCellBeyond, in_quotes(name));
  }
  return say(ReaderMessage::kXlsxCellNotRef, in_quotes(name));
}

// ---- Targets of relationships ----------------------------------------------------------------

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// %XX escapes of a URI decoded; %00 is kept as it is (no part name holds a NUL byte).
std::string percent_decoded(std::string_view text) {
  std::string out;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '%' && at + 2 < text.size()) {
      const int high = hex_value(text[at + 1]);
      const int low = hex_value(text[at + 2]);
      if (high >= 0 && low >= 0 && (high | low) != 0) {
        out += static_cast<char>(high * 16 + low);
        at += 2;
        continue;
      }
    }
    out += text[at];
  }
  return out;
}

std::string folder_of(std::string_view part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

// The zip entry name a relationship target points to: relative to the folder of the part that
// holds the relationship ("worksheets/sheet1.xml"), or absolute from the package root
// ("/xl/worksheets/sheet1.xml"), with "." and ".." resolved.
std::string resolve_target(std::string_view source_part, std::string_view target) {
  const std::string path = target.starts_with('/')
                               ? percent_decoded(target.substr(1))
                               : folder_of(source_part) + percent_decoded(target);
  std::vector<std::string_view> segments;
  const std::string_view view = path;
  for (std::size_t start = 0; start <= view.size();) {
    std::size_t slash = view.find('/', start);
    if (slash == std::string_view::npos) slash = view.size();
    const std::string_view segment = view.substr(start, slash - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string resolved;
  for (const std::string_view segment : segments) {
    if (!resolved.empty()) resolved += '/';
    resolved += segment;
  }
  return resolved;
}

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
std::string relationships_part_of(std::string_view part) {
  const std::string folder = folder_of(part);
  return folder + "_rels/" + std::string(part.substr(folder.size())) + ".rels";
}

// ---- RAII for the C libraries ----------------------------------------------------------------

// libzip, opened when the first workbook is read: without it no workbook can be, which is said
// as this file's error.
const ZipLibrary& libzip() {
  try {
    return zip_library();
  } catch (const LibraryUnavailable& unavailable) {
    fail(unavailable.message());
  }
}

struct ZipDiscard {
  void operator()(zip_t* archive) const { libzip().zip_discard(archive); }
};
using ZipArchive = std::unique_ptr<zip_t, ZipDiscard>;

struct ZipFileClose {
  void operator()(zip_file_t* file) const { libzip().zip_fclose(file); }
};
using ZipFile = std::unique_ptr<zip_file_t, ZipFileClose>;

struct ZipSourceFree {
  void operator()(zip_source_t* source) const { libzip().zip_source_free(source); }
};
using ZipSource = std::unique_ptr<zip_source_t, ZipSourceFree>;

struct XmlParserFree {
  void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};
using XmlParser = std::unique_ptr<std::remove_pointer_t<XML_Parser>, XmlParserFree>;

class ZipError {
 public:
  ZipError() { libzip().zip_error_init(&error_); }
  ~ZipError() { libzip().zip_error_fini(&error_); }
  ZipError(const ZipError&) = delete;
  ZipError& operator=(const ZipError&) = delete;

  zip_error_t* get() { return &error_; }
  int code() const { return libzip().zip_error_code_zip(&error_); }
  std::string text() { return libzip().zip_error_strerror(&error_); }

 private:
  zip_error_t error_;
};

// ---- Opening the zip -------------------------------------------------------------------------

bool contains_utf16(std::string_view haystack, std::string_view ascii) {
  std::string needle;
  for (const char c : ascii) {
    needle += c;
    needle += '\0';
  }
  return haystack.find(needle) != std::string_view::npos;
}

// Why the file, starting with `head`, could not be opened as a zip (libzip's `error`).
[[noreturn]] void fail_not_a_zip(std::string_view head, ZipError& error) {
  static constexpr std::string_view kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  if (head.starts_with(kOleMagic)) {
    if (contains_utf16(head, "EncryptedPackage")) {
      fail(say(ReaderMessage::kXlsxEncrypted));
    }
    fail(say(ReaderMessage::kXlsxOle, save_as_xlsx()));
  }
  const int code = error.code();
  if (code == ZIP_ER_OPEN || code == ZIP_ER_READ || code == ZIP_ER_SEEK || code == ZIP_ER_NOENT) {
    fail(say(ReaderMessage::kXlsxCannotOpen, error.text()));
  }
  if (head.empty()) fail(say(ReaderMessage::kXlsxEmpty));
  if (code == ZIP_ER_NOZIP && head.starts_with("PK\x03\x04")) {
    fail(say(ReaderMessage::kXlsxTruncated));
  }
  if (code == ZIP_ER_NOZIP) fail(say(ReaderMessage::kXlsxNotZip, save_as_xlsx()));
  if (code == ZIP_ER_INCONS) fail(say(ReaderMessage::kXlsxInconsistent, error.text(), damaged()));
  fail(say(ReaderMessage::kXlsxCannotReadZip, error.text()));
}

// Up to this much of the start of a file that is not a zip is searched for what it is.
constexpr std::size_t kHeadBytes = 64 << 20;

// The start of a file, enough to tell what it is when it is not a zip; empty when unreadable.
std::string head_of_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::string head;
  char chunk[1 << 16];
  while (head.size() < kHeadBytes && file.read(chunk, sizeof chunk).gcount() > 0) {
    head.append(chunk, static_cast<std::size_t>(file.gcount()));
  }
  return head;
}

ZipArchive open_archive(ZipSource source, const std::function<std::string()>& read_head) {
  ZipError error;
  ZipArchive archive(libzip().zip_open_from_source(source.get(), ZIP_RDONLY, error.get()));
  if (!archive) fail_not_a_zip(read_head(), error);
  source.release();  // the archive owns it now
  if (libzip().zip_get_num_entries(archive.get(), 0) <= 0) {
    if (read_head().empty()) fail(say(ReaderMessage::kXlsxEmpty));
    fail(say(ReaderMessage::kXlsxEmptyZip, save_as_xlsx()));
  }
  return archive;
}

ZipArchive open_archive_file(const std::string& path) {
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) {
    fail(say(ReaderMessage::kXlsxFolder));
  }
  ZipError error;
  ZipSource source(libzip().zip_source_file_create(path.c_str(), 0, -1, error.get()));
  if (!source) fail(say(ReaderMessage::kXlsxCannotOpen, error.text()));
  return open_archive(std::move(source), [&path] { return head_of_file(path); });
}

ZipArchive open_archive_bytes(std::string_view bytes) {
  ZipError error;
  ZipSource source(libzip().zip_source_buffer_create(bytes.data(), bytes.size(), 0, error.get()));
  if (!source) fail(say(ReaderMessage::kXlsxCannotReadBytes, error.text()));
  return open_archive(std::move(source),
                      [bytes] { return std::string(bytes.substr(0, kHeadBytes)); });
}

// ---- Streaming XML ---------------------------------------------------------------------------

// Expat reports a namespaced name as "URI|local"; this reader matches on local names, so that
// any prefix (x:, none) and the Strict namespaces read alike.
constexpr XML_Char kNamespaceSeparator = '|';

std::string_view local_name(std::string_view name) {
  const std::size_t separator = name.rfind(kNamespaceSeparator);
  return separator == std::string_view::npos ? name : name.substr(separator + 1);
}

class Attributes {
 public:
  explicit Attributes(const XML_Char** pairs) : pairs_(pairs) {}

  // The value of the attribute with this local name, whatever its namespace.
  std::optional<std::string_view> find(std::string_view name) const {
    for (const XML_Char** at = pairs_; at[0] != nullptr; at += 2) {
      if (local_name(at[0]) == name) return std::string_view(at[1]);
    }
    return std::nullopt;
  }

 private:
  const XML_Char** pairs_;
};

// Receives the events of one XML part. `depth` is 1 for the root element; text comes with the
// depth of the element that holds it.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, const Attributes& attributes, int depth) = 0;
  virtual void end(int depth) = 0;
  virtual void text(std::string_view text, int depth) = 0;
};

// One part parsed by expat, fed piece by piece. Handler exceptions stop the parser and come out
// of parse(): they never unwind through expat's C frames.
class XmlStream {
 public:
  XmlStream(const std::string& part, XmlHandler& handler)
      : part_(part), handler_(handler), parser_(XML_ParserCreateNS(nullptr, kNamespaceSeparator)) {
    if (!parser_) throw std::bad_alloc();
    XML_Parser parser = parser_.get();
    XML_SetUserData(parser, this);
    XML_SetElementHandler(parser, on_start, on_end);
    XML_SetCharacterDataHandler(parser, on_text);
    XML_SetStartDoctypeDeclHandler(parser, on_doctype);
    XML_SetEntityDeclHandler(parser, on_entity);
    XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
#if defined(XML_DTD) && \
    (XML_MAJOR_VERSION > 2 || (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION >= 4))
    // Unreachable while every DOCTYPE is refused; kept should that ever change.
    XML_SetBillionLaughsAttackProtectionMaximumAmplification(parser, 10.0f);
    XML_SetBillionLaughsAttackProtectionActivationThreshold(parser, 1 << 20);
#endif
  }

  // Room for the next `size` bytes of the part.
  char* buffer(int size) {
    void* room = XML_GetBuffer(parser_.get(), size);
    if (room == nullptr) throw std::bad_alloc();
    return static_cast<char*>(room);
  }

  // Parses the `size` bytes written into buffer(); `last` once the part has ended.
  void parse(int size, bool last) {
    const XML_Status status = XML_ParseBuffer(parser_.get(), size, last ? XML_TRUE : XML_FALSE);
    if (failure_) std::rethrow_exception(failure_);
    if (status != XML_STATUS_OK) {
      fail(say(ReaderMessage::kXlsxMalformedXml, position(),
               XML_ErrorString(XML_GetErrorCode(parser_.get())), damaged()));
    }
  }

 private:
  Text position() const {
    return say(ReaderMessage::kXlsxPosition, part_, XML_GetCurrentLineNumber(parser_.get()),
               XML_GetCurrentColumnNumber(parser_.get()) + 1);
  }

  template <typename Action>
  void guarded(Action&& action) {
    if (failure_) return;
    try {
      action();
    } catch (...) {
      failure_ = std::current_exception();
      XML_StopParser(parser_.get(), XML_FALSE);
    }
  }

  static void XMLCALL on_start(void* self, const XML_Char* name, const XML_Char** attributes) {
    auto& stream = *static_cast<XmlStream*>(self);
    stream.guarded([&] {
      if (++stream.depth_ > kMaxDepth) stream.refuse_depth();
      stream.handler_.start(local_name(name), Attributes(attributes), stream.depth_);
    });
  }

  // SpreadsheetML nests about ten deep; expat holds each open element (some hundred bytes), so
  // that a part of nothing but opening tags would take many times its size.
  static constexpr int kMaxDepth = 256;

  [[noreturn]] void refuse_depth() const {
    fail(say(ReaderMessage::kXlsxTooDeep, position(), kMaxDepth, save_as_xlsx()));
  }

  static void XMLCALL on_end(void* self, const XML_Char* /*name*/) {
    auto& stream = *static_cast<XmlStream*>(self);
    stream.guarded([&] { stream.handler_.end(stream.depth_--); });
  }

  static void XMLCALL on_text(void* self, const XML_Char* text, int length) {
    auto& stream = *static_cast<XmlStream*>(self);
    stream.guarded([&] {
      stream.handler_.text(std::string_view(text, static_cast<std::size_t>(length)), stream.depth_);
    });
  }

  void refuse_doctype() {
    guarded([&] { fail(say(ReaderMessage::kXlsxDoctype, position(), save_as_xlsx())); });
  }

  static void XMLCALL on_doctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*,
                                 int) {
    static_cast<XmlStream*>(self)->refuse_doctype();
  }

  static void XMLCALL on_entity(void* self, const XML_Char*, int, const XML_Char*, int,
                                const XML_Char*, const XML_Char*, const XML_Char*,
                                const XML_Char*) {
    static_cast<XmlStream*>(self)->refuse_doctype();
  }

  const std::string& part_;
  XmlHandler& handler_;
  XmlParser parser_;
  int depth_ = 0;
  std::exception_ptr failure_;
};

// ---- The package: parts of the zip, read within the limits -----------------------------------

std::uint64_t saturating_product(std::uint64_t a, std::uint64_t b) {
  if (a != 0 && b > UINT64_MAX / a) return UINT64_MAX;
  return a * b;
}

Text size_text(std::uint64_t bytes) {
  if (bytes >= (1 << 20) && bytes % (1 << 20) == 0) {
    return verbatim(std::to_string(bytes >> 20) + " MiB");
  }
  return say(ReaderMessage::kXlsxBytes, bytes);
}

class Package {
 public:
  Package(ZipArchive archive, const Limits& limits)
      : archive_(std::move(archive)), limits_(limits) {}

  bool has(const std::string& part) const { return locate(part).has_value(); }

  // Streams the part through `handler`; the part must exist.
  void parse(const std::string& part, XmlHandler& handler) {
    const zip_uint64_t index = *locate(part);
    const std::uint64_t compressed = check_entry(part, index);
    ZipFile file(libzip().zip_fopen_index(archive_.get(), index, 0));
    if (!file) fail_to_open_entry(part);
    XmlStream xml(part, handler);
    constexpr int kChunk = 64 << 10;
    std::uint64_t part_bytes = 0;
    for (;;) {
      char* buffer = xml.buffer(kChunk);
      const zip_int64_t count = libzip().zip_fread(file.get(), buffer, kChunk);
      if (count < 0) {
        fail(say(ReaderMessage::kXlsxCannotReadPart, part,
                 libzip().zip_error_strerror(libzip().zip_file_get_error(file.get())), damaged()));
      }
      part_bytes += static_cast<std::uint64_t>(count);
      count_bytes_read(part, part_bytes, compressed, static_cast<std::uint64_t>(count));
      xml.parse(static_cast<int>(count), count == 0);
      if (count == 0) return;
    }
  }

 private:
  // The first MiB of every part may expand without limit: small parts compress very well.
  static constexpr std::uint64_t kRatioFreeBytes = 1 << 20;

  std::optional<zip_uint64_t> locate(const std::string& part) const {
    if (part.empty() || part.find('\0') != std::string::npos) return std::nullopt;
    const zip_int64_t index = libzip().zip_name_locate(archive_.get(), part.c_str(), 0);
    if (index >= 0) return static_cast<zip_uint64_t>(index);
    // Part names are case-insensitive in a package. libzip's ZIP_FL_NOCASE looks through every
    // name each time: a hostile file could ask thousands of times of as many names.
    if (lowercase_names_.empty()) index_lowercase_names();
    const auto found = lowercase_names_.find(lowercase(part));
    if (found == lowercase_names_.end()) return std::nullopt;
    return found->second;
  }

  static std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }

  void index_lowercase_names() const {
    const zip_int64_t count = libzip().zip_get_num_entries(archive_.get(), 0);
    for (zip_int64_t index = 0; index < count; ++index) {
      const char* name = libzip().zip_get_name(archive_.get(), static_cast<zip_uint64_t>(index), 0);
      if (name != nullptr) {
        lowercase_names_.emplace(lowercase(name), static_cast<zip_uint64_t>(index));
      }
    }
  }

  std::uint64_t allowed_part_bytes(std::uint64_t compressed) const {
    return std::max(kRatioFreeBytes, saturating_product(compressed, limits_.max_compression_ratio));
  }

  // Refuses an encrypted entry or one whose stated size is already too large; returns its
  // compressed size.
  std::uint64_t check_entry(const std::string& part, zip_uint64_t index) const {
    zip_stat_t stat;
    libzip().zip_stat_init(&stat);
    if (libzip().zip_stat_index(archive_.get(), index, 0, &stat) != 0) {
      fail(say(ReaderMessage::kXlsxCannotReadEntry, part, damaged()));
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
      fail(say(ReaderMessage::kXlsxPartEncrypted, part, save_as_xlsx()));
    }
    const std::uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
    if (stat.valid & ZIP_STAT_SIZE) {
      check_ratio(part, stat.size, compressed);
      check_budget(bytes_read_ + stat.size);
    }
    return compressed;
  }

  void count_bytes_read(const std::string& part, std::uint64_t part_bytes, std::uint64_t compressed,
                        std::uint64_t count) {
    bytes_read_ += count;
    check_ratio(part, part_bytes, compressed);
    check_budget(bytes_read_);
  }

  void check_budget(std::uint64_t bytes) const {
    if (bytes <= limits_.max_uncompressed_bytes) return;
    fail(say(ReaderMessage::kXlsxTooLarge, size_text(limits_.max_uncompressed_bytes)));
  }

  void check_ratio(const std::string& part, std::uint64_t part_bytes,
                   std::uint64_t compressed) const {
    if (part_bytes <= allowed_part_bytes(compressed)) return;
    fail(say(ReaderMessage::kXlsxZipBomb, part, limits_.max_compression_ratio, compressed,
             save_as_xlsx()));
  }

  [[noreturn]] void fail_to_open_entry(const std::string& part) const {
    const int code = libzip().zip_error_code_zip(libzip().zip_get_error(archive_.get()));
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_WRONGPASSWD) {
      fail(say(ReaderMessage::kXlsxPartEncryptedOnly, part, save_as_xlsx()));
    }
    if (code == ZIP_ER_COMPNOTSUPP) {
      fail(say(ReaderMessage::kXlsxCompression, part,
               libzip().zip_error_strerror(libzip().zip_get_error(archive_.get())),
               save_as_xlsx()));
    }
    fail(say(ReaderMessage::kXlsxCannotOpenPart, part,
             libzip().zip_error_strerror(libzip().zip_get_error(archive_.get())), damaged()));
  }

  ZipArchive archive_;
  const Limits& limits_;
  std::uint64_t bytes_read_ = 0;
  mutable std::unordered_map<std::string, zip_uint64_t> lowercase_names_;  // filled when needed
};

// ---- Relationships (_rels/*.rels) ------------------------------------------------------------

struct Relationship {
  std::string id;
  std::string type;
  std::string target;
  bool external = false;
};

// The relationships of one part, in document order.
class Relationships {
 public:
  std::size_t size() const { return list_.size(); }

  void add(Relationship relationship) {
    if (by_id_.emplace(relationship.id, list_.size()).second) list_.push_back(relationship);
  }

  const Relationship* find_id(const std::string& id) const {
    const auto found = by_id_.find(id);
    return found == by_id_.end() ? nullptr : &list_[found->second];
  }

  // The first internal relationship whose type URI ends with "/" + `last_segment` (the
  // Transitional and the Strict URIs differ before it).
  const Relationship* find_type(std::string_view last_segment) const {
    for (const Relationship& relationship : list_) {
      if (is_type(relationship, last_segment) && !relationship.external) return &relationship;
    }
    return nullptr;
  }

  static bool is_type(const Relationship& relationship, std::string_view last_segment) {
    const std::string_view type = relationship.type;
    return type.size() > last_segment.size() && type.ends_with(last_segment) &&
           type[type.size() - last_segment.size() - 1] == '/';
  }

 private:
  std::vector<Relationship> list_;
  std::unordered_map<std::string, std::size_t> by_id_;
};

class RelationshipsHandler : public XmlHandler {
 public:
  RelationshipsHandler(Relationships& relationships, const std::string& part, const Limits& limits)
      : relationships_(relationships), part_(part), limits_(limits) {}

  void start(std::string_view name, const Attributes& attributes, int) override {
    if (name != "Relationship") return;
    const auto id = attributes.find("Id");
    const auto target = attributes.find("Target");
    if (!id || !target) return;
    // One for each sheet and a few more; each held costs some 200 bytes.
    const std::uint64_t most = limits_.max_sheets + 10'000;
    if (relationships_.size() >= most) {
      fail(say(ReaderMessage::kXlsxTooManyRelationships, part_, most, limits_.max_sheets,
               save_as_xlsx()));
    }
    relationships_.add({std::string(*id), std::string(attributes.find("Type").value_or("")),
                        std::string(*target), attributes.find("TargetMode") == "External"});
  }
  void end(int) override {}
  void text(std::string_view, int) override {}

 private:
  Relationships& relationships_;
  const std::string& part_;
  const Limits& limits_;
};

// The relationships of `part`, none when it has no .rels part.
Relationships read_relationships(Package& package, std::string_view part, const Limits& limits) {
  Relationships relationships;
  const std::string rels_part = relationships_part_of(part);
  if (!package.has(rels_part)) return relationships;
  RelationshipsHandler handler(relationships, rels_part, limits);
  package.parse(rels_part, handler);
  return relationships;
}

// ---- The workbook part -----------------------------------------------------------------------

[[noreturn]] void fail_no_workbook_part(const Package& package, const std::string& part) {
  if (package.has("xl/workbook.bin")) {
    fail(say(ReaderMessage::kXlsxXlsb, save_as_xlsx()));
  }
  if (package.has("content.xml") && package.has("mimetype")) {
    fail(say(ReaderMessage::kXlsxOds, save_as_xlsx()));
  }
  if (package.has("word/document.xml")) fail(say(ReaderMessage::kXlsxDocx));
  fail(say(ReaderMessage::kXlsxNoPart, part, save_as_xlsx()));
}

// The workbook part, from the package's officeDocument relationship (_rels/.rels); xl/workbook.xml
// when the package does not say.
std::string find_workbook_part(Package& package, const Limits& limits) {
  const Relationships relationships = read_relationships(package, "", limits);
  const Relationship* office_document = relationships.find_type("officeDocument");
  const std::string part =
      office_document ? resolve_target("", office_document->target) : "xl/workbook.xml";
  if (!package.has(part)) fail_no_workbook_part(package, part);
  return part;
}

struct SheetEntry {
  std::string name;
  std::string relationship_id;
};

class WorkbookHandler : public XmlHandler {
 public:
  WorkbookHandler(const std::string& part, const Limits& limits) : part_(part), limits_(limits) {}

  void start(std::string_view name, const Attributes& attributes, int depth) override {
    if (sheets_depth_ == 0) {
      if (name == "sheets") sheets_depth_ = depth;
      return;
    }
    if (name != "sheet" || depth != sheets_depth_ + 1) return;
    const auto sheet_name = attributes.find("name");
    const auto id = attributes.find("id");  // r:id
    if (!sheet_name || !id) {
      fail(say(ReaderMessage::kXlsxSheetNoName, part_, damaged()));
    }
    if (entries_.size() >= limits_.max_sheets) {
      fail(say(ReaderMessage::kXlsxTooManySheets, limits_.max_sheets));
    }
    entries_.push_back({std::string(*sheet_name), std::string(*id)});
  }
  void end(int depth) override {
    if (depth == sheets_depth_) sheets_depth_ = 0;
  }
  void text(std::string_view, int) override {}

  std::vector<SheetEntry> take_entries() { return std::move(entries_); }

 private:
  const std::string& part_;
  const Limits& limits_;
  int sheets_depth_ = 0;
  std::vector<SheetEntry> entries_;
};

// ---- Strings ---------------------------------------------------------------------------------

// Follows the elements inside a string item (<si> or <is>) and tells which text belongs to the
// string: that of every <t>, direct or in a run <r>, except in phonetic runs <rPh>.
class StringItemText {
 public:
  void start(std::string_view name, int depth) {
    if (name == "rPh" && phonetic_depth_ == 0) {
      phonetic_depth_ = depth;
    } else if (name == "t" && text_depth_ == 0 && phonetic_depth_ == 0) {
      text_depth_ = depth;
    }
  }
  void end(int depth) {
    if (depth == text_depth_) text_depth_ = 0;
    if (depth == phonetic_depth_) phonetic_depth_ = 0;
  }
  bool belongs(int depth) const { return text_depth_ != 0 && depth == text_depth_; }

 private:
  int text_depth_ = 0;
  int phonetic_depth_ = 0;
};

// The shared-string table, packed into one buffer.
class SharedStrings {
 public:
  std::size_t size() const { return ends_.size(); }
  std::size_t bytes() const { return text_.size(); }
  std::string_view at(std::size_t index) const {
    const std::size_t begin = index == 0 ? 0 : ends_[index - 1];
    return std::string_view(text_).substr(begin, ends_[index] - begin);
  }
  void append(std::string_view piece) { text_ += piece; }
  void close_string() { ends_.push_back(text_.size()); }

 private:
  std::string text_;
  std::vector<std::size_t> ends_;
};

class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(SharedStrings& strings, const Limits& limits)
      : strings_(strings), limits_(limits) {}

  void start(std::string_view name, const Attributes&, int depth) override {
    if (item_depth_ != 0) {
      item_.start(name, depth);
    } else if (name == "si") {
      if (strings_.size() >= limits_.max_shared_strings) {
        fail(say(ReaderMessage::kXlsxTooManyStrings, limits_.max_shared_strings));
      }
      item_depth_ = depth;
      item_ = {};
    }
  }
  void end(int depth) override {
    if (depth == item_depth_) {
      strings_.close_string();
      item_depth_ = 0;
    } else if (item_depth_ != 0) {
      item_.end(depth);
    }
  }
  void text(std::string_view text, int depth) override {
    if (item_depth_ == 0 || !item_.belongs(depth)) return;
    if (strings_.bytes() + text.size() > limits_.max_shared_string_bytes) {
      fail(say(ReaderMessage::kXlsxStringsTooLarge, size_text(limits_.max_shared_string_bytes)));
    }
    strings_.append(text);
  }

 private:
  SharedStrings& strings_;
  const Limits& limits_;
  int item_depth_ = 0;
  StringItemText item_;
};

// The shared-string table: the part the workbook's relationships name, else xl/sharedStrings.xml
// if present; none (an empty table) when the workbook has no strings.
SharedStrings read_shared_strings(Package& package, const std::string& workbook_part,
                                  const Relationships& relationships, const Limits& limits) {
  const Relationship* table = relationships.find_type("sharedStrings");
  const std::string part =
      table ? resolve_target(workbook_part, table->target) : "xl/sharedStrings.xml";
  SharedStrings strings;
  if (!package.has(part)) return strings;
  SharedStringsHandler handler(strings, limits);
  package.parse(part, handler);
  return strings;
}

// ---- Styles (number formats) ----------------------------------------------------------------

// A count or an index as stored: digits only, at most 12 of them.
std::optional<std::size_t> parse_index(std::string_view text) {
  if (text.empty() || text.size() > 12) return std::nullopt;
  std::size_t index = 0;
  for (const char c : text) {
    if (!is_digit(c)) return std::nullopt;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  return index;
}

// The standard code of a built-in number format id (ECMA-376 Part 1, 18.8.30, en-US); empty for an
// id whose code depends on the locale or that has none.
std::string_view builtin_format(std::size_t id) {
  switch (id) {
    case 0:
      return "General";
    case 1:
      return "0";
    case 2:
      return "0.00";
    case 3:
      return "#,##0";
    case 4:
      return "#,##0.00";
    case 5:
      return "\"$\"#,##0_);\\(\"$\"#,##0\\)";
    case 6:
      return "\"$\"#,##0_);[Red]\\(\"$\"#,##0\\)";
    case 7:
      return "\"$\"#,##0.00_);\\(\"$\"#,##0.00\\)";
    case 8:
      return "\"$\"#,##0.00_);[Red]\\(\"$\"#,##0.00\\)";
    case 9:
      return "0%";
    case 10:
      return "0.00%";
    case 11:
      return "0.00E+00";
    case 12:
      return "# ?/?";
    case 13:
      return "# ?\?/??";
    case 14:
      return "mm-dd-yy";
    case 15:
      return "d-mmm-yy";
    case 16:
      return "d-mmm";
    case 17:
      return "mmm-yy";
    case 18:
      return "h:mm AM/PM";
    case 19:
      return "h:mm:ss AM/PM";
    case 20:
      return "h:mm";
    case 21:
      return "h:mm:ss";
    case 22:
      return "m/d/yy h:mm";
    case 37:
      return "#,##0 ;(#,##0)";
    case 38:
      return "#,##0 ;[Red](#,##0)";
    case 39:
      return "#,##0.00;(#,##0.00)";
    case 40:
      return "#,##0.00;[Red](#,##0.00)";
    case 41:
      return "_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)";
    case 42:
      return "_(\"$\"* #,##0_);_(\"$\"* \\(#,##0\\);_(\"$\"* \"-\"_);_(@_)";
    case 43:
      return "_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)";
    case 44:
      return "_(\"$\"* #,##0.00_);_(\"$\"* \\(#,##0.00\\);_(\"$\"* \"-\"??_);_(@_)";
    case 45:
      return "mm:ss";
    case 46:
      return "[h]:mm:ss";
    case 47:
      return "mmss.0";
    case 48:
      return "##0.0E+0";
    case 49:
      return "@";
    default:
      return {};
  }
}

// What xl/styles.xml says of number formats: the custom codes by id, and the numFmtId of each cell
// format (<cellXfs><xf>), in order.
struct StyleSheet {
  std::unordered_map<std::size_t, std::string> custom_formats;
  std::vector<std::size_t> cell_format_ids;
};

class StylesHandler : public XmlHandler {
 public:
  StylesHandler(StyleSheet& styles, const std::string& part, const Limits& limits)
      : styles_(styles), part_(part), limits_(limits) {}

  void start(std::string_view name, const Attributes& attributes, int depth) override {
    if (depth == 2) {
      if (name == "numFmts") number_formats_depth_ = depth;
      if (name == "cellXfs") cell_formats_depth_ = depth;
    } else if (depth == 3 && number_formats_depth_ != 0 && name == "numFmt") {
      add_number_format(attributes);
    } else if (depth == 3 && cell_formats_depth_ != 0 && name == "xf") {
      add_cell_format(attributes);
    }
  }
  void end(int depth) override {
    if (depth == number_formats_depth_) number_formats_depth_ = 0;
    if (depth == cell_formats_depth_) cell_formats_depth_ = 0;
  }
  void text(std::string_view, int) override {}

 private:
  std::size_t format_id(std::string_view element, std::optional<std::string_view> text) const {
    const auto id = text ? parse_index(*text) : std::nullopt;
    if (!id) {
      fail(say(ReaderMessage::kXlsxNumFmtId, part_, element,
               text ? say(ReaderMessage::kXlsxIsQuoted, in_quotes(*text))
                    : say(ReaderMessage::kXlsxIsMissing),
               damaged()));
    }
    return *id;
  }

  void add_number_format(const Attributes& attributes) {
    if (++number_formats_ > limits_.max_number_formats) {
      fail(say(ReaderMessage::kXlsxTooManyNumFmts, part_, limits_.max_number_formats,
               save_as_xlsx()));
    }
    const std::size_t id = format_id("numFmt", attributes.find("numFmtId"));
    const auto code = attributes.find("formatCode");
    if (!code) {
      fail(say(ReaderMessage::kXlsxNumFmtNoCode, part_, damaged()));
    }
    styles_.custom_formats.emplace(id, std::string(*code));  // the first of an id counts
  }

  void add_cell_format(const Attributes& attributes) {
    if (styles_.cell_format_ids.size() >= limits_.max_cell_formats) {
      fail(say(ReaderMessage::kXlsxTooManyCellFormats, part_, limits_.max_cell_formats,
               save_as_xlsx()));
    }
    const auto id_text = attributes.find("numFmtId");
    styles_.cell_format_ids.push_back(id_text ? format_id("xf", id_text) : 0);
  }

  StyleSheet& styles_;
  const std::string& part_;
  const Limits& limits_;
  int number_formats_depth_ = 0;
  int cell_formats_depth_ = 0;
  std::uint64_t number_formats_ = 0;
};

// The number format of each cell format (an index into `formats`, which gets each code once);
// `present` is false when the workbook has no styles part.
struct CellFormats {
  bool present = false;
  std::vector<std::uint32_t> format_of_style;  // by the s attribute
};

// Reads the styles part (the workbook's relationship of type styles, else xl/styles.xml) into
// `formats`; no styles part is no cell format, every cell "General".
CellFormats read_cell_formats(Package& package, const std::string& workbook_part,
                              const Relationships& relationships, const Limits& limits,
                              std::vector<std::string>& formats) {
  const Relationship* styles_relationship = relationships.find_type("styles");
  const std::string part = styles_relationship
                               ? resolve_target(workbook_part, styles_relationship->target)
                               : "xl/styles.xml";
  CellFormats cell_formats;
  if (!package.has(part)) return cell_formats;
  cell_formats.present = true;
  StyleSheet styles;
  {
    StylesHandler handler(styles, part, limits);
    package.parse(part, handler);
  }
  // Views of the codes in `styles` and of the built-in literals, which outlive it.
  std::unordered_map<std::string_view, std::uint32_t> index_of_code;
  formats.assign(1, "General");
  index_of_code.emplace(builtin_format(0), 0);
  cell_formats.format_of_style.reserve(styles.cell_format_ids.size());
  for (const std::size_t id : styles.cell_format_ids) {
    std::string_view code;
    if (const auto custom = styles.custom_formats.find(id); custom != styles.custom_formats.end()) {
      code = custom->second;
    } else {
      code = builtin_format(id);
      if (code.empty()) code = builtin_format(0);
    }
    auto [found, added] = index_of_code.emplace(code, static_cast<std::uint32_t>(formats.size()));
    if (added) formats.emplace_back(code);
    cell_formats.format_of_style.push_back(found->second);
  }
  return cell_formats;
}

// ---- Worksheets ------------------------------------------------------------------------------

// What all sheets' cells may hold together.
struct CellBudget {
  const Limits& limits;
  std::uint64_t cells = 0;
  std::uint64_t text_bytes = 0;
};

// xsd:double as Excel and LibreOffice write it: [+-]digits[.digits][E[+-]digits], the integer or
// the fraction part possibly empty but not both.
bool is_number_text(std::string_view text) {
  std::size_t at = 0;
  const auto digits = [&] {
    const std::size_t start = at;
    while (at < text.size() && is_digit(text[at]))
      ++at;
    return at - start;
  };
  if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
  std::size_t mantissa = digits();
  if (at < text.size() && text[at] == '.') {
    ++at;
    mantissa += digits();
  }
  if (mantissa == 0) return false;
  if (at < text.size() && (text[at] == 'E' || text[at] == 'e')) {
    ++at;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
    if (digits() == 0) return false;
  }
  return at == text.size();
}

// A cell being read: its position, its t attribute and what its children held.
struct PendingCell {
  std::uint32_t row = 0;
  std::uint32_t column = 0;
  std::string type;   // the t attribute as stored; empty when absent
  std::string style;  // the s attribute as stored; empty when absent
  bool has_formula = false;
  bool has_value = false;   // a <v> was present
  bool has_inline = false;  // an <is> was present
  std::string value;        // the <v> text
  std::string inline_text;  // the <is> text
};

class WorksheetHandler : public XmlHandler {
 public:
  WorksheetHandler(Sheet& sheet, const SharedStrings& strings, const CellFormats& formats,
                   CellBudget& budget)
      : sheet_(sheet), strings_(strings), formats_(formats), budget_(budget) {}

  void start(std::string_view name, const Attributes& attributes, int depth) override {
    if (sheet_data_depth_ == 0) {
      if (name == "sheetData") sheet_data_depth_ = depth;
    } else if (row_depth_ == 0) {
      if (name == "row" && depth == sheet_data_depth_ + 1) begin_row(attributes, depth);
    } else if (cell_depth_ == 0) {
      if (name == "c" && depth == row_depth_ + 1) begin_cell(attributes, depth);
    } else if (depth == cell_depth_ + 1) {
      begin_cell_child(name, depth);
    } else if (inline_depth_ != 0) {
      inline_item_.start(name, depth);
    }
  }

  void end(int depth) override {
    if (depth == value_depth_) {
      value_depth_ = 0;
    } else if (depth == inline_depth_) {
      inline_depth_ = 0;
    } else if (inline_depth_ != 0) {
      inline_item_.end(depth);
    } else if (depth == cell_depth_) {
      finish_cell();
      cell_depth_ = 0;
    } else if (depth == row_depth_) {
      row_depth_ = 0;
    } else if (depth == sheet_data_depth_) {
      sheet_data_depth_ = 0;
    }
  }

  void text(std::string_view text, int depth) override {
    if (value_depth_ != 0 && depth == value_depth_) {
      cell_.value += text;
    } else if (inline_depth_ != 0 && inline_item_.belongs(depth)) {
      cell_.inline_text += text;
    }
  }

 private:
  [[noreturn]] void fail_here(const Text& message) const {
    throw WorkbookError(message, sheet_.name, cell_name(cell_.row, cell_.column));
  }

  void begin_row(const Attributes& attributes, int depth) {
    row_depth_ = depth;
    if (const auto r = attributes.find("r")) {
      const auto row = parse_row_number(*r);
      if (!row) {
        throw WorkbookError(say(ReaderMessage::kXlsxRowNumber, in_quotes(*r), damaged()),
                            sheet_.name);
      }
      row_ = *row;
    } else if (row_ >= kMaxRow) {
      throw WorkbookError(say(ReaderMessage::kXlsxRowAfterLast, damaged()), sheet_.name);
    } else {
      ++row_;  // a row without r follows the one before
    }
    last_column_ = 0;
  }

  void begin_cell(const Attributes& attributes, int depth) {
    cell_depth_ = depth;
    cell_ = {};
    if (const auto r = attributes.find("r")) {
      const auto position = parse_cell_name(*r);
      if (!position) {
        throw WorkbookError(
            say(ReaderMessage::kXlsxInRow, bad_cell_name_reason(*r), row_, damaged()), sheet_.name);
      }
      std::tie(cell_.row, cell_.column) = *position;
    } else if (last_column_ >= kMaxColumn) {
      throw WorkbookError(say(ReaderMessage::kXlsxCellAfterXfd, row_, damaged()), sheet_.name);
    } else {
      cell_.row = row_;
      cell_.column = last_column_ + 1;  // a cell without r follows the one before
    }
    last_column_ = cell_.column;
    cell_.type = attributes.find("t").value_or("");
    cell_.style = attributes.find("s").value_or("");
  }

  void begin_cell_child(std::string_view name, int depth) {
    if (name == "v") {
      value_depth_ = depth;
      cell_.has_value = true;
    } else if (name == "f") {
      cell_.has_formula = true;
    } else if (name == "is") {
      inline_depth_ = depth;
      inline_item_ = {};
      cell_.has_inline = true;
    }
  }

  CellType cell_type() const {
    const std::string_view type = cell_.type;
    if (type.empty() || type == "n") return CellType::kNumber;
    if (type == "s") return CellType::kSharedString;
    if (type == "str") return CellType::kFormulaString;
    if (type == "inlineStr") return CellType::kInlineString;
    if (type == "b") return CellType::kBoolean;
    if (type == "e") return CellType::kError;
    if (type == "d") return CellType::kDate;
    fail_here(say(ReaderMessage::kXlsxCellType, in_quotes(type), damaged()));
  }

  std::string shared_string(std::string_view index_text) const {
    const auto index = parse_index(index_text);
    if (!index) {
      fail_here(say(ReaderMessage::kXlsxStringIndex, in_quotes(index_text), damaged()));
    }
    if (*index >= strings_.size()) {
      fail_here(strings_.size() == 0 ? say(ReaderMessage::kXlsxStringBeyondNone, *index, damaged())
                                     : say(ReaderMessage::kXlsxStringBeyondOnly, *index,
                                           strings_.size(), damaged()));
    }
    return std::string(strings_.at(*index));
  }

  std::string boolean(std::string_view value) const {
    if (value == "1" || value == "true") return "1";
    if (value == "0" || value == "false") return "0";
    fail_here(say(ReaderMessage::kXlsxBoolean, in_quotes(value), damaged()));
  }

  // The text of the finished cell; nullopt when it holds no value.
  std::optional<std::string> cell_text(CellType type) {
    if (type == CellType::kInlineString) {
      if (!cell_.has_inline) return std::nullopt;
      return std::move(cell_.inline_text);
    }
    if (!cell_.has_value) return std::nullopt;
    if (type == CellType::kFormulaString) return std::move(cell_.value);  // "" is a value here
    if (cell_.value.empty()) return std::nullopt;
    switch (type) {
      case CellType::kNumber:
        if (!is_number_text(cell_.value)) {
          fail_here(say(ReaderMessage::kXlsxNumberValue, in_quotes(cell_.value), damaged()));
        }
        return std::move(cell_.value);
      case CellType::kSharedString:
        return shared_string(cell_.value);
      case CellType::kBoolean:
        return boolean(cell_.value);
      default:
        return std::move(cell_.value);
    }
  }

  // The number format of the cell's style.
  std::uint32_t cell_format() const {
    const std::vector<std::uint32_t>& of_style = formats_.format_of_style;
    if (!formats_.present || cell_.style.empty()) return of_style.empty() ? 0 : of_style[0];
    const auto style = parse_index(cell_.style);
    if (!style) {
      fail_here(say(ReaderMessage::kXlsxStyleIndex, in_quotes(cell_.style), damaged()));
    }
    if (*style >= of_style.size()) {
      if (*style == 0) return 0;  // s="0" in a styles part without cell formats
      fail_here(of_style.empty()
                    ? say(ReaderMessage::kXlsxStyleBeyondNone, *style, damaged())
                    : say(ReaderMessage::kXlsxStyleBeyondOnly, *style, of_style.size(), damaged()));
    }
    return of_style[*style];
  }

  void finish_cell() {
    const CellType type = cell_type();
    std::optional<std::string> text = cell_text(type);
    const bool uncalculated = !text;
    if (uncalculated) {
      if (!cell_.has_formula) return;  // an empty cell (only a style, or nothing)
      text.emplace();
    }
    const std::uint32_t format = cell_format();
    count_cell(text->size());
    make_room_for_one_more();
    sheet_.cells.push_back(Cell{.row = cell_.row,
                                .column = cell_.column,
                                .type = type,
                                .has_formula = cell_.has_formula,
                                .uncalculated = uncalculated,
                                .format = format,
                                .text = std::move(*text)});
  }

  void count_cell(std::size_t text_bytes) {
    const Limits& limits = budget_.limits;
    if (++budget_.cells > limits.max_cells) {
      fail_here(say(ReaderMessage::kXlsxTooManyCells, limits.max_cells));
    }
    budget_.text_bytes += text_bytes;
    if (budget_.text_bytes > limits.max_cell_text_bytes) {
      fail_here(say(ReaderMessage::kXlsxTooMuchText, size_text(limits.max_cell_text_bytes)));
    }
  }

  // Grows the cells as push_back would, doubling, but never past what the cell limit lets the
  // workbook still hold: near 20 million cells, doubling would make room for 33 million.
  void make_room_for_one_more() {
    std::vector<Cell>& cells = sheet_.cells;
    if (cells.size() < cells.capacity()) return;
    const std::uint64_t allowed_after_this = budget_.limits.max_cells - budget_.cells;
    const std::uint64_t growth =
        std::min<std::uint64_t>(std::max<std::size_t>(cells.size(), 16), allowed_after_this + 1);
    cells.reserve(cells.size() + static_cast<std::size_t>(growth));
  }

  Sheet& sheet_;
  const SharedStrings& strings_;
  const CellFormats& formats_;
  CellBudget& budget_;
  int sheet_data_depth_ = 0;
  int row_depth_ = 0;
  int cell_depth_ = 0;
  int value_depth_ = 0;
  int inline_depth_ = 0;
  std::uint32_t row_ = 0;          // of the current row, or of the last one
  std::uint32_t last_column_ = 0;  // of the last cell in the current row
  PendingCell cell_;
  StringItemText inline_item_;
};

void sort_cells(Sheet& sheet) {
  const auto before = [](const Cell& a, const Cell& b) {
    return std::tie(a.row, a.column) < std::tie(b.row, b.column);
  };
  if (!std::is_sorted(sheet.cells.begin(), sheet.cells.end(), before)) {
    std::sort(sheet.cells.begin(), sheet.cells.end(), before);
  }
  const auto duplicate = std::adjacent_find(
      sheet.cells.begin(), sheet.cells.end(),
      [](const Cell& a, const Cell& b) { return a.row == b.row && a.column == b.column; });
  if (duplicate != sheet.cells.end()) {
    throw WorkbookError(say(ReaderMessage::kXlsxCellTwice, damaged()), sheet.name,
                        cell_name(duplicate->row, duplicate->column));
  }
}

// ---- The whole workbook ----------------------------------------------------------------------

std::vector<SheetEntry> read_sheet_list(Package& package, const std::string& workbook_part,
                                        const Limits& limits) {
  WorkbookHandler handler(workbook_part, limits);
  package.parse(workbook_part, handler);
  return handler.take_entries();
}

// The worksheet part of a sheet entry; nullopt for a chartsheet or another kind of sheet.
std::optional<std::string> worksheet_part(const Package& package, const SheetEntry& entry,
                                          const std::string& workbook_part,
                                          const Relationships& relationships) {
  const Relationship* relationship = relationships.find_id(entry.relationship_id);
  if (relationship == nullptr) {
    throw WorkbookError(
        say(ReaderMessage::kXlsxNoRelationship, workbook_part, in_quotes(entry.relationship_id),
            relationships_part_of(workbook_part), damaged()),
        entry.name);
  }
  if (!Relationships::is_type(*relationship, "worksheet")) return std::nullopt;
  if (relationship->external) {
    throw WorkbookError(say(ReaderMessage::kXlsxExternal, damaged()), entry.name);
  }
  std::string part = resolve_target(workbook_part, relationship->target);
  if (!package.has(part)) {
    throw WorkbookError(say(ReaderMessage::kXlsxPartMissing, in_quotes(part), damaged()),
                        entry.name);
  }
  return part;
}

Workbook read_package(Package& package, const Limits& limits) {
  const std::string workbook_part = find_workbook_part(package, limits);
  std::vector<SheetEntry> entries = read_sheet_list(package, workbook_part, limits);
  const Relationships relationships = read_relationships(package, workbook_part, limits);
  const SharedStrings strings = read_shared_strings(package, workbook_part, relationships, limits);
  Workbook workbook;
  const CellFormats formats =
      read_cell_formats(package, workbook_part, relationships, limits, workbook.formats);
  CellBudget budget{limits};
  for (SheetEntry& entry : entries) {
    const auto part = worksheet_part(package, entry, workbook_part, relationships);
    if (!part) continue;
    Sheet sheet{std::move(entry.name), {}};
    WorksheetHandler handler(sheet, strings, formats, budget);
    package.parse(*part, handler);
    sort_cells(sheet);
    workbook.sheets.push_back(std::move(sheet));
  }
  return workbook;
}

}  // namespace

WorkbookError::WorkbookError(const Text& message, std::string sheet_name, std::string cell_name)
    : std::runtime_error(compose(message, sheet_name, cell_name).english),
      text(compose(message, sheet_name, cell_name)),
      sheet(std::move(sheet_name)),
      cell(std::move(cell_name)) {}

Workbook read_workbook_file(const std::string& path, const Limits& limits) {
  Package package(open_archive_file(path), limits);
  return read_package(package, limits);
}

Workbook read_workbook_bytes(std::string_view bytes, const Limits& limits) {
  Package package(open_archive_bytes(bytes), limits);
  return read_package(package, limits);
}

std::string_view format_code(const Workbook& workbook, const Cell& cell) {
  return cell.format < workbook.formats.size() ? std::string_view(workbook.formats[cell.format])
                                               : std::string_view("General");
}

std::optional<int> shown_decimals(std::string_view format_code) {
  const auto lower = [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  };
  const auto starts_with_general = [&](std::size_t at) {
    static constexpr std::string_view kGeneral = "general";
    if (format_code.size() - at < kGeneral.size()) return false;
    for (std::size_t i = 0; i < kGeneral.size(); ++i) {
      if (lower(format_code[at + i]) != kGeneral[i]) return false;
    }
    return true;
  };
  bool placeholder = false;  // a digit placeholder seen
  bool after_point = false;
  int decimals = 0;
  for (std::size_t at = 0; at < format_code.size(); ++at) {
    const char c = format_code[at];
    switch (lower(c)) {
      case ';':  // the end of the first section, for positive numbers
        at = format_code.size() - 1;
        continue;
      case '"': {  // quoted text
        const std::size_t close = format_code.find('"', at + 1);
        at = close == std::string_view::npos ? format_code.size() - 1 : close;
        continue;
      }
      case '\\':  // the next character as itself
      case '!':
      case '_':  // a space as wide as the next character
      case '*':  // the next character repeated to fill the cell
        ++at;
        continue;
      case '[': {  // a color, a condition, a locale ([$-421], [$Rp-421]) or elapsed time ([h])
        const std::size_t close = format_code.find(']', at + 1);
        if (close == std::string_view::npos) return std::nullopt;
        const std::string_view inside = format_code.substr(at + 1, close - at - 1);
        if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos) {
          return std::nullopt;  // [h]:mm:ss
        }
        at = close;
        continue;
      }
      case 'g':
        if (starts_with_general(at)) return std::nullopt;
        continue;
      case '@':  // text
      case 'e':  // scientific (E+ E-), or a year
      case 'y':
      case 'm':
      case 'd':
      case 'h':
      case 's':
      case 'a':  // AM/PM, A/P
      case 'b':  // a Buddhist year
      case '/':  // a fraction, or a date
        return std::nullopt;
      case '.':
        after_point = true;
        continue;
      case '0':
      case '#':
      case '?':
        placeholder = true;
        if (after_point) ++decimals;
        continue;
      default:
        continue;
    }
  }
  if (!placeholder) return std::nullopt;
  return decimals;
}

const Cell* find_cell(const Sheet& sheet, std::uint32_t row, std::uint32_t column) {
  const auto found = std::lower_bound(
      sheet.cells.begin(), sheet.cells.end(), std::pair(row, column),
      [](const Cell& cell, const std::pair<std::uint32_t, std::uint32_t>& position) {
        return std::pair(cell.row, cell.column) < position;
      });
  if (found == sheet.cells.end() || found->row != row || found->column != column) return nullptr;
  return &*found;
}

std::string column_letters(std::uint32_t column) {
  std::string letters;
  for (std::uint32_t rest = column; rest > 0; rest = (rest - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (rest - 1) % 26));
  }
  return letters;
}

std::string cell_name(std::uint32_t row, std::uint32_t column) {
  return column_letters(column) + std::to_string(row);
}

std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_cell_name(std::string_view name) {
  std::size_t letters = 0;
  std::uint32_t column = 0;
  while (letters < name.size() && is_upper(name[letters])) {
    if (letters == 3) return std::nullopt;  // XFD is the last column
    column = column * 26 + static_cast<std::uint32_t>(name[letters] - 'A' + 1);
    ++letters;
  }
  if (letters == 0 || column > kMaxColumn) return std::nullopt;
  const auto row = parse_row_number(name.substr(letters));
  if (!row) return std::nullopt;
  return std::pair(*row, column);
}

}  // namespace lkjip::xlsx
