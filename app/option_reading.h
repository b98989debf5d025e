#pragma once

// What app/command_line.cpp and app/feature_options.cpp share to read options: checked numbers and the
// parser's look-ups by name. Internal to the command line.

#include <QCommandLineParser>
#include <QString>
#include <QtGlobal>

namespace regviz::cli {

struct RealOption
{
    const char *name;
    double *target;
    double min;
    double max;
};

struct IntegerOption
{
    const char *name;
    qint64 *target;
    qint64 min;
    qint64 max;
};

/// Reads a finite number in [min, max]; returns an error message or an empty string.
[[nodiscard]] QString readReal(const QCommandLineParser &parser, const RealOption &option);
/// Reads a whole number in [min, max]; returns an error message or an empty string.
[[nodiscard]] QString readInteger(const QCommandLineParser &parser, const IntegerOption &option);
[[nodiscard]] bool isSet(const QCommandLineParser &parser, const char *name);
[[nodiscard]] QString valueOf(const QCommandLineParser &parser, const char *name);

} // namespace regviz::cli
