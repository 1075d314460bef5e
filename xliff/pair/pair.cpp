#include "xliff/pair/pair.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>

#include <fmt/format.h>

#include "xliff/reader.hpp"
#include "xliff/text/decode.hpp"
#include "xliff/text/language_guess.hpp"
#include "xliff/text/segmenter.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::xliff {
namespace {

const std::vector<std::string>& pack_list(const PairLanguages& packs, const std::string& lang, std::string_view key) {
    return packs.list(lang, key);
}

std::string guess(const std::string& text, const PairLanguages& packs) {
    return text::guess_language(text, packs.stopword_profiles);
}

bool looks_like_xml(const std::string& path, std::string_view bytes) {
    if (has_xliff_extension(path)) return true;
    std::size_t i = bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) ++i;
    return bytes.substr(i, 5) == "<?xml" || bytes.substr(i, 6) == "<xliff";
}

// An XLIFF side contributes the text a reader of that side sees: its targets, or its sources when it
// has no targets. Each segment keeps its own position; each unit is a paragraph.
std::optional<LoadError> read_xliff_side(const std::string& path, const std::string& bytes, const char* which,
                                         const PairLanguages& packs, PairSide& side, std::vector<std::string>& notes) {
    auto loaded = load_buffer(bytes, path);
    if (!loaded.ok()) return loaded.error;
    const auto& doc = *loaded.document;
    bool any_target = false;
    for (const auto& f : doc.files)
        for (const auto& u : f.units)
            for (const auto& s : u.segments) any_target = any_target || (s.target && !text::is_blank(s.target->text));
    if (side.language.empty()) side.language = any_target ? doc.target_lang : doc.source_lang;
    const text::SentenceSplitter splitter(side.language, pack_list(packs, side.language, "abbreviations.words"));
    std::size_t paragraph = 0;
    for (const auto& f : doc.files)
        for (const auto& u : f.units) {
            for (const auto& s : u.segments) {
                if (s.ignorable) continue;
                const Content& c = any_target ? (s.target ? *s.target : Content{}) : s.source;
                for (auto [b, e] : splitter.split(c.text)) {
                    text::Sentence sentence;
                    sentence.text = c.text.substr(b, e - b);
                    sentence.begin = b;
                    sentence.end = e;
                    const Position at = position_in_file(c, b);
                    sentence.line = at.line;
                    sentence.column = at.column;
                    sentence.paragraph = paragraph;
                    side.sentences.push_back(std::move(sentence));
                    auto& anchors = side.anchors.emplace_back();
                    anchors.push_back({0, at});
                    for (const auto& a : c.anchors)
                        if (a.offset > b && a.offset < e) anchors.push_back({a.offset - b, a.position});
                }
            }
            ++paragraph;
        }
    notes.push_back(fmt::format("{} read from XLIFF ({}) {}", which, to_string(doc.format),
                                any_target ? "targets" : "sources"));
    return std::nullopt;
}

// A plain-text side: decoded, its language guessed when not given, segmented into sentences.
std::optional<LoadError> read_text_side(const std::string& bytes, const char* which, const PairOptions& options,
                                        const PairLanguages& packs, PairSide& side, std::vector<std::string>& notes) {
    text::DecodeResult decoded = text::decode_text(bytes);
    if (!decoded.ok()) return LoadError{decoded.error, {decoded.error_line, decoded.error_column}};
    if (text::is_blank(decoded.utf8)) return LoadError{"the file has no text", {}};
    if (side.language.empty()) {
        side.language = guess(decoded.utf8, packs);
        if (side.language.empty()) {
            side.language = "und";
            notes.push_back(fmt::format("{} language could not be guessed; give --{}-lang", which, which));
        } else {
            notes.push_back(fmt::format("{} language guessed: {}", which, side.language));
        }
    }
    text::SegmenterOptions seg;
    seg.language = side.language;
    seg.abbreviations = pack_list(packs, side.language, "abbreviations.words");
    seg.lines = options.lines;
    side.sentences = text::segment_text(decoded.utf8, seg);
    // A sentence's text turns each line break into one space: the character after it starts a line.
    for (const auto& sentence : side.sentences) {
        auto& anchors = side.anchors.emplace_back();
        anchors.push_back({0, {sentence.line, sentence.column}});
        std::uint32_t line = sentence.line;
        std::size_t joined = 0;  // CR LF pairs so far, one byte shorter in the sentence's text
        for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
            const char c = decoded.utf8[i];
            if (c != '\r' && c != '\n') continue;
            if (c == '\r' && i + 1 < sentence.end && decoded.utf8[i + 1] == '\n') ++i, ++joined;
            anchors.push_back({i + 1 - sentence.begin - joined, {++line, 1}});
        }
    }
    return std::nullopt;
}

