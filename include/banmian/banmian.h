#pragma once
// banmian's public API: load a layout and its data, typeset and compose the pages, write them as PDF (to
// files or to memory), PNG and SVG; run a batch manifest; report which fonts a layout's roles resolve to.
// Everything else in libbanmian is hidden. This header needs only the C++17 standard library.
//
//   banmian::RenderOptions options;
//   options.layout = "layouts/a4-bulletin.yaml";
//   options.data = "data/qinglan-2026q3.yaml";
//   banmian::Result result = banmian::renderPdf(options);  // result.pdf holds the bytes
//
// Bad input throws banmian::Error (with file, line and column); anything else thrown is a bug in banmian.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(__GNUC__)
#define BANMIAN_API __attribute__((visibility("default")))
#else
#define BANMIAN_API
#endif

namespace banmian {

// banmian's version, "0.1.0".
BANMIAN_API const char* version();

// The PDF backend: banmian's own writer (RGB, for screen; the default), Cairo's PDF surface (RGB, the same
// pages drawn by Cairo) or libharu (the print edition: CMYK, TrueType fonts only).
enum class Backend { Cairo, Haru, Native };
// Which font set of the layout the text is set in: `fonts:` (screen) or `print-fonts:` (print).
// Auto: print with the haru backend, screen otherwise.
enum class FontSet { Auto, Screen, Print };

// The words for them, as `--backend`, `--fonts` and batch manifests spell them (one list for all three).
inline constexpr std::pair<std::string_view, Backend> kBackendWords[] = {
    {"native", Backend::Native}, {"cairo", Backend::Cairo}, {"haru", Backend::Haru}};
inline constexpr std::pair<std::string_view, FontSet> kFontSetWords[] = {{"screen", FontSet::Screen},
                                                                         {"print", FontSet::Print}};

struct RenderOptions {
  std::string layout;                    // layout YAML
  std::string data;                      // data YAML
  std::string pdf;                       // PDF to write (render); "-" is standard output; unused by renderPdf
  std::string png;                       // optional: one PNG per page, "out/p{page}.png" ({page} counts from 1)
  std::string svg;                       // optional: one SVG per page, named the same way
  double dpi = 150;                      // PNG resolution
  bool strict = false;                   // a warning is an error
  Backend backend = Backend::Native;
  unsigned threads = 0;                  // threads one export may use (0: one per core)
  FontSet fonts = FontSet::Auto;
  std::string root;                      // files the data names must lie under it; empty: the data's folder
  std::optional<int64_t> creation_time;  // the PDF's creation date (seconds since 1970); none: no date
};

// A note, a warning or an error about the input, in the compiler form `file:line:col: warning: text`.
struct Message {
  enum class Kind { Note, Warning, Error };
  Kind kind = Kind::Warning;
  std::string file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based, in characters (not bytes); 0 when unknown
  std::string text;
  std::string hint;       // what may fix it ("did you mean 'columns'?"), or empty
  std::string formatted;  // the first line as banmian prints it
};

// How messages are written: as GCC and Typst write them (the first line, then the offending source line
// with a caret under the column), or as one JSON array of {file, line, column, severity, message, hint}
// for tools.
enum class MessageFormat { Human, Json };
BANMIAN_API std::string formatMessages(const std::vector<Message>& messages, MessageFormat format);

// Thrown for bad input (Kind::Input: a located error in a layout, data or story file) and for an output
// that may not be written (Kind::Output: file is the output). what() is the whole message as printed.
class BANMIAN_API Error : public std::runtime_error {
 public:
  enum class Kind { Input, Output };
  // `errors`: every error found, `where` first; empty: `where` alone.
  Error(Kind kind, const Message& where, std::vector<Message> earlier, std::vector<Message> errors = {});
  ~Error() override;
  Kind kind() const { return kind_; }
  const std::string& file() const { return where_.file; }
  int line() const { return where_.line; }
  int column() const { return where_.column; }
  const std::string& message() const { return where_.text; }
  // The warnings and notes reported before the error.
  const std::vector<Message>& earlier() const { return earlier_; }
  // Every error found, this one first: loading reports each independent mistake of both files.
  const std::vector<Message>& errors() const { return errors_; }

