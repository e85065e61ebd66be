#pragma once
// The typed model that `load` builds from the user's YAML (and Markdown). Every node that a later stage may
// complain about keeps its SourceLocation. Nothing here knows about fonts, shaping or drawing.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/color.h"
#include "base/number_format.h"
#include "base/source_location.h"
#include "base/text_options.h"

namespace banmian::model {

// ---------------------------------------------------------------- layout (layouts/*.yaml)

// The paragraph options are shared with the typesetter (base/text_options.h).
using ::banmian::Align;
using ::banmian::Kinsoku;
using ::banmian::PunctuationStyle;
using ::banmian::Language;
using ::banmian::Emphasis;

// A named list of font families, tried in order (fontconfig resolves each).
struct FontRole {
  std::string name;                   // "song", "hei", "kai"
  std::vector<std::string> families;  // "Noto Serif CJK SC", "AR PL UMing CN", ...
  SourceLocation where;
  std::string latin = "";             // a family for Latin letters and digits ("" = the CJK font's own)
  double latin_scale = 1;             // their size relative to the text's (Latin x-heights run small)
};

struct ParagraphStyle {
  std::string name;
  std::string font;         // a FontRole name
  int weight = 400;         // 400 regular, 700 bold
  double size = 9;          // pt
  double leading = 13;      // pt, baseline to baseline
  double indent = 0;        // first-line indent in em
  Align align = Align::Justify;
  Align last_line = Align::Start;  // alignment of a paragraph's last line
  Color color = Color::black();
  bool normalize_punctuation = true;  // half-width ,;:!?() between Chinese characters -> full-width
  bool fit_width = false;   // single-line display text: shrink the size until the line fits
  double min_size = 0;      // lower bound for fit_width, pt
  int space_before = 0;     // grid rows before (in a flow)
  int space_after = 0;      // grid rows after (in a flow)
  int rows = 0;             // a heading occupies exactly this many grid rows (0 = as many as its lines need)
  std::optional<Color> band;   // background tint behind a heading's rows
  std::optional<Color> number_box;  // headings "1 标题": draw the leading number white in a box of this colour
  Kinsoku kinsoku = Kinsoku::GB;
  PunctuationStyle punctuation = PunctuationStyle::Quanjiao;
  double cjk_latin_space = 0.25;    // em between Han and Latin letters or digits
  bool opening_at_line_start_half = false;  // an opening mark at a line start loses its blank half
  bool curly_quotes = true;         // straight quotes in Chinese text -> “” ‘’ (with normalize_punctuation)
  bool hanging_punctuation = false; // `hanging-punctuation: end`: ，。、． may hang past a line's end
  Language lang = Language::Hans;   // zh-Hans, zh-Hant, zh-HK
  double max_justify_gap = 0.25;    // em: the widest gap justification should open between characters
  int orphans = 2;          // first lines of a paragraph kept together at the foot of a column
  int widows = 2;           // last lines of a paragraph kept together at the head of a column
  SourceLocation where;
};

struct CharacterStyle {
  std::string name;
  std::optional<std::string> font;
  std::optional<int> weight;
  std::optional<double> scale;     // size relative to the paragraph's
  std::optional<double> rise;      // baseline shift in em, positive = up (superscript)
  std::optional<Color> color;
  std::optional<Emphasis> emphasis;  // `emphasis: dots`: 着重号 under each ideograph
  SourceLocation where;
};

struct Page {
  double width = 0, height = 0;                           // pt
  double margin_top = 0, margin_bottom = 0, margin_left = 0, margin_right = 0;  // pt
  SourceLocation where;
};

struct Grid {
  int columns = 1;
  double gutter = 0;   // pt
  double row = 13;     // pt: the baseline grid step (body leading)
  double column_rule_width = 0;  // pt; 0 = no column rules
  Color column_rule_color = Color::black();
  SourceLocation where;
};

// A rectangle on the page grid: columns counted from 1, inclusive; rows counted from 0, [first, last).
struct GridArea {
  int first_column = 1, last_column = 1;
  int first_row = 0, last_row = 0;
  SourceLocation where;
};

enum class FrameKind {
  Text,      // a field or a story of the data, or a text template, set in a style
  Flow,      // a story threaded through the area's columns, and on through the chain of flow frames
  Photo,     // an image (or placeholder) with its caption under it
  Rule,      // a horizontal rule along the top of the area
  Chart,     // a chart drawn from the data's metrics (see ChartSpec)
};

// ---------------------------------------------------------------- charts (frames of kind `chart`)

enum class ChartMark { Bar, Column, Line, Pie, Donut, Ring, Kpi, Table };

// One value of a chart: a metric named by id (resolved against the data's metrics in `resolve`).
struct ChartDatum {
  std::string metric;          // gdp.growth
  std::string label;           // what the chart calls it; "" = the metric's name
  std::string change;          // KPI tiles, tables: a metric giving the change (a growth rate); "" = none
  SourceLocation where;        // of the metric reference
  SourceLocation change_where;
};

struct ChartSeries {
  std::string name;            // legend entry; "" for a chart of one series
  std::vector<ChartDatum> data;
  SourceLocation where;
};

// A chart in the spirit of Vega-Lite: data (metric references) -> mark -> labels, title and source note.
struct ChartSpec {
  ChartMark mark = ChartMark::Bar;
  std::string title;
  std::string note;            // under the chart: 数据来源：…
  std::vector<std::string> categories;  // several series: one label per position
  std::vector<ChartSeries> series;      // `data:` is one series without a name
  bool stacked = false;        // bar, column: stack the series instead of grouping them
  std::string format;          // number format of the value labels (base/number_format.h); "" = the metric's own
  std::string axis_title;      // value axis caption, e.g. 增速(%)
  int tile_columns = 0;        // KPI tiles per row; 0 = all in one row
  // A chart of a data file may take its data from one of the data's tables (`table: ID`) instead: the
  // table's rows are its categories, its value columns (or only `table-column: N`) its series.
  std::string table;
  int table_column = 0;        // 1-based among the table's value columns; 0 = every one
  SourceLocation table_where;
  SourceLocation where;
};

// Colours and type of charts; text is set in the layout's font roles and stays black unless asked.
struct ChartTheme {
  std::vector<Color> palette;  // series and slice colours, in order
  Color ink = Color::black();  // chart text
  Color muted = Color::rgb(0.35, 0.35, 0.35);  // axis labels, notes
  Color grid = Color::rgb(0.8, 0.8, 0.8);      // grid lines; the zero line is ink
  Color track = Color::rgb(0.9, 0.9, 0.9);     // the unfilled part of a share ring
  std::optional<Color> background;             // behind each chart frame
  std::string title_font, label_font, number_font;  // font roles
  double title_size = 10.5, label_size = 8, number_size = 8, big_number_size = 22, note_size = 7;  // pt
  double padding = 6;          // pt inside the frame
  SourceLocation where;
};

struct Frame {
  std::string name;
  FrameKind kind = FrameKind::Text;
  GridArea area;
  std::string content;       // Text: a field or story name; Flow: a story name; Photo: the photo id
  // Text: a template instead of content, in one to three parts set at the start, centre and end of the
  // frame: "{{publication.paper}}", "第{{page}}页/共{{pages}}页".
  std::vector<std::string> text_template;
  std::string style;         // paragraph style for Text frames, caption style for Photo frames
  Align valign = Align::Start;  // vertical placement of text inside a Text frame
  int caption_rows = 0;      // Photo: grid rows kept under the picture for the caption
  std::optional<Color> background;
  double padding = 0;        // pt, inside the area, for Text frames with a background
  double rule_width = 0.5;   // Rule frames
  Color rule_color = Color::black();
  bool balance = true;       // Flow: balance the columns where the story ends
  ChartSpec chart;           // Chart frames
  SourceLocation where;
};

// A page design: size, margins, grid and the frames on it. The page sequence draws pages from masters.
struct Master {
  std::string name;
  Page page;
  Grid grid;
  std::vector<Frame> frames;  // in reading order
  SourceLocation where;
};

// Which masters the pages come from: the first page from `first`, then as many pages from `repeat` as
// the stories need (none when `repeat` is empty), never more than `max_pages` in all.
struct PageSequence {
  std::string first;
  std::string repeat;
  int max_pages = 500;
  SourceLocation where;
};

// Figures anchored in a story (`![说明](photo:ID)`, `![说明](chart:ID)`) float in the flow.
struct FloatSettings {
  int columns = 1;                   // columns a photo spans (a chart says its own)
  int photo_rows = 10;               // picture height in rows for a photo without a file
  std::string caption_style = "caption";
  std::string numbering = "图{n}";   // caption prefix; "" for none
  int table_columns = 0;             // columns a table spans; 0 = all the flow's
  std::string table_numbering = "表{n}";
  std::string table_style = "table"; // paragraph style of table cells, caption and notes
  SourceLocation where;
};

// Which paragraph or character style each Markdown element takes.
struct MarkdownStyles {
  std::string paragraph = "body";
  // Paragraph styles of heading levels 1-6 (`#` … `######`); "" = the layout sets no heading of that level.
  std::string headings[6] = {"", "", "", "", "", ""};
  std::string list_item;     // paragraph style of list items; "" = lists are refused
  std::string strong = "strong";
  std::string emphasis = "emphasis";
  std::string superscript = "superscript";
  SourceLocation where;
};

struct Layout {
  std::string file;
  Page page;   // the default page and grid of every master
  Grid grid;
  std::map<std::string, FontRole> fonts;
  // `print-fonts:`: the same roles in TrueType faces for the print backend (libharu); empty when absent.
  std::map<std::string, FontRole> print_fonts;
  SourceLocation print_fonts_where;
  std::map<std::string, ParagraphStyle> paragraph_styles;
  std::map<std::string, CharacterStyle> character_styles;
  MarkdownStyles markdown;
  std::vector<Master> masters;  // `frames:` is the master named "page"; `masters:` adds more
  PageSequence sequence;
  FloatSettings floats;
  std::optional<ChartTheme> theme;  // required when a frame is a chart
  ChangeWording wording;            // how {{x|trend}} and {{x|pp}} word a change

