#pragma once

#include "model/export_request.h"
#include "model/feature_analysis.h"
#include "model/session.h"
#include "regviz/core/sparse_generator.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace regviz {

/// The many-feature mode: a table (a CSV of more than one feature, the shipped diabetes data or the
/// sparse generator) and what to do with it.
struct FeatureRequest
{
    QString dataFile;                   ///< --data (a file of more than two columns)
    bool diabetes = false;              ///< --sample diabetes
    std::optional<SparseDesign> design; ///< --generate-features
    QString target;                     ///< --target (default: the last column)
    FeatureOptions options;             ///< --alpha, --folds, --seed, --no-standardize, --no-intercept
    std::optional<double> lambda;       ///< --lambda, checked against the data (0 to 10 lambda_max)
    QString feature;                    ///< --feature: the article's 1-D picture of this one
    QString exportPath;                 ///< --export-path
    QString exportCv;                   ///< --export-cv
    bool report = false;                ///< --report
};

/// What the command line asks for, after validation.
struct CommandLine
{
    enum class Action
    {
        Gui,      ///< open the window at the given values
        Report,   ///< print the JSON report and exit
        Export,   ///< write the requested files without a window and exit
        Features, ///< fit many features (report and/or CSV exports) and exit
        Help,     ///< print `text` to stdout and exit 0
        Version,  ///< print `text` to stdout and exit 0
        Error     ///< print `text` to stderr and exit kUsageError
    };
    static constexpr int kUsageError = 2;

    Action action = Action::Gui;
    Session session; ///< a session file (if given) with every explicit option applied over it
    bool sceneGiven =
        false;          ///< a session or any scene option was given (else the GUI restores the last scene)
    bool trace = false; ///< include every descent step in the report
    ExportRequest exports;
    std::optional<FeatureRequest> features; ///< set for data with more than one feature
    QString text;
};

/// What a shell can offer for an option's value.
enum class OptionValue
{
    None,      ///< a flag: it takes no value
    Text,      ///< a number or other text: nothing to offer
    File,      ///< a file name; `values` lists the extensions that fit (empty: any file)
    Directory, ///< a folder
    Choice     ///< one of `values`
};

/// One command-line option. The parser, --help, the man page and the bash completion are all made from
/// commandLineOptions(), so none of them can describe an option the others do not know.
struct OptionInfo
{
    QString name;        ///< long name without dashes, e.g. "lambda"
    QString shortName;   ///< one letter, or empty
    QString valueName;   ///< what --help shows for the value, e.g. "value"; empty for a flag
    QString description; ///< one or two sentences, as --help shows them
    OptionValue value = OptionValue::None;
    QStringList values; ///< extensions (File) or choices (Choice)
};

/// A command shown with what it does under "Examples" in --help and the man page.
struct CommandExample
{
    QString command;
    QString description;
};

/// An exit code and when the program returns it.
struct ExitStatus
{
    int code;
    QString meaning;
};

/// Every option, in the order --help lists them.
[[nodiscard]] std::vector<OptionInfo> commandLineOptions();
/// The positional argument (a session file): `valueName` is how the usage line shows it.
[[nodiscard]] OptionInfo commandLineArgument();
/// What the program is for, in one sentence.
[[nodiscard]] QString commandLineSummary();
[[nodiscard]] std::vector<CommandExample> commandLineExamples();
[[nodiscard]] std::vector<ExitStatus> commandLineExitStatuses();

/// Parses arguments (the first one is the program name). Reads the session file when one is named
/// (positional SESSION.json or --session). Never exits the process and needs no QCoreApplication, so
/// the caller can decide afterwards whether a display is needed.
[[nodiscard]] CommandLine parseCommandLine(const QStringList &arguments);

} // namespace regviz
