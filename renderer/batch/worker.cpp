#include "batch/worker.h"

#include <fcntl.h>
#include <glob.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "base/diagnostics.h"
#include "batch/worker_protocol.h"
#include "export/export_error.h"
#include "pipeline/render_caches.h"

namespace banmian::batch {
namespace {

namespace fs = std::filesystem;

bool writeAll(int fd, const void* data, size_t size) {
  const char* bytes = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = ::write(fd, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

bool readExact(int fd, void* data, size_t size) {
  char* bytes = static_cast<char*>(data);
  while (size > 0) {
    ssize_t n = ::read(fd, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// A forked child inherits the pipes of the workers forked before it; holding them would keep those
// workers from ever seeing the end of their job pipe. Keep only this worker's two.
void keepOnlyFds(int& a, int& b) {
  a = ::fcntl(a, F_DUPFD, 3);
  b = ::fcntl(b, F_DUPFD, 3);
  const unsigned low = static_cast<unsigned>(std::min(a, b)), high = static_cast<unsigned>(std::max(a, b));
  if (low > 3) ::close_range(3, low - 1, 0);
  if (high > low + 1) ::close_range(low + 1, high - 1, 0);
  ::close_range(high + 1, ~0U, 0);
}

void actOutFault(TestFault fault) {
  if (fault == TestFault::Crash) {
    ::signal(SIGSEGV, SIG_DFL);
    ::raise(SIGSEGV);
  }
  while (fault == TestFault::Hang) ::pause();
}

[[noreturn]] void serveJobs(const Manifest& manifest, int job_fd, int result_fd) {
  keepOnlyFds(job_fd, result_fd);
  // Lives until _exit: kept from job to job, released with the process.
  auto* caches = new pipeline::RenderCaches;
  for (uint64_t index = 0; readExact(job_fd, &index, sizeof index);) {
    const Job& job = manifest.jobs.at(index);
    actOutFault(job.fault);
    const std::string answer = encodeOutcome(renderJob(job, caches));
    const uint64_t size = answer.size();
    if (!writeAll(result_fd, &size, sizeof size) || !writeAll(result_fd, answer.data(), answer.size())) break;
  }
  ::_exit(0);  // not exit(): the parent's atexit handlers and stdio buffers are not this process's to run
}

void makeOutputFolders(const pipeline::RenderOptions& o) {
  for (const std::string* path : {&o.pdf, &o.png, &o.svg})
    if (!path->empty() && fs::path(*path).has_parent_path()) fs::create_directories(fs::path(*path).parent_path());
}

std::string describeDeath(int status) {
  if (WIFSIGNALED(status))
    return fmt::format("error: the worker rendering this job crashed ({})", ::strsignal(WTERMSIG(status)));
  return fmt::format("error: the worker rendering this job exited with status {}", WEXITSTATUS(status));
}

}  // namespace

JobOutcome renderJob(const Job& job, pipeline::RenderCaches* caches) {
  JobOutcome outcome;
  outcome.job = &job;
  DiagnosticSink diagnostics(job.render.strict);
  try {
    makeOutputFolders(job.render);
    pipeline::render(job.render, diagnostics, &outcome.record, caches);
    outcome.status = JobStatus::Rendered;
  } catch (const InputError& e) {
    outcome.error = e.what();
  } catch (const exporter::ExportError& e) {
    outcome.error = std::string("error: ") + e.what();
  } catch (const std::exception& e) {
    outcome.error = std::string("internal error: ") + e.what();
  }
  for (const Diagnostic& warning : diagnostics.warnings()) outcome.warnings.push_back(warning.str());
  for (const Diagnostic& note : diagnostics.notes()) outcome.notes.push_back(note.str());
  outcome.pages = outcome.record.pages;
  return outcome;
}

void removeTemporaryOutputs(const Job& job) {
  for (const std::string* path : {&job.render.pdf, &job.render.png, &job.render.svg}) {
    if (path->empty()) continue;
    std::string pattern = *path;
    if (size_t at = pattern.find("{page}"); at != std::string::npos) pattern.replace(at, 6, "*");
    pattern += ".tmp-*";  // the names export/atomic_file gives its temporary files
    glob_t found{};
    if (::glob(pattern.c_str(), 0, nullptr, &found) == 0)
      for (size_t i = 0; i < found.gl_pathc; ++i) ::unlink(found.gl_pathv[i]);
    ::globfree(&found);
  }
}

Worker::Worker(const Manifest& manifest) : manifest_(manifest) {
  int jobs[2], results[2];
  if (::pipe(jobs) != 0 || ::pipe(results) != 0) throw std::system_error(errno, std::generic_category(), "pipe");
  pid_ = ::fork();
  if (pid_ < 0) throw std::system_error(errno, std::generic_category(), "fork");
  if (pid_ == 0) serveJobs(manifest, jobs[0], results[1]);
  ::close(jobs[0]);
  ::close(results[1]);
  job_fd_ = jobs[1];
  result_fd_ = results[0];
}

Worker::~Worker() {
  if (job_fd_ >= 0) ::close(job_fd_);  // the worker reads the end of its job pipe and exits
  if (result_fd_ >= 0) ::close(result_fd_);
  if (pid_ > 0) ::waitpid(pid_, nullptr, 0);
}

void Worker::start(size_t job_index) {
  job_ = &manifest_.jobs.at(job_index);
  started_ = std::chrono::steady_clock::now();
  buffer_.clear();
  const uint64_t index = job_index;
  writeAll(job_fd_, &index, sizeof index);  // a dead worker shows as the end of its result pipe
}

double Worker::secondsRunning() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
}

std::optional<JobOutcome> Worker::readReady() {
  char chunk[1 << 16];
  ssize_t n = ::read(result_fd_, chunk, sizeof chunk);
  if (n < 0 && errno == EINTR) return std::nullopt;
  if (n <= 0) {
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return died(describeDeath(status));
  }
  buffer_.append(chunk, static_cast<size_t>(n));
  uint64_t size = 0;
  if (buffer_.size() < sizeof size) return std::nullopt;
  std::memcpy(&size, buffer_.data(), sizeof size);
  if (buffer_.size() < sizeof size + size) return std::nullopt;
  JobOutcome outcome;
  try {
    outcome = decodeOutcome(buffer_.substr(sizeof size, size), *job_);
  } catch (const YAML::Exception& e) {
    return kill(std::string("error: the worker's answer could not be read: ") + e.what());
  }
  outcome.seconds = secondsRunning();
  job_ = nullptr;
  return outcome;
}

JobOutcome Worker::kill(const std::string& reason) {
  ::kill(pid_, SIGKILL);
  ::waitpid(pid_, nullptr, 0);
  pid_ = -1;
  return died(reason);
}

JobOutcome Worker::died(const std::string& reason) {
  JobOutcome outcome;
  outcome.job = job_;
  outcome.error = job_->where.str() + ": " + reason;
  outcome.seconds = secondsRunning();
  removeTemporaryOutputs(*job_);
  job_ = nullptr;
  return outcome;
}

}  // namespace banmian::batch
