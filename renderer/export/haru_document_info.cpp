#include "export/haru_document_info.h"

#include <algorithm>
#include <ctime>
#include <string>

#include "export/bookmark_tree.h"
#include "export/haru_handles.h"

namespace banmian::exporter {
namespace {

HPDF_Date toHaruDate(int64_t seconds) {
  auto t = static_cast<time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  HPDF_Date date{};
  date.year = tm.tm_year + 1900;
  date.month = tm.tm_mon + 1;
  date.day = tm.tm_mday;
  date.hour = tm.tm_hour;
  date.minutes = tm.tm_min;
  date.seconds = tm.tm_sec;
  date.ind = 'Z';
  return date;
}

}  // namespace

void setHaruMetadata(HPDF_Doc pdf, const display::Metadata& m) {
  const std::pair<HPDF_InfoType, const std::string*> texts[] = {{HPDF_INFO_TITLE, &m.title},
                                                                {HPDF_INFO_AUTHOR, &m.author},
                                                                {HPDF_INFO_SUBJECT, &m.subject},
                                                                {HPDF_INFO_KEYWORDS, &m.keywords},
                                                                {HPDF_INFO_CREATOR, &m.creator}};
  for (const auto& [key, value] : texts)
    if (!value->empty()) checkHaru(pdf, HPDF_SetInfoAttr(pdf, key, value->c_str()), "cannot set metadata");
  if (!m.creation_time) return;  // no date unless asked: same input, same bytes
  HPDF_Date date = toHaruDate(*m.creation_time);
  checkHaru(pdf, HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, date), "cannot set the creation date");
  checkHaru(pdf, HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, date), "cannot set the modification date");
}

void addHaruOutline(HPDF_Doc pdf, const display::Document& doc, const std::vector<HPDF_Page>& pages) {
  HPDF_Encoder utf8 = HPDF_GetEncoder(pdf, "UTF-8");
  checkHaru(pdf, utf8, "cannot get the UTF-8 encoder");
  const std::vector<int> parents = bookmarkParents(doc);
  std::vector<HPDF_Outline> entries;
  for (size_t i = 0; i < doc.bookmarks.size(); ++i) {
    const display::Bookmark& b = doc.bookmarks[i];
    HPDF_Outline parent = parents[i] < 0 ? nullptr : entries[static_cast<size_t>(parents[i])];
    HPDF_Outline entry = HPDF_CreateOutline(pdf, parent, b.title.c_str(), utf8);
    checkHaru(pdf, entry, "cannot add bookmark \"" + b.title + "\"");
    HPDF_Destination target = HPDF_Page_CreateDestination(pages[b.page]);
    checkHaru(pdf, target, "cannot add bookmark \"" + b.title + "\"");
    // /FitH at the heading: libharu 2.3 refuses /XYZ with zoom 0 ("keep the zoom").
    double top = doc.pages[b.page].height - b.y;
    checkHaru(pdf, HPDF_Destination_SetFitH(target, top), "cannot add bookmark \"" + b.title + "\"");
    checkHaru(pdf, HPDF_Outline_SetDestination(entry, target), "cannot add bookmark \"" + b.title + "\"");
    checkHaru(pdf, HPDF_Outline_SetOpened(entry, HPDF_TRUE), "cannot add bookmark \"" + b.title + "\"");
    entries.push_back(entry);
  }
}

}  // namespace banmian::exporter