 private:
  Kind kind_;
  Message where_;
  std::vector<Message> earlier_;
  std::vector<Message> errors_;
};

struct Result {
  size_t pages = 0;
  std::vector<Message> messages;  // notes (they explain typesetting choices), then warnings
  std::string pdf;                // renderPdf only: the PDF's bytes
};

// Renders and writes the PDF (and the PNG and SVG pages) the options name. Each file is written whole or
// not at all. Throws Error.
BANMIAN_API Result render(const RenderOptions& options);
// Renders the PDF into memory; writes no file. Throws Error.
BANMIAN_API Result renderPdf(const RenderOptions& options);

// Loads, resolves, typesets and composes as render would, and writes nothing. Reports every independent
// mistake it finds (each style, frame, photo, metric, story ... of both files) instead of stopping at the
// first; never throws Error for bad input.
struct CheckResult {
  size_t pages = 0;               // when there was no error
  std::vector<Message> messages;  // notes, warnings, then errors
  size_t errors = 0;
};
BANMIAN_API CheckResult check(const RenderOptions& options);

// The JSON Schema (draft 2020-12) of a layout ("layout"), a data file ("data") or a batch manifest
// ("manifest"), made from the loaders' own key tables. Throws std::invalid_argument for another kind.
BANMIAN_API std::string jsonSchema(const std::string& kind);

// SOURCE_DATE_EPOCH as reproducible-builds.org defines it (for RenderOptions::creation_time): unset: none.
// Throws Error when it is not a number of seconds a PDF can hold.
BANMIAN_API std::optional<int64_t> sourceDateEpoch();

// Named limits on what an input may ask for (image pixels, file sizes, font size, ...). The process has
// one set: change them before rendering.
struct LimitSetting {
  std::string name;  // "image-pixels"
  std::string what;  // "pixels in one image"
  double value = 0;
};
BANMIAN_API std::vector<LimitSetting> limitSettings();
// Throws std::invalid_argument for an unknown name (the message lists the names) or a value that is
// not a positive number.
BANMIAN_API void changeLimit(const std::string& name, double value);

// A batch run (`banmian batch`): every job of a manifest in forked worker processes.
enum class Verbosity { Quiet, Normal, Verbose };
struct BatchOptions {
  std::string manifest;
  int workers = 1;
  double job_timeout = 0;      // seconds; 0: none
  bool force = false;          // render even jobs that are up to date
  std::string report;          // report.json to write; empty: none
  std::string shard;           // "K/N"; empty: from the environment
  std::optional<int> shards;   // how many shards JOB_COMPLETION_INDEX counts
  std::string version;         // a new version renders everything again; empty: banmian's version()
  bool terminal = false;       // draw a progress bar instead of log lines
  Verbosity verbosity = Verbosity::Normal;  // quiet: failures only; verbose: each job's warnings and notes
};
// Logs progress and failures to `log`. Returns 0 when every job succeeded, 1 otherwise.
BANMIAN_API int runBatch(const BatchOptions& options, std::ostream& log);

// Which font serves what (`banmian fonts`): each role of a layout with its families and the file
// fontconfig resolves each to, and how a sample text falls to fonts when set in the role (per character,
// with the typesetter's fallback: a character the role's fonts lack comes from whatever font has it).
struct FontFamilyFile {
  std::string family;
  std::string file;        // empty: not installed
  bool latin = false;      // the role's family for Latin letters and digits
};
struct FontSpan {
  std::string text;        // consecutive characters set in one font
  std::string family;      // empty: no installed font has them
  std::string file;
};
struct FontRoleReport {
  std::string role;
  std::vector<FontFamilyFile> families;
  std::vector<FontSpan> spans;  // the sample text, when one was given
};
struct FontReport {
  std::vector<FontRoleReport> roles;
  std::vector<Message> messages;  // such as a family that is not installed
};
// Throws Error for a bad layout or a role none of whose fonts is installed.
BANMIAN_API FontReport fontReport(const std::string& layout, const std::string& text = "",
                                  FontSet fonts = FontSet::Screen);

}  // namespace banmian
