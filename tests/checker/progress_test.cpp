// The progress line: what it says, and that it leaves nothing behind on the terminal.
#include <gtest/gtest.h>

#include <sstream>

#include "checker/progress.hpp"
#include "checker/cli_support.hpp"

namespace verity::checker {
namespace {

TEST(Progress, LineSaysDoneTotalFindingsRateAndTimeLeft) {
    EXPECT_EQ(progress_line(0, 40, 0, 0.0), "0/40 files · 0 findings");
    EXPECT_EQ(progress_line(10, 40, 1, 2.0), "10/40 files · 1 finding · 5.0 files/s · about 6 s left");
    EXPECT_EQ(progress_line(100, 7300, 12, 5.0), "100/7300 files · 12 findings · 20 files/s · about 6 min 0 s left");
    EXPECT_EQ(progress_line(1, 10000, 0, 1.0), "1/10000 files · 0 findings · 1.0 files/s · about 2 h 46 min left");
    EXPECT_EQ(progress_line(40, 40, 3, 8.0), "40/40 files · 3 findings · 5.0 files/s");  // nothing left to wait for
}

TEST(Progress, DrawsOnTheStreamAndClearsItAtTheEnd) {
    std::ostringstream err;
    {
        Progress progress(2, true, err);
        FileReport f;
        f.findings.resize(3);
        progress.file_done(f);
        progress.file_done(f);  // the last file is always drawn
    }
    const std::string out = err.str();
    EXPECT_NE(out.find("2/2 files · 6 findings"), std::string::npos) << out;
    // The line is cleared: the stream ends with a carriage return after blanks.
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(out.back(), '\r');
}

TEST(Progress, DisabledDrawsNothing) {
    std::ostringstream err;
    {
        Progress progress(2, false, err);
        progress.file_done(FileReport{});
    }
    EXPECT_TRUE(err.str().empty());
}

TEST(Progress, NotOnAPipe) {
    // Standard error of the test's child is a pipe (merged into the captured output): no progress line.
    verity::testing::TempDir dir;
    const std::string xlf =
        "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file "
        "source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\" original=\"x\"><body><trans-unit "
        "id=\"1\"><source>Hello</source><target>Bonjour</target></trans-unit></body></file></xliff>";
    verity::testing::write_file(dir / "a.xlf", xlf);
    verity::testing::write_file(dir / "b.xlf", xlf);
    const auto r = verity::testing::run("check " + dir.path().string(), "", true);
    EXPECT_EQ(r.out.find("files ·"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace verity::checker
