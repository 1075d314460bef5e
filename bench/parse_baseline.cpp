// The floor under `verity check`: the time pugixml alone takes to read and parse an XLIFF file (in place, as
// Verity's reader parses it), best of N runs. bench/bench_check.py compares Verity's run with it.
// usage: parse_baseline FILE [RUNS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <algorithm>
#include <string>

#include <pugixml.hpp>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: parse_baseline FILE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    double best = 1e30;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        std::ifstream in(argv[1], std::ios::binary | std::ios::ate);
        std::string text(in ? static_cast<std::size_t>(in.tellg()) : 0, '\0');
        if (!in || !in.seekg(0).read(text.data(), static_cast<std::streamsize>(text.size()))) {
            std::fprintf(stderr, "parse_baseline: cannot read %s\n", argv[1]);
            return 2;
        }
        pugi::xml_document doc;
        const auto result = doc.load_buffer_inplace(text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata);
        if (!result) {
            std::fprintf(stderr, "parse_baseline: %s\n", result.description());
            return 2;
        }
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::printf("%.4f\n", best);
    return 0;
}
