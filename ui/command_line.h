#pragma once

#include "regviz/core/descent.h"
#include "regviz/core/params.h"

#include <QString>
#include <QStringList>

namespace regviz {

/// What the command line asks for, after validation.
struct CommandLine
{
    enum class Action
    {
        Gui,     ///< open the window at the given values
        Report,  ///< print the JSON report and exit
        Help,    ///< print `text` to stdout and exit 0
        Version, ///< print `text` to stdout and exit 0
        Error    ///< print `text` to stderr and exit kUsageError
    };
    static constexpr int kUsageError = 2;

    Action action = Action::Gui;
    Params params;
    DescentSettings descent;
    bool trace = false; ///< include every descent step in the report
    QString text;
};

/// Parses arguments (the first one is the program name). Never exits the process and needs no
/// QCoreApplication instance, so the caller can decide afterwards whether a display is needed.
[[nodiscard]] CommandLine parseCommandLine(const QStringList &arguments);

} // namespace regviz
