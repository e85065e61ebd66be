// Property: bad input ends in a located error, never a crash or another kind of failure. The real layout,
// data and article are mutated at random (characters deleted, inserted, lines doubled, dropped, swapped,
// files cut short) and run through load, resolve, typeset and compose to a display list.
// BANMIAN_MUTATIONS sets how many cases (300 by default), BANMIAN_MUTATION_SEED the random stream.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "base/diagnostics.h"
#include "pipeline/render_pipeline.h"
#include "process.h"

namespace banmian::e2e {
namespace {

std::vector<std::string> linesOf(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

class Mutator {
 public:
  explicit Mutator(uint32_t seed) : rng_(seed) {}

  std::string mutate(const std::string& text) {
    std::string out = text;
    int n = pick(1, 3);
    for (int i = 0; i < n; ++i) out = once(out);
    return out;
  }

 private:
  size_t pick(size_t lo, size_t hi) { return std::uniform_int_distribution<size_t>(lo, hi)(rng_); }

  std::string once(const std::string& text) {
    static const std::string kNoise[] = {":", "{", "}", "[", "]", "-", "#", "\"", "'", "\t", " ", "0", "-1",
                                         "1e9", "中", ",", "|", "&a", "*", "!!", "{{", "}}", "**", "<sup>", "\n"};
    std::vector<std::string> lines = linesOf(text);
    if (lines.empty()) return text;
    size_t at = pick(0, lines.size() - 1);
    switch (pick(0, 5)) {
      case 0: lines.erase(lines.begin() + at); break;
      case 1: lines.insert(lines.begin() + at, lines[pick(0, lines.size() - 1)]); break;
      case 2: std::swap(lines[at], lines[pick(0, lines.size() - 1)]); break;
      case 3: {
        std::string& l = lines[at];
        l.insert(pick(0, l.size()), kNoise[pick(0, std::size(kNoise) - 1)]);
        break;
      }
      case 4: {
        std::string& l = lines[at];
        if (!l.empty()) l.erase(pick(0, l.size() - 1), 1);  // may cut a UTF-8 sequence: also bad input
        break;
      }
      default: return joined(lines).substr(0, pick(0, text.size()));
    }
    return joined(lines);
  }

  std::mt19937 rng_;
};

struct Inputs {
  std::string layout, data, article;
};

// Runs the pipeline to a display list. Returns "" when it succeeded or failed with a located InputError,
// otherwise a description of what went wrong.
std::string runPipeline(const std::string& dir) {
  pipeline::RenderOptions options;
  options.layout = dir + "/layout.yaml";
  options.data = dir + "/data.yaml";
  DiagnosticSink diagnostics;
  try {
    pipeline::buildDocument(options, diagnostics);
  } catch (const InputError& e) {
    if (e.where().file.empty()) return std::string("an error that names no file: ") + e.what();
  } catch (const std::exception& e) {
    return std::string("not an InputError: ") + e.what();
  }
  return "";
}

TEST(MutatedInput, EndsInALocatedErrorOrAPageNeverACrash) {
  const Inputs real{readFile(repo("layouts/broadsheet-feature.yaml")), readFile(repo("data/liling-2020h1.yaml")),
                    readFile(repo("data/liling-2020h1.md"))};
  const int cases = std::getenv("BANMIAN_MUTATIONS") ? std::atoi(std::getenv("BANMIAN_MUTATIONS")) : 300;
  const char* seed = std::getenv("BANMIAN_MUTATION_SEED");
  Mutator mutator(seed ? static_cast<uint32_t>(std::strtoul(seed, nullptr, 10)) : 20200824u);
  std::string dir = tempDir();
  for (int n = 0; n < cases; ++n) {
    Inputs in = real;
    std::string* target = n % 3 == 0 ? &in.layout : n % 3 == 1 ? &in.data : &in.article;
    *target = mutator.mutate(*target);
    std::ofstream(dir + "/layout.yaml") << in.layout;
    std::ofstream(dir + "/data.yaml") << in.data;
    std::ofstream(dir + "/liling-2020h1.md") << in.article;
    std::string problem = runPipeline(dir);
    ASSERT_EQ(problem, "") << "case " << n << " (mutated " << (n % 3 == 0 ? "layout" : n % 3 == 1 ? "data" : "article")
                           << "); inputs left in " << dir;
  }
}

}  // namespace
}  // namespace banmian::e2e
