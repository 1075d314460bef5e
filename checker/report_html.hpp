// The fixed parts of the HTML report (report_html_style.cpp), apart from the page the writer builds.
#pragma once

#include <string>
#include <string_view>

namespace verity::checker::html {

// The colours that stand for a rule family ("number" for number.mismatch): a light tint behind the
// marked words and a strong one for the chart and the filter swatches. Fixed per family.
struct FamilyColours {
    std::string tint;    // "#rrggbb"
    std::string strong;  // "#rrggbb"
};
FamilyColours family_colours(std::string_view family);

std::string_view style_sheet();
// Hides findings, marks and rows as the filter checkboxes say.
std::string_view filter_script();

}  // namespace verity::checker::html
