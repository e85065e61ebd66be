#pragma once
// The typed model that `load` builds from the user's YAML (and Markdown). Every node that a later stage may
// complain about keeps its SourceLocation. Nothing here knows about fonts, shaping or drawing.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/color.h"
#include "base/source_location.h"

namespace banmian::model {

// ---------------------------------------------------------------- layout (layouts/*.yaml)

enum class Align { Start, Center, End, Justify };

// clreq's levels of line-start and line-end prohibition (kinsoku).
enum class Kinsoku {
  None,    // break anywhere (Latin words and numbers still stay whole)
  Basic,   // no line starts with a closing or pause mark, none ends with an opening one
  GB,      // Basic, and —— …… never split, numbers stay with their units (GB/T 15834)
  Strict,  // GB, and —— …… · never start a line
};

// Punctuation width styles, as xeCJK names them.
enum class PunctuationStyle {
  Quanjiao,  // full-width marks; adjacent marks compress (。” is 1.5 em)
  Banjiao,   // every mark half-width
  Kaiming,   // 。？！ full-width, the others half-width
};

// A named list of font families, tried in order (fontconfig resolves each).
struct FontRole {
  std::string name;                   // "song", "hei", "kai"
  std::vector<std::string> families;  // "Noto Serif CJK SC", "AR PL UMing CN", ...
  SourceLocation where;
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
  Text,      // one piece of content (title, subtitle, byline, masthead, credit, lead) set in a style
  Flow,      // the threaded body: the area's columns become linked column frames
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
  std::string content;       // Text: "title" | "subtitle" | "byline" | "masthead" | "credit" | "lead"
                             // Flow: "body";  Photo: the photo id in the data
  std::string style;         // paragraph style for Text frames, caption style for Photo frames
  Align valign = Align::Start;  // vertical placement of text inside a Text frame
  int caption_rows = 0;      // Photo: grid rows kept under the picture for the caption
  std::optional<Color> background;
  double padding = 0;        // pt, inside the area, for Text frames with a background
  double rule_width = 0.5;   // Rule frames
  Color rule_color = Color::black();
  ChartSpec chart;           // Chart frames
  SourceLocation where;
};

// Which paragraph or character style each Markdown element takes.
struct MarkdownStyles {
  std::string paragraph = "body";
  std::string heading3 = "section-head";
  std::string heading4 = "run-in";
  std::string strong = "strong";
  std::string superscript = "superscript";
  SourceLocation where;
};

struct Layout {
  std::string file;
  Page page;
  Grid grid;
  std::map<std::string, FontRole> fonts;
  // `print-fonts:`: the same roles in TrueType faces for the print backend (libharu); empty when absent.
  std::map<std::string, FontRole> print_fonts;
  SourceLocation print_fonts_where;
  std::map<std::string, ParagraphStyle> paragraph_styles;
  std::map<std::string, CharacterStyle> character_styles;
  MarkdownStyles markdown;
  std::vector<Frame> frames;  // in reading order
  std::optional<ChartTheme> theme;  // required when a frame is a chart
};

// ---------------------------------------------------------------- content (data/*.yaml + Markdown)

// A run of text with one character style ("" = the paragraph's own).
struct Span {
  std::string text;
  std::string character_style;
  SourceLocation where;
};

struct Block {
  enum class Kind { Paragraph, Heading, Figure };
  Kind kind = Kind::Paragraph;
  int level = 0;              // Heading: 3 or 4 (see MarkdownStyles)
  std::vector<Span> spans;
  std::string photo;          // Figure: the photo id (Markdown `![caption](photo:ID)`)
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

struct Metric {
  std::string id;             // gdp.growth
  std::string name;           // 地区生产总值增速
  double value = 0;
  std::string unit;           // %, 亿元, 户
  std::string period;         // 2020H1
  int decimals = 0;
  SourceLocation where;
};

struct Document {
  std::string file;
  Publication publication;
  std::string title, subtitle, byline, credit;
  SourceLocation title_where, subtitle_where, byline_where, credit_where;
  std::vector<Block> lead;    // Markdown
  std::vector<Block> body;    // Markdown (the article file)
  std::vector<Photo> photos;  // in data order
  std::vector<Metric> metrics;
  std::vector<std::string> input_files;  // every file the data names and the run reads (not `file`)

  const Photo* findPhoto(const std::string& id) const;
};

}  // namespace banmian::model
