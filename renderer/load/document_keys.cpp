// The data file's key tables; their descriptions are what an editor shows on hover.
#include "load/document_keys.h"

#include "load/layout_keys.h"

namespace banmian::load::keys {
using namespace types;

const MapSpec& document() {
  static const MapSpec spec{
      "data",
      "A banmian data file: the named content a layout's frames show.",
      {
          optional("publication", map(publication()), "Paper, date, edition and section, for templates."),
          optional("fields", namedMap(text()), "Short texts by any name the layout's frames ask for."),
          optional("stories", namedMap(oneOf({described(text(), "Markdown written inline (a block scalar, |)"),
                                              map(storyFile())})),
                   "Markdown stories by name: inline, or {file: NAME.md} beside the data file."),
          optional("photos", list(map(photo())), "Photos by id, for photo frames and ![说明](photo:ID)."),
          optional("tables", namedMap(map(table())),
                   "Tables of metrics by id, anchored with ![说明](table:ID) and numbered with the story's 表n."),
          optional("charts", namedMap(map(figureChart())), "Charts a story anchors with ![说明](chart:ID)."),
          optional("metrics",
                   oneOf({list(map(metric())),
                          described(text(), "the name of a YAML file beside the data file that holds the list")}),
                   "Figures prose, templates and charts quote: {{id|format}}."),
      }};
  return spec;
}

const MapSpec& publication() {
  static const MapSpec spec{
      "publication",
      "The publication's metadata, quoted by templates as {{publication.KEY}}.",
      {optional("paper", text(), "The paper's or publisher's name."),
               optional("date", date(), "Date of issue, yyyy-mm-dd ({{publication.date|zh-date}}: 2020年8月24日)."),
               optional("edition", integer(1, 999), "Edition (版) or issue number."),
               optional("section", text(), "Section name (统计公报).")}};
  return spec;
}

const MapSpec& storyFile() {
  static const MapSpec spec{
      "story-file",
      "A story in a Markdown file of its own.",
      {required("file", text(), "The Markdown file, relative to the data file, under --root.")}};
  return spec;
}

const MapSpec& photo() {
  static const MapSpec spec{
      "photo",
      "A photo.",
      {required("id", text(), "The photo's id, for frames and ![说明](photo:ID)."),
               required("caption", text(), "Caption set under the photo."),
               optional("file", text(), "JPEG or PNG file, relative to the data file; none: a placeholder.")}};
  return spec;
}

const MapSpec& figureChart() {
  static const MapSpec spec = [] {
    MapSpec result{"figure-chart", "A chart a story anchors, and its room in the flow."};
    result.keys = chart().keys;
    result.keys.push_back(optional("columns", types::integer(1, 100), "Columns the chart spans."));
    result.keys.push_back(optional("rows", types::integer(2, 1000), "Grid rows the chart takes."));
    return result;
  }();
  return spec;
}

const MapSpec& metric() {
  static const MapSpec spec{
      "metric",
      "A figure: one value, or a series over periods.",
      {
          required("id", text(), "The metric's id, quoted as {{id|format}}."),
          required("name", text(), "What it measures (地区生产总值)."),
          required("unit", text(), "Its unit (亿元, %), appended by the format word 'unit'."),
          optional("value", number(), "The value (with 'period'); or give 'values'."),
          optional("values", oneOf({described(namedMap(number()), "{period: value, ...} in order"),
                                    described(list(number()), "one value per 'periods' entry")}),
                   "A series over periods; its last value is the metric's value."),
          optional("periods", list(text()), "The periods of a list of 'values'."),
          optional("period", text(), "The period the value is for (2020H1)."),
          optional("decimals", integer(0, 10), "Decimals shown (default as written)."),
          optional("previous", number(), "The value of the period before."),
          optional("source", text(), "Where the figure comes from."),
      }};
  return spec;
}

const MapSpec& table() {
  static const MapSpec spec{
      "table",
      "A three-line table (三线表) of metrics: rows of metric ids under 'columns', or series metrics as columns "
      "with a row per period.",
      {
          optional("stub", text(), "Header of the row labels (产业, 月份)."),
          optional("columns", list(text()), "Headers of the value columns; each gets its metrics' unit."),
          optional("rows", list(map(tableRow())), "Rows: a label and one metric id per column."),
          optional("series", list(text()), "Series metrics, one column each, their periods as rows."),
          optional("format", text(), "Number format of the cells (sep, .N, wan, yi; no unit, trend or pp)."),
          optional("notes", list(text()), "Notes under the table (注：…); none: the metrics' sources."),
      }};
  return spec;
}

const MapSpec& tableRow() {
  static const MapSpec spec{
      "table-row",
      "A row of a table of metrics.",
      {
          required("label", text(), "The row's label (第一产业)."),
          required("metrics", list(described(ValueType{}, "a metric id, or ~ for an empty cell (—)")),
                   "One metric id per column; ~ leaves the cell empty (—)."),
      }};
  return spec;
}

}  // namespace banmian::load::keys
