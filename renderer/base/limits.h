#pragma once
// Named limits on what an input may ask for. A batch renderer runs unattended on files many people
// edit: without bounds a 10 KB JPEG declaring 30000x30000 pixels takes 7 GB, a 1e9 pt title is drawn
// off the page and a metric of 1e308 prints "inf%". Each bound is far beyond any real page; exceeding
// one is a located error that names the limit and how to raise it (`--limit NAME=VALUE`).
#include <string>
#include <vector>

namespace banmian {

struct Limit {
  const char* name;  // as on the command line: "image-pixels"
  const char* what;  // "pixels in one image"
  double value;
};

// The limits in force: the defaults, unless the command line changed them (setLimit, at start-up,
// before any work: the process has one set).
double limit(const char* name);
const std::vector<Limit>& limits();

// Changes one limit. Throws std::invalid_argument for an unknown name or a value that is not a
// positive number, with a message listing the names.
void setLimit(const std::string& name, double value);

// "exceeds the limit 'image-pixels' (100000000 pixels in one image; raise it with --limit
// image-pixels=N)": the tail of the located error for an exceeded limit.
std::string exceededLimit(const char* name);

}  // namespace banmian