  const Master& master(const std::string& name) const;
};

// ---------------------------------------------------------------- content (data/*.yaml + Markdown)

// A run of text with one character style ("" = the paragraph's own).
struct Span {
  std::string text;
  std::string character_style;
  SourceLocation where;
};

enum class FigureKind { Photo, Chart, Table };

// A statistical table (三线表) from a GFM table in a story: a header row, body rows of cells, per column
// an alignment (right-aligned columns are numeric), a caption and notes from the paragraphs after it.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // every row has header.size() cells; "" is an empty cell
  std::vector<Align> align;                    // per column; End = a numeric column
  std::string caption;                         // from "表：…" (or "Table: …") after the table
  std::string unit;                            // "单位：亿元", set over the table's right end; "" for none
  std::vector<std::string> notes;              // "注：…", "资料来源：…" after it
  std::vector<SourceLocation> row_where;
};

struct Block {
  enum class Kind { Paragraph, Heading, ListItem, Figure };
  Kind kind = Kind::Paragraph;
  int level = 0;              // Heading: 1-6
  std::vector<Span> spans;    // ListItem: the marker ("1." or "•") is the first span's start
  FigureKind figure = FigureKind::Photo;  // Figure: what `![caption](photo:ID)` or `(chart:ID)` shows
  std::string figure_id;
  std::string caption;        // Figure: the Markdown image's text
  std::optional<Table> table; // Figure of kind Table
  SourceLocation where;
};

