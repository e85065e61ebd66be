// Shards: disjoint, together the whole manifest, stable when jobs are added; chosen by flag or environment.
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "batch/shard.h"

namespace banmian::batch_test {
namespace {

std::vector<std::string> ids(int count) {
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) out.push_back(fmt::format("out/region-{:03}.pdf", i));
  return out;
}

TEST(Shard, ShardsAreDisjointAndTogetherEverything) {
  std::vector<int> sizes(3, 0);
  for (const std::string& id : ids(300)) {
    int owners = 0;
    for (int k = 0; k < 3; ++k)
      if (batch::Shard{k, 3}.contains(id)) ++owners, ++sizes[static_cast<size_t>(k)];
    EXPECT_EQ(owners, 1) << id;
  }
  for (int size : sizes) EXPECT_GT(size, 60);  // roughly even
}

TEST(Shard, AddingJobsMovesNoOtherJob) {
  // The hash is of the id alone: a job's shard is fixed forever (these values are FNV-1a 64).
  EXPECT_EQ(batch::stableJobHash(""), 14695981039346656037ull);
  EXPECT_EQ(batch::stableJobHash("a"), 0xaf63dc4c8601ec8cull);
}

TEST(Shard, ParsesKOfNAndRefusesTheRest) {
  batch::Shard shard = batch::parseShard("2/5");
  EXPECT_EQ(shard.index, 2);
  EXPECT_EQ(shard.count, 5);
  for (const char* bad : {"3/3", "1", "a/3", "1/0", "-1/3", "1/3x"}) EXPECT_THROW(batch::parseShard(bad), InputError) << bad;
}

class ShardEnvironment : public ::testing::Test {
 protected:
  void TearDown() override {
    for (const char* name : {"JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT",
                             "SLURM_ARRAY_TASK_MIN"})
      ::unsetenv(name);
  }
};

TEST_F(ShardEnvironment, KubernetesIndexedJob) {
  ::setenv("JOB_COMPLETION_INDEX", "4", 1);
  batch::Shard shard = batch::shardFromEnvironment(8);
  EXPECT_EQ(shard.index, 4);
  EXPECT_EQ(shard.count, 8);
  EXPECT_THROW(batch::shardFromEnvironment(std::nullopt), InputError);  // how many is --shards' to say
  EXPECT_THROW(batch::shardFromEnvironment(4), InputError);             // index 4 of 4 does not exist
}

TEST_F(ShardEnvironment, SlurmArrayCountedFromItsMinimum) {
  ::setenv("SLURM_ARRAY_TASK_ID", "3", 1);
  ::setenv("SLURM_ARRAY_TASK_COUNT", "3", 1);
  ::setenv("SLURM_ARRAY_TASK_MIN", "1", 1);  // --array=1-3
  batch::Shard shard = batch::shardFromEnvironment(std::nullopt);
  EXPECT_EQ(shard.index, 2);
  EXPECT_EQ(shard.count, 3);
}

TEST_F(ShardEnvironment, NoneMeansEverything) {
  batch::Shard shard = batch::shardFromEnvironment(std::nullopt);
  EXPECT_EQ(shard.count, 1);
  EXPECT_TRUE(shard.contains("anything"));
}

}  // namespace
}  // namespace banmian::batch_test
