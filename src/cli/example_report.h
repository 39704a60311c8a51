// The seed report (data/2024.json: LKjIP 2024 of Kecamatan Kesamben), built into the binary for
// `lkjip init --example`.
#pragma once

#include <string_view>

namespace lkjip {

std::string_view example_report_json();

}  // namespace lkjip