// A block's text without its styling (headings for bookmarks, captions and notes of tables).
std::string plainText(const Block& block);

// A Markdown story, inline in the data file or in a file beside it.
struct Story {
  std::string name;
  std::vector<Block> blocks;
  SourceLocation where;
};

// A short text by name: title, byline, credit, or any name a layout's frames ask for.
struct Field {
  std::string name;
  std::string text;
  SourceLocation where;
};

struct Publication {
  std::string paper;          // 株洲日报
  std::string date;           // ISO 8601, e.g. 2020-08-24
  int edition = 0;            // 版次
  std::string section;        // 县域经济·醴陵
  SourceLocation where;
};

struct Photo {
  std::string id;
  std::string caption;
  std::string file;           // resolved to an absolute path, or empty when the data names none
  SourceLocation where;
};

// A figure of the data: a scalar, or a series over periods whose last value is its value.
struct Metric {
  std::string id;             // gdp.growth
  std::string name;           // 地区生产总值增速
  double value = 0;           // a series: its last value
  std::string unit;           // %, 亿元, 户
  std::string period;         // 2020H1; a series: its last period
  int decimals = 0;
  SourceLocation where;
  std::vector<std::string> periods;  // a series: 2026-01, 2026-02, … in order; empty for a scalar
  std::vector<double> values;        // one per period
  std::optional<double> previous;    // the same figure a period before
  std::string source;                // 资料来源
};

// A chart that a story anchors with `![说明](chart:ID)`: its spec and the room it takes as a float.
struct FigureChart {
  std::string id;
  ChartSpec spec;
  int columns = 1;            // columns spanned
  int rows = 12;              // grid rows, caption included
  SourceLocation where;
};

// A table the data file builds from its metrics (`tables:`), anchored in a story with ![说明](table:ID):
// rows of metric ids under value columns, or series metrics as columns with their periods as rows.
struct TableSpec {
  struct Row {
    std::string label;
    std::vector<std::string> metrics;      // one per value column; "" is an empty cell
    std::vector<SourceLocation> where;     // of each metric reference
    SourceLocation row_where;
  };
  std::string id;
  std::string stub;                        // header of the row labels' column
  std::vector<std::string> columns;        // value columns' headers, without the unit (the metrics give it)
  std::vector<SourceLocation> column_where;
  std::vector<Row> rows;
  std::vector<std::string> series;         // series metrics, one per value column; their periods are rows
  std::vector<SourceLocation> series_where;
  std::string format;                      // number format of the cells ("" = each metric's decimals)
  std::vector<std::string> notes;          // 注：…, 资料来源：…
  SourceLocation where;
};

struct Document {
  std::string file;
  std::optional<Publication> publication;
  std::map<std::string, Field> fields;
  std::map<std::string, Story> stories;
  std::vector<Photo> photos;  // in data order
  std::map<std::string, FigureChart> charts;
  std::map<std::string, TableSpec> tables;
  std::vector<Metric> metrics;
  std::vector<std::string> input_files;  // every file the data names and the run reads (not `file`)

  const Photo* findPhoto(const std::string& id) const;
  const Story* findStory(const std::string& name) const;
  const Field* findField(const std::string& name) const;
};

}  // namespace banmian::model
