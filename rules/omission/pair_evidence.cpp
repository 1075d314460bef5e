#include "rules/omission/pair_evidence.hpp"

#include <memory>
#include <string>

#include "rules/engine/packs.hpp"

namespace verity::rules {

text::Evidence& pair_evidence(const SegmentView& v) {
    return v.document_context.store().get<text::Evidence>(v.source_lang + '\n' + v.target_lang, [&] {
        return std::make_unique<text::Evidence>(v.source_lang, v.target_lang, list_of(v.source_pack, "stopwords.words"),
                                                list_of(v.target_pack, "stopwords.words"), v.run.settings().dictionaries);
    });
}

}  // namespace verity::rules