// One side: its sentences, language and, on failure, why.
std::optional<LoadError> read_side(const std::string& path, bool is_source, const PairOptions& options,
                                   const PairLanguages& packs, PairSide& side, std::vector<std::string>& notes) {
    side.path = path;
    side.language = is_source ? options.source_lang : options.target_lang;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return LoadError{"is a directory; compare takes two files (check reads directories)", {}};
    std::string bytes;
    if (auto error = read_file_bytes(path, options.max_bytes, bytes)) return error;
    const char* which = is_source ? "source" : "target";
    if (looks_like_xml(path, bytes)) return read_xliff_side(path, bytes, which, packs, side, notes);
    return read_text_side(bytes, which, options, packs, side, notes);
}

Content join(const PairSide& side, const std::vector<std::size_t>& ids) {
    const auto& sentences = side.sentences;
    Content c;
    for (std::size_t i : ids) {
        if (!c.text.empty()) c.text += ' ';
        if (i < side.anchors.size())
            for (const auto& a : side.anchors[i]) c.anchors.push_back({c.text.size() + a.offset, a.position});
        c.text += sentences[i].text;
    }
    if (!ids.empty()) c.position = {sentences[ids.front()].line, sentences[ids.front()].column};
    return c;
}

std::string id_list(const std::vector<std::size_t>& ids) {
    std::string out;
    for (std::size_t i : ids) out += fmt::format("{}{}", out.empty() ? "" : "_", i + 1);
    return out;
}

std::optional<std::vector<std::size_t>> numbers_of(std::string_view list) {
    std::vector<std::size_t> out;
    while (!list.empty()) {
        const std::size_t cut = std::min(list.find('_'), list.size());
        std::size_t n = 0;
        const auto [end, ec] = std::from_chars(list.data(), list.data() + cut, n);
        if (ec != std::errc{} || end != list.data() + cut || n == 0) return std::nullopt;
        out.push_back(n);
        list.remove_prefix(std::min(cut + 1, list.size()));
    }
    return out;
}

}  // namespace

// Sentence numbers of both sides, 1-based and NMTOKEN-safe.
std::string segment_id_of(const std::vector<std::size_t>& source, const std::vector<std::size_t>& target) {
    return fmt::format("s{}-t{}", id_list(source), id_list(target));
}

std::optional<SentenceNumbers> sentence_numbers(std::string_view id) {
    const std::size_t dash = id.find("-t");
    if (!id.starts_with('s') || dash == std::string_view::npos) return std::nullopt;
    auto source = numbers_of(id.substr(1, dash - 1)), target = numbers_of(id.substr(dash + 2));
    if (!source || !target || (source->empty() && target->empty())) return std::nullopt;
    return SentenceNumbers{std::move(*source), std::move(*target)};
}

PairResult align_pair(const std::string& source_path, const std::string& target_path, const PairOptions& options,
                      const PairLanguages& packs) {
    PairResult result;
    std::vector<std::string> notes;
    if (auto err = read_side(source_path, true, options, packs, result.source, notes)) {
        result.error = err;
        result.error_path = source_path;
        return result;
    }
    if (auto err = read_side(target_path, false, options, packs, result.target, notes)) {
        result.error = err;
        result.error_path = target_path;
        return result;
    }

    AlignerOptions aligner;
    aligner.source_language = result.source.language;
    aligner.target_language = result.target.language;
    aligner.source_stopwords = pack_list(packs, result.source.language, "stopwords.words");
    aligner.target_stopwords = pack_list(packs, result.target.language, "stopwords.words");
    aligner.dictionaries = packs.dictionaries;
    result.links = align(result.source.sentences, result.target.sentences, aligner);

    Document doc;
    doc.path = source_path;
    doc.source_path = source_path;
    doc.target_path = target_path;
    doc.format = DocumentFormat::TextPair;
    doc.source_lang = result.source.language;
    doc.target_lang = result.target.language;
    doc.notes = std::move(notes);
    File file;
    file.id = "pair";
    file.source_lang = doc.source_lang;
    file.target_lang = doc.target_lang;
    for (std::size_t i = 0; i < result.links.size(); ++i) {
        const auto& link = result.links[i];
        Unit unit;
        unit.id = fmt::format("a{}", i + 1);
        if (link.target.empty()) unit.origin = UnitOrigin::Dropped;
        if (link.source.empty()) unit.origin = UnitOrigin::Added;
        Segment seg;
        seg.id = segment_id_of(link.source, link.target);
        seg.source = join(result.source, link.source);
        if (!link.target.empty()) seg.target = join(result.target, link.target);
        unit.position = seg.source.position.line ? seg.source.position
                                                 : (seg.target ? seg.target->position : Position{});
        unit.segments.push_back(std::move(seg));
        file.units.push_back(std::move(unit));
    }
    doc.files.push_back(std::move(file));
    result.document = std::move(doc);
    return result;
}

}  // namespace verity::xliff
