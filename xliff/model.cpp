#include "xliff/model.hpp"

namespace verity::xliff {

std::string_view unit_type_of(UnitOrigin origin) {
    switch (origin) {
        case UnitOrigin::Input: return {};
        case UnitOrigin::Dropped: return "verity:dropped";
        case UnitOrigin::Added: return "verity:added";
    }
    return {};
}

UnitOrigin unit_origin_of(std::string_view type) {
    if (type == unit_type_of(UnitOrigin::Dropped)) return UnitOrigin::Dropped;
    if (type == unit_type_of(UnitOrigin::Added)) return UnitOrigin::Added;
    return UnitOrigin::Input;
}

std::string_view to_string(DocumentFormat format) {
    switch (format) {
        case DocumentFormat::Xliff12: return "xliff-1.2";
        case DocumentFormat::Xliff20: return "xliff-2.0";
        case DocumentFormat::Xliff21: return "xliff-2.1";
        case DocumentFormat::Xliff22: return "xliff-2.2";
        case DocumentFormat::TextPair: return "text-pair";
    }
    return {};
}


}  // namespace verity::xliff
