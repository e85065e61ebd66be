#pragma once
// Runs independent tasks on a few threads: the parts of one export that do not depend on each other
// (a font to subset and compress, a page's content to compress) use both cores of a single render.
#include <cstddef>
#include <functional>

namespace banmian {

// Calls task(0) ... task(count - 1), each exactly once, on at most `threads` threads (0: one per core),
// the calling thread among them. Returns when all have run; rethrows the first exception a task threw
// (the other tasks still run, so that nothing is left half done behind the caller's back).
void parallelFor(size_t count, unsigned threads, const std::function<void(size_t)>& task);

}  // namespace banmian
