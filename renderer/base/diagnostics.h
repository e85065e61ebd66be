#pragma once
// Errors and warnings about the user's input, in the compiler form `file:line:col: error: message`
// (diagnostic_printer.h adds the source line and a caret, or writes them as JSON).
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
  std::string hint;  // what may fix it ("did you mean 'columns'?"), or empty

  std::string str() const;  // "file:line:col: error: message; hint"
  // The message and its hint as the first line shows them.
  std::string text() const;
};

const char* severityName(Severity severity);

// Thrown for bad input: the command line turns it into exit status 1.
class InputError : public std::runtime_error {
 public:
  InputError(SourceLocation where, const std::string& message, const std::string& hint = "");
  const SourceLocation& where() const { return where_; }
  const std::string& message() const { return message_; }
  Diagnostic diagnostic() const { return {Severity::Error, where_, message_, hint_}; }

 private:
  SourceLocation where_;
  std::string message_;
  std::string hint_;
};

// Several independent errors found together (every unknown key of one map); what() is the first of them.
class InputErrors : public InputError {
 public:
  explicit InputErrors(std::vector<Diagnostic> all);
  const std::vector<Diagnostic>& all() const { return all_; }

 private:
  std::vector<Diagnostic> all_;
};

// Thrown once the errors a sink holds stop the run before the next stage; what() is the first of them.
class ReportedErrors : public InputError {
 public:
  explicit ReportedErrors(const Diagnostic& first) : InputError(first.where, first.message, first.hint) {}
};

// Collects warnings while the pipeline runs; `--strict` turns the first one into an error. Loaders also
// record here the errors of independent parts of the input, so that one run reports them all.
class DiagnosticSink {
 public:
  explicit DiagnosticSink(bool strict = false) : strict_(strict) {}
  void warn(const SourceLocation& where, const std::string& message);
  const std::vector<Diagnostic>& warnings() const { return warnings_; }
  // Notes explain a choice the pipeline made (verbose output); they never fail a run.
  void note(const SourceLocation& where, const std::string& message);
  const std::vector<Diagnostic>& notes() const { return notes_; }
  // Records the error (each of them, for InputErrors).
  void error(const InputError& error);
  const std::vector<Diagnostic>& errors() const { return errors_; }
  // Throws ReportedErrors when any error has been recorded: a later stage never sees a model built
  // from input with mistakes in it.
  void stopOnErrors() const;

 private:
  bool strict_;
  std::vector<Diagnostic> warnings_;
  std::vector<Diagnostic> notes_;
  std::vector<Diagnostic> errors_;
};

}  // namespace banmian
