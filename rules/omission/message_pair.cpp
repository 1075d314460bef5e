#include "rules/omission/message_pair.hpp"

#include "rules/engine/context.hpp"
#include "rules/omission/length_model.hpp"

namespace verity::rules {
namespace {

// Forwards the reports of a rule run on the representative texts to the message's own view, with the
// spans mapped back into the message.
class RepresentativeSink final : public FindingSink {
public:
    RepresentativeSink(FindingSink& inner, const SegmentView& view, const MessagePair& pair)
        : inner_(inner), view_(view), pair_(pair) {}

    void report(const SegmentView&, const RuleInfo& info, Severity severity, Report report) override {
        for (ByteRange& r : report.source_spans) r = map(pair_.source, r);
        for (ByteRange& r : report.target_spans) r = map(pair_.target, r);
        inner_.report(view_, info, severity, std::move(report));
    }

private:
    static ByteRange map(const text::MessageVariants& m, ByteRange r) {
        if (r.end <= r.begin) return {m.to_message(r.begin, false), m.to_message(r.begin, false)};
        return {m.to_message(r.begin, false), m.to_message(r.end, true)};
    }
    FindingSink& inner_;
    const SegmentView& view_;
    const MessagePair& pair_;
};

}  // namespace

MessagePair message_pair(std::string_view source, std::string_view target) {
    MessagePair p;
    p.source = text::message_variants(source);
    p.target = text::message_variants(target, {p.source.syntax == text::VariantSyntax::Pipe});
    // A target in pipe form makes a source of two plain forms a plural message too.
    if (!p.source.has_variants() && p.target.syntax == text::VariantSyntax::Pipe)
        p.source = text::message_variants(source, {true});
    p.source_text = p.source.representative_text(source);
    p.target_text = p.target.representative_text(target);
    return p;
}

std::pair<double, double> representative_lengths(std::string_view source, std::string_view target) {
    // Most messages have no variants: only a brace, a pipe or a line break can start one.
    auto plain = [](std::string_view s) { return s.find_first_of("{|\n") == std::string_view::npos; };
    if (plain(source) && plain(target)) return {content_length(source), content_length(target)};
    const MessagePair p = message_pair(source, target);
    return {content_length(p.source_text), content_length(p.target_text)};
}

void check_representative(const SegmentView& v, FindingSink& sink,
                          const std::function<void(const SegmentView&, FindingSink&)>& check) {
    if (!v.segment.target) return check(v, sink);
    const std::string_view source = v.segment.source.text, target = v.segment.target->text;
    if (source.find_first_of("{|\n") == std::string_view::npos && target.find_first_of("{|\n") == std::string_view::npos)
        return check(v, sink);
    const MessagePair& pair = v.segment_context.store().get<MessagePair>([&] { return message_pair(source, target); });
    if (!pair.has_variants()) return check(v, sink);
    xliff::Segment segment = v.segment;
    segment.source = xliff::Content{pair.source_text, {}, {}, {}};
    segment.target = xliff::Content{pair.target_text, {}, {}, {}};
    const SegmentContext context;
    const SegmentView view{v.document,   v.file,        v.unit,        segment, v.unit_index, v.segment_index,
                           v.source_pack, v.target_pack, v.packs,       v.source_lang, v.target_lang, v.run,
                           v.document_context, context};
    RepresentativeSink representative(sink, v, pair);
    check(view, representative);
}

}  // namespace verity::rules
