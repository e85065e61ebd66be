#pragma once
// Errors and warnings about the user's input, in the compiler form `file:line:col: error: message`.
#include <stdexcept>
#include <string>
#include <vector>

#include "base/source_location.h"

namespace banmian {

enum class Severity { Note, Warning, Error };

struct Diagnostic {
  Severity severity = Severity::Error;
  SourceLocation where;
  std::string message;

  std::string str() const;  // "file:line:col: error: message"
};

// Thrown for bad input: the command line turns it into exit status 1.
class InputError : public std::runtime_error {
 public:
  InputError(SourceLocation where, const std::string& message);
  const SourceLocation& where() const { return where_; }
  const std::string& message() const { return message_; }
  Diagnostic diagnostic() const { return {Severity::Error, where_, message_}; }

 private:
  SourceLocation where_;
  std::string message_;
};

// Collects warnings while the pipeline runs; `--strict` turns the first one into an error.
class DiagnosticSink {
 public:
  explicit DiagnosticSink(bool strict = false) : strict_(strict) {}
  void warn(const SourceLocation& where, const std::string& message);
  const std::vector<Diagnostic>& warnings() const { return warnings_; }
  // Notes explain a choice the pipeline made (verbose output); they never fail a run.
  void note(const SourceLocation& where, const std::string& message);
  const std::vector<Diagnostic>& notes() const { return notes_; }

 private:
  bool strict_;
  std::vector<Diagnostic> warnings_;
  std::vector<Diagnostic> notes_;
};

}  // namespace banmian
