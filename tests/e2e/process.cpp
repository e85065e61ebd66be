#include "process.h"

namespace banmian::e2e {

std::string repo(const std::string& relative) { return std::string(BANMIAN_SOURCE_DIR) + "/" + relative; }

std::string banmian() { return BANMIAN_BINARY; }

}  // namespace banmian::e2e
