// Command-line conventions: choices by name only, -q and -v, the fonts command.
#include <gtest/gtest.h>

#include <fstream>

#include "process.h"

namespace banmian::e2e {
namespace {

std::string layout() { return repo("layouts/broadsheet-feature.yaml"); }
std::string data() { return repo("data/liling-2020h1.yaml"); }

std::string render(const std::string& pdf) {
  return quote(banmian()) + " render " + quote(layout()) + " " + quote(data()) + " -o " + quote(pdf);
}

TEST(CliConventions, RenderHelpShowsChoicesByNameOnly) {
  Result h = run(quote(banmian()) + " render --help");
  ASSERT_EQ(h.status, 0);
  for (const char* name : {"cairo", "haru", "screen", "print"}) EXPECT_NE(h.out.find(name), std::string::npos) << name;
  EXPECT_EQ(h.out.find("->"), std::string::npos) << h.out;
}

TEST(CliConventions, AChoiceGivenAsANumberIsAUsageError) {
  const std::string pdf = tempDir() + "/out.pdf";
  Result backend = run(render(pdf) + " --backend 1");
  EXPECT_EQ(backend.status, 2) << backend.err;
  EXPECT_NE(backend.err.find("--backend"), std::string::npos) << backend.err;
  EXPECT_EQ(run(render(pdf) + " --fonts 0").status, 2);
  EXPECT_EQ(run(render(pdf) + " --backend Cairo").status, 2);
  EXPECT_FALSE(exists(pdf));
}

TEST(CliConventions, QuietPrintsNoWarningsAndVerboseKeepsThem) {
  const std::string dir = tempDir();
  Result normal = run(render(dir + "/normal.pdf"));
  ASSERT_EQ(normal.status, 0) << normal.err;
  EXPECT_NE(normal.err.find(": warning: photo 'village' names no file"), std::string::npos) << normal.err;
  Result quiet = run(render(dir + "/quiet.pdf") + " -q");
  EXPECT_EQ(quiet.status, 0) << quiet.err;
  EXPECT_EQ(quiet.err, "");
  EXPECT_TRUE(exists(dir + "/quiet.pdf"));
  Result verbose = run(render(dir + "/verbose.pdf") + " --verbose");
  EXPECT_EQ(verbose.status, 0) << verbose.err;
  EXPECT_NE(verbose.err.find(": warning: photo 'village' names no file"), std::string::npos) << verbose.err;
  EXPECT_EQ(run(render(dir + "/both.pdf") + " -q -v").status, 2);
}

TEST(CliConventions, QuietStillPrintsErrors) {
  Result r = run(render(tempDir() + "/out.pdf") + " -q --strict");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(":34:5: error: photo 'village' names no file"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("warning:"), std::string::npos) << r.err;
}

TEST(CliConventions, QuietBatchPrintsNothingWhenEveryJobSucceeds) {
  const std::string dir = tempDir();
  std::ofstream(dir + "/manifest.yaml") << "jobs:\n  - {id: liling, layout: " << layout() << ", data: " << data()
                                        << ", pdf: out/liling.pdf}\n";
  Result quiet = run("cd " + quote(dir) + " && " + quote(banmian()) + " batch manifest.yaml -j1 -q");
  EXPECT_EQ(quiet.status, 0) << quiet.err;
  EXPECT_EQ(quiet.err, "");
  EXPECT_TRUE(exists(dir + "/out/liling.pdf"));
  Result verbose = run("cd " + quote(dir) + " && " + quote(banmian()) + " batch manifest.yaml -j1 -v --force");
  EXPECT_EQ(verbose.status, 0) << verbose.err;
  EXPECT_NE(verbose.err.find("rendered liling"), std::string::npos) << verbose.err;
  EXPECT_NE(verbose.err.find("    " + data() + ":34:5: warning: photo 'village'"), std::string::npos) << verbose.err;
}

TEST(CliConventions, FontsListsEachRoleItsFilesAndWhereTheTextFalls) {
  Result r = run(quote(banmian()) + " fonts " + quote(layout()) + " --text '国民经济'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("song:\n  Noto Serif CJK SC: /"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("kai:\n  AR PL KaitiM GB: /"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  the text falls to:\n    Noto Serif CJK SC ("), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("): 国民经济\n"), std::string::npos) << r.out;
  EXPECT_EQ(run(quote(banmian()) + " fonts /no/such/layout.yaml").status, 2);
}

}  // namespace
}  // namespace banmian::e2e
