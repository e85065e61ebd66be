#include "batch/shard.h"

#include <charconv>
#include <cstdlib>

#include <fmt/format.h>

#include "base/diagnostics.h"

namespace banmian::batch {
namespace {

std::optional<int> envInt(const char* name) {
  const char* text = std::getenv(name);
  if (!text || !*text) return std::nullopt;
  int value = 0;
  const char* end = text + std::char_traits<char>::length(text);
  auto [stop, error] = std::from_chars(text, end, value);
  if (error != std::errc() || stop != end) throw InputError({name}, fmt::format("not a whole number: '{}'", text));
  return value;
}

Shard checked(Shard shard, const std::string& source) {
  if (shard.count < 1 || shard.index < 0 || shard.index >= shard.count)
    throw InputError({source}, fmt::format("shard {} of {} does not exist (shards count from 0 to {})", shard.index,
                                           shard.count, shard.count - 1));
  return shard;
}

}  // namespace

unsigned long long stableJobHash(const std::string& job_id) {
  unsigned long long hash = 14695981039346656037ull;
  for (unsigned char c : job_id) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

bool Shard::contains(const std::string& job_id) const {
  return stableJobHash(job_id) % static_cast<unsigned long long>(count) == static_cast<unsigned long long>(index);
}

Shard parseShard(const std::string& text) {
  Shard shard;
  const size_t slash = text.find('/');
  const char* begin = text.data();
  const char* end = begin + text.size();
  bool ok = slash != std::string::npos;
  if (ok) {
    auto a = std::from_chars(begin, begin + slash, shard.index);
    auto b = std::from_chars(begin + slash + 1, end, shard.count);
    ok = a.ec == std::errc() && a.ptr == begin + slash && b.ec == std::errc() && b.ptr == end;
  }
  if (!ok) throw InputError({"--shard"}, fmt::format("'{}' is not K/N (such as 0/3)", text));
  return checked(shard, "--shard");
}

Shard shardFromEnvironment(std::optional<int> shards_option) {
  if (auto index = envInt("JOB_COMPLETION_INDEX")) {
    if (!shards_option)
      throw InputError({"JOB_COMPLETION_INDEX"}, "is set: say how many shards there are with --shards N "
                                                 "(the Job's completions)");
    return checked({*index, *shards_option}, "JOB_COMPLETION_INDEX");
  }
  if (auto task = envInt("SLURM_ARRAY_TASK_ID")) {
    auto count = envInt("SLURM_ARRAY_TASK_COUNT");
    if (!count) throw InputError({"SLURM_ARRAY_TASK_ID"}, "is set but SLURM_ARRAY_TASK_COUNT is not");
    return checked({*task - envInt("SLURM_ARRAY_TASK_MIN").value_or(0), *count}, "SLURM_ARRAY_TASK_ID");
  }
  if (shards_option) throw InputError({"--shards"}, "needs JOB_COMPLETION_INDEX (or use --shard K/N)");
  return {};
}

}  // namespace banmian::batch
