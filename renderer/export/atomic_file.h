#pragma once
// Output files. Each output is built whole in memory and then put into place in one step, so readers see
// the old file or the new one, never half of it, and a run killed at any moment leaves no file behind:
// the bytes go to an unnamed temporary file (O_TMPFILE) in the target's directory, which is given its
// name only once complete (linked in, or linked under a temporary name and renamed over the old file).
//
// An output path may be "-" (standard output), a regular file that is replaced, a name not yet taken,
// or a symbolic link, whose final target is written (the link stays). Anything else is refused: a
// device (as root, replacing /dev/null would turn it into a plain file), a directory, a FIFO or socket,
// a file without write permission, and any file the run reads.
#include <string>
#include <vector>

namespace banmian::exporter {

// The path that stands for standard output.
inline constexpr const char* kStandardOutput = "-";

// Throws ExportError ("cannot write PATH: ...") unless writeFileAtomically(path, ...) may write there:
// see above; `inputs` are the files the run reads (the output may not be one of them, through any
// link). Call before the work that produces the bytes, so that a wrong -o costs nothing.
void checkOutputPath(const std::string& path, const std::vector<std::string>& inputs = {});

// Writes `bytes` to `path` as described above. Throws ExportError naming `path`; on failure the old
// file is untouched and no temporary file remains.
void writeFileAtomically(const std::string& path, const std::string& bytes);

}  // namespace banmian::exporter
