// What an output path may be: a regular file (replaced whole), a new name, a symbolic link (its target
// is written), "-"; never a device, a directory, a read-only file or an input. Nothing else is created.
#include <dirent.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "export/atomic_file.h"
#include "export/export_error.h"
#include "export/memory_file.h"
#include "test_support.h"

namespace banmian::exporter::test {
namespace {

// Every entry, dot files (temporary names) included.
std::vector<std::string> entriesOf(const std::string& dir) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  while (dirent* e = readdir(d))
    if (std::string(e->d_name) != "." && std::string(e->d_name) != "..") names.push_back(e->d_name);
  closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

std::string errorOf(const std::string& path, const std::vector<std::string>& inputs = {}) {
  try {
    checkOutputPath(path, inputs);
  } catch (const ExportError& e) {
    return e.what();
  }
  try {
    writeFileAtomically(path, "new");
  } catch (const ExportError& e) {
    return std::string("(only at write time) ") + e.what();
  }
  return "(no ExportError)";
}

void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

TEST(OutputPath, ADeviceIsNeverReplaced) {
  // As root, renaming over /dev/null would turn the device into a regular file.
  std::string message = errorOf("/dev/null");
  EXPECT_NE(message.find("cannot write /dev/null: it is not a regular file"), std::string::npos) << message;
  struct stat st {};
  ASSERT_EQ(stat("/dev/null", &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
}

TEST(OutputPath, ADirectoryIsRefused) {
  std::string dir = tempDir();
  mkdir((dir + "/sub").c_str(), 0755);
  EXPECT_NE(errorOf(dir + "/sub").find("it is a directory"), std::string::npos);
  EXPECT_EQ(entriesOf(dir + "/sub").size(), 0u);
}

TEST(OutputPath, AReadOnlyFileIsRefusedAndKept) {
  std::string dir = tempDir();
  write(dir + "/out.pdf", "old");
  chmod((dir + "/out.pdf").c_str(), 0444);
  EXPECT_NE(errorOf(dir + "/out.pdf").find("read-only"), std::string::npos);
  EXPECT_EQ(readFile(dir + "/out.pdf"), "old");
  EXPECT_EQ(entriesOf(dir), std::vector<std::string>{"out.pdf"});
}

TEST(OutputPath, AnInputIsRefusedEvenThroughALink) {
  std::string dir = tempDir();
  write(dir + "/layout.yaml", "page: {}");
  ASSERT_EQ(link((dir + "/layout.yaml").c_str(), (dir + "/hard.pdf").c_str()), 0);
  ASSERT_EQ(symlink("layout.yaml", (dir + "/soft.pdf").c_str()), 0);
  for (const char* name : {"/layout.yaml", "/hard.pdf", "/soft.pdf"}) {
    std::string message = errorOf(dir + name, {dir + "/layout.yaml"});
    EXPECT_NE(message.find("which this run reads"), std::string::npos) << name << ": " << message;
  }
  EXPECT_EQ(readFile(dir + "/layout.yaml"), "page: {}");
}

TEST(OutputPath, ASymbolicLinkIsWrittenThroughAndStays) {
  std::string dir = tempDir();
  mkdir((dir + "/real").c_str(), 0755);
  write(dir + "/real/page.pdf", "old");
  ASSERT_EQ(symlink("real/page.pdf", (dir + "/link.pdf").c_str()), 0);
  writeFileAtomically(dir + "/link.pdf", "new");
  struct stat st {};
  ASSERT_EQ(lstat((dir + "/link.pdf").c_str(), &st), 0);
  EXPECT_TRUE(S_ISLNK(st.st_mode));
  EXPECT_EQ(readFile(dir + "/real/page.pdf"), "new");
  EXPECT_EQ(entriesOf(dir + "/real"), std::vector<std::string>{"page.pdf"});
  // A dangling link names the file to create.
  ASSERT_EQ(symlink("real/fresh.pdf", (dir + "/dangling.pdf").c_str()), 0);
  writeFileAtomically(dir + "/dangling.pdf", "fresh");
  EXPECT_EQ(readFile(dir + "/real/fresh.pdf"), "fresh");
}

TEST(OutputPath, AMissingDirectoryIsFoundBeforeWriting) {
  std::string message = errorOf("/no/such/dir/out.pdf");
  EXPECT_EQ(message.rfind("cannot write /no/such/dir/out.pdf: no directory /no/such/dir", 0), 0u) << message;
}

TEST(OutputPath, NewAndReplacedFilesLeaveNoOtherName) {
  std::string dir = tempDir();
  writeFileAtomically(dir + "/out.pdf", "first");
  writeFileAtomically(dir + "/out.pdf", "second");
  EXPECT_EQ(readFile(dir + "/out.pdf"), "second");
  EXPECT_EQ(entriesOf(dir), std::vector<std::string>{"out.pdf"});
  struct stat st {};
  ASSERT_EQ(stat((dir + "/out.pdf").c_str(), &st), 0);
  mode_t mask = umask(0);
  umask(mask);
  EXPECT_EQ(st.st_mode & 0777, 0666 & ~mask);  // what a plain open() would give, not mkstemp's 0600
}

TEST(MemoryFile, IsReadableByPathAndNamedNowhere) {
  const std::string bytes = "font bytes";
  std::optional<MemoryFile> file = MemoryFile::create("banmian-test", bytes.data(), bytes.size());
  ASSERT_TRUE(file);
  EXPECT_EQ(file->path().rfind("/proc/self/fd/", 0), 0u);
  EXPECT_EQ(readFile(file->path()), bytes);
}

}  // namespace
}  // namespace banmian::exporter::test
