// libxlsxwriter, opened when lkjip first writes a workbook (on_demand_library.h): its functions
// are called through xlsxwriter_library(), never by name (lkjip is not linked against it).
#pragma once

#include <xlsxwriter.h>

#include "lkjip/on_demand_library.h"

namespace lkjip {

// Every function of libxlsxwriter lkjip calls.
#define LKJIP_XLSXWRITER_FUNCTIONS(X) \
  X(lxw_strerror)                     \
  X(workbook_new_opt)                 \
  X(workbook_add_format)              \
  X(workbook_add_worksheet)           \
  X(workbook_close)                   \
  X(format_set_align)                 \
  X(format_set_bg_color)              \
  X(format_set_bold)                  \
  X(format_set_border)                \
  X(format_set_font_size)             \
  X(format_set_num_format)            \
  X(format_set_text_wrap)             \
  X(worksheet_center_horizontally)    \
  X(worksheet_data_validation_range)  \
  X(worksheet_fit_to_pages)           \
  X(worksheet_freeze_panes)           \
  X(worksheet_merge_range)            \
  X(worksheet_repeat_rows)            \
  X(worksheet_set_column)             \
  X(worksheet_set_footer)             \
  X(worksheet_set_landscape)          \
  X(worksheet_set_margins)            \
  X(worksheet_set_paper)              \
  X(worksheet_set_row)                \
  X(worksheet_write_blank)            \
  X(worksheet_write_comment)          \
  X(worksheet_write_formula_num)      \
  X(worksheet_write_number)           \
  X(worksheet_write_string)

struct XlsxWriterLibrary {
#define LKJIP_XLSXWRITER_POINTER(name) decltype(&::name) name = nullptr;
  LKJIP_XLSXWRITER_FUNCTIONS(LKJIP_XLSXWRITER_POINTER)
#undef LKJIP_XLSXWRITER_POINTER
};

// The library, opened at the first call; throws LibraryUnavailable when it cannot be (and
// tries again at the next call).
const XlsxWriterLibrary& xlsxwriter_library();

}  // namespace lkjip
