// The fixed parts of the HTML report: its style sheet, its filter script and the colours of rule
// families. Everything is inline: the page must open with no network.
#include "checker/report_html.hpp"

#include <array>
#include <cmath>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace verity::checker::html {
namespace {

// The built-in families in a fixed order, so that a family keeps its colour from one report to the next.
constexpr std::array<std::string_view, 17> kFamilies = {
    "number",   "omission",    "addition",    "entity",    "date",        "polarity",
    "softening", "strengthening", "terminology", "placeholder", "markup",    "pattern",
    "consistency", "target",   "punctuation", "whitespace", "text"};

std::string hex_from_hsl(double hue, double saturation, double lightness) {
    // HSL to sRGB (CSS Color 3's formula).
    const double c = (1 - std::abs(2 * lightness - 1)) * saturation;
    const double h = std::fmod(hue, 360.0) / 60.0;
    const double x = c * (1 - std::abs(std::fmod(h, 2.0) - 1));
    double r = 0, g = 0, b = 0;
    if (h < 1) r = c, g = x;
    else if (h < 2) r = x, g = c;
    else if (h < 3) g = c, b = x;
    else if (h < 4) g = x, b = c;
    else if (h < 5) r = x, b = c;
    else r = c, b = x;
    const double m = lightness - c / 2;
    const auto byte = [m](double v) { return static_cast<int>(std::lround((v + m) * 255)); };
    return fmt::format("#{:02x}{:02x}{:02x}", byte(r), byte(g), byte(b));
}

}  // namespace

FamilyColours family_colours(std::string_view family) {
    double hue = 0;
    std::size_t i = 0;
    for (; i < kFamilies.size() && kFamilies[i] != family; ++i) {}
    if (i < kFamilies.size()) {
        // Steps of 7/17 of the circle: neighbours in the list get hues far apart.
        hue = static_cast<double>((i * 7) % kFamilies.size()) * 360.0 / kFamilies.size();
    } else {
        std::size_t h = 0;
        for (char c : family) h = h * 31 + static_cast<unsigned char>(c);
        hue = static_cast<double>(h % 360);
    }
    return {hex_from_hsl(hue, 0.85, 0.82), hex_from_hsl(hue, 0.6, 0.42)};
}

std::string_view style_sheet() {
    return R"css(
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d2330;background:#f6f7f9;
display:grid;grid-template-columns:320px 1fr;min-height:100vh}
aside{background:#fff;border-right:1px solid #d8dce3;padding:12px 14px;position:sticky;top:0;height:100vh;overflow:auto}
main{padding:12px 18px;min-width:0}
h1{font-size:18px;margin:0 0 4px}
h2{font-size:15px;margin:18px 0 6px}
h3{font-size:13px;margin:12px 0 4px}
.totals{margin:0 0 8px;color:#4a5263}
fieldset{border:1px solid #d8dce3;border-radius:4px;margin:8px 0;padding:6px 8px}
legend{font-weight:600;font-size:12px}
label{display:block;font-size:12px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:middle}
.chart text{font-size:11px;fill:#1d2330}
nav ol{margin:4px 0;padding-left:20px;font-size:13px}
.meta{color:#4a5263;font-size:12px;margin:2px 0}
.error{color:#a11;font-weight:600}
table.pairs{border-collapse:collapse;width:100%;table-layout:fixed;background:#fff;font-size:13px}
table.pairs th,table.pairs td{border:1px solid #e0e3e9;padding:4px 6px;vertical-align:top;text-align:left}
table.pairs thead th{background:#eef0f4;font-size:12px}
col.label{width:96px}col.findings{width:28%}
th.label{font-weight:400;font-size:11px;color:#4a5263;word-break:break-all}
td.src,td.tgt{white-space:pre-wrap;word-wrap:break-word}
td.gap{background:repeating-linear-gradient(45deg,#f3f4f6,#f3f4f6 6px,#e9ebef 6px,#e9ebef 12px)}
td.gap::before{content:attr(data-gap);color:#6b7280;font-size:11px;font-style:italic}
tr.has-findings>th.label{border-left:3px solid #c2410c}
mark{color:inherit;border-radius:2px;padding:0 1px}
mark.point{display:inline-block;width:6px;height:1.1em;vertical-align:text-bottom}
mark.off{background:transparent!important}
.code{font:11px ui-monospace,monospace;color:#5b21b6;background:#ede9fe;border-radius:3px;padding:0 2px}
ul.findings{list-style:none;margin:0;padding:0}
li.finding{margin:0 0 4px;font-size:12px}
.sev{display:inline-block;font-size:10px;font-weight:700;text-transform:uppercase;border-radius:3px;padding:0 4px;color:#fff}
.sev-error{background:#b91c1c}.sev-warning{background:#b45309}.sev-info{background:#1d4ed8}
code.rule{font-size:11px;border-bottom:3px solid transparent}
[hidden]{display:none!important}
html:not(.js) #filters{display:none}
)css";
}

std::string_view filter_script() {
    return R"js(
(function () {
  function checked(selector) {
    var on = {};
    document.querySelectorAll(selector).forEach(function (i) { if (i.checked) on[i.value] = true; });
    return on;
  }
  function any(ids, live) {
    return ids.some(function (id) { return live[id]; });
  }
  function apply() {
    var severities = checked('input.sev-filter'), rules = checked('input.rule-filter'), live = {};
    var only = document.getElementById('only-findings').checked;
    document.querySelectorAll('li.finding').forEach(function (li) {
      var shown = severities[li.dataset.sev] && rules[li.dataset.rule];
      li.hidden = !shown;
      if (shown) live[li.dataset.id] = true;
    });
    document.querySelectorAll('mark[data-f]').forEach(function (m) {
      m.classList.toggle('off', !any(m.dataset.f.split(' '), live));
    });
    document.querySelectorAll('tr.row').forEach(function (tr) {
      tr.hidden = only && !any(tr.dataset.f ? tr.dataset.f.split(' ') : [], live);
    });
  }
  document.getElementById('filters').addEventListener('change', apply);
  apply();
  document.documentElement.classList.add('js');
})();
)js";
}

}  // namespace verity::checker::html
