// The manifest: matrices, defaults and overrides, and located errors.
#include <gtest/gtest.h>

#include <filesystem>

#include "base/diagnostics.h"
#include "batch/manifest.h"
#include "batch_fixture.h"

namespace banmian::batch_test {
namespace {

namespace fs = std::filesystem;

class ManifestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = testing::tempDir();
    for (const char* name : {"a.yaml", "b.yaml", "c.yml"}) writeFile(folder_ + "/data/" + name, "fields: {}\n");
  }
  void TearDown() override { fs::remove_all(folder_); }
  batch::Manifest load(const std::string& text) {
    writeFile(folder_ + "/m.yaml", text);
    return batch::loadManifest(folder_ + "/m.yaml");
  }
  std::string errorOf(const std::string& text) {
    try {
      load(text);
    } catch (const InputError& e) {
      return e.what();
    }
    return "no error";
  }
  std::string folder_;
};

TEST_F(ManifestTest, AMatrixExpandsTheGlobWithDefaultsAndOverrides) {
  batch::Manifest m = load(
      "defaults: {layout: l.yaml, dpi: 72, strict: true}\n"
      "matrix:\n"
      "  - {data: 'data/*.yaml', pdf: 'out/{data.stem}-{layout.stem}.pdf', png: 'out/{data.stem}-{page}.png', dpi: 96}\n"
      "jobs:\n"
      "  - {id: one, layout: other.yaml, data: data/c.yml, pdf: out/c.pdf, backend: haru}\n");
  ASSERT_EQ(m.jobs.size(), 3u);
  EXPECT_EQ(m.jobs[0].id, "one");
  EXPECT_EQ(m.jobs[0].render.layout, folder_ + "/other.yaml");
  EXPECT_EQ(m.jobs[0].render.backend, pipeline::Backend::Haru);
  EXPECT_EQ(m.jobs[0].render.dpi, 72);
  EXPECT_EQ(m.jobs[1].id, "out/a-l.pdf");  // relative to the manifest, wherever banmian runs
  EXPECT_EQ(m.jobs[1].render.pdf, folder_ + "/out/a-l.pdf");
  EXPECT_EQ(m.jobs[1].render.png, folder_ + "/out/a-{page}.png");
  EXPECT_EQ(m.jobs[2].render.data, folder_ + "/data/b.yaml");
  EXPECT_EQ(m.jobs[2].render.dpi, 96);
  EXPECT_TRUE(m.jobs[2].render.strict);
}

TEST_F(ManifestTest, ErrorsNameTheirPlace) {
  EXPECT_NE(errorOf("jobs:\n  - {layout: l.yaml, data: d.yaml, pfd: x.pdf}\n").find("m.yaml:2:"), std::string::npos);
  EXPECT_NE(errorOf("matrix:\n  - {layout: l.yaml, data: 'none/*.yaml', pdf: x.pdf}\n").find(
                "m.yaml:2:28: error: 'data' matches no file"),
            std::string::npos)
      << errorOf("matrix:\n  - {layout: l.yaml, data: 'none/*.yaml', pdf: x.pdf}\n");
  EXPECT_NE(errorOf("jobs:\n  - {data: d.yaml, pdf: x.pdf}\n").find("m.yaml:2:5: error: the job has no 'layout'"),
            std::string::npos);
  EXPECT_NE(errorOf("matrix:\n  - {layout: l.yaml, data: 'data/*.yaml', pdf: out/same.pdf}\n")
                .find("two jobs have the id 'out/same.pdf'"),
            std::string::npos);
  EXPECT_NE(errorOf("jobs:\n  - {layout: l.yaml, data: d.yaml, pdf: x.pdf, dpi: 5000}\n").find("m.yaml:2:"),
            std::string::npos);
  EXPECT_NE(errorOf("jobs: [\n").find("m.yaml:"), std::string::npos);
  EXPECT_NE(errorOf("{}\n").find("lists no jobs"), std::string::npos);
}

}  // namespace
}  // namespace banmian::batch_test
