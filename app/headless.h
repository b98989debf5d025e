#pragma once

#include "app/command_line.h"

namespace regviz {

/// Prints the JSON report for the command line's scene. Needs only a QCoreApplication.
/// Returns the process exit code (0, or 2 when the scene's data file cannot be read).
[[nodiscard]] int printReport(const CommandLine &command);

/// Writes every file the command line asks for, drawing with the same panels as the window but without
/// showing one. Needs a QApplication (any platform; the app picks offscreen). Returns the exit code:
/// 0 when every file was written, 1 when one could not be (the message is on stderr), 2 for bad input.
[[nodiscard]] int runExports(const CommandLine &command);

} // namespace regviz
