#pragma once
// Which files an input may name, after Typst's --root. A data file or layout names other files (the
// article, photos, layout assets); each must lie under a root folder and be a regular file, or the run
// stops with a located error before the file is opened. Without that, `article: /proc/self/environ` or
// `file: ../../etc/passwd` would print any file the user can read into the PDF.
//
// The default root is the folder of the file that names it (content: the data file's folder; layout
// assets: the layout's folder); `banmian render --root DIR` widens it for both.
#include <string>
#include <string_view>

#include "base/source_location.h"

namespace banmian::load {

// Resolves `name`, as written at `where` in the file `where.file`, relative to that file's folder (an
// absolute name stays as it is), and returns its canonical absolute path (links resolved). Throws
// InputError at `where` unless that path is a regular file under the canonical `root`, or under the
// folder of `where.file` when `root` is empty. `kind` names the file in messages: "article file",
// "photo file".
std::string accessNamedFile(const std::string& root, const std::string& name, const SourceLocation& where,
                            std::string_view kind);

}  // namespace banmian::load
