#pragma once
// Font faces made ready for subsetting (hb_subset_preprocess), kept for the life of the process: a batch
// worker renders many documents with the same few faces, and preparing a CJK face costs more than one
// subset of it. A face is prepared on its second use, so a single render pays nothing extra.
#include <hb.h>

#include <string>

namespace banmian::exporter {

// The face `index` of `file`, prepared once it has been asked for before; nullptr when the file cannot
// be read or has no such face. The caller owns one reference (hb_face_destroy).
hb_face_t* faceForSubsetting(const std::string& file, int index);

}  // namespace banmian::exporter
