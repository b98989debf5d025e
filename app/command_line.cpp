#include "app/command_line.h"

#include "app/feature_options.h"
#include "app/option_reading.h"
#include "model/build_info.h"
#include "model/feature_data.h"
#include "model/panel_names.h"
#include "model/scene_setup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>

namespace regviz {

namespace {

using cli::IntegerOption;
using cli::isSet;
using cli::readInteger;
using cli::readReal;
using cli::RealOption;
using cli::valueOf;

/// This file's translation context. A free tr() would do at run time, but lupdate would file its
/// strings under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

/// Every optimizer's command-line name, in core's order.
QStringList optimizerChoices()
{
    QStringList names;
    for (const Optimizer optimizer : kAllOptimizers)
        names << QString::fromLatin1(optimizerName(optimizer));
    return names;
}

/// Every objective's command-line name, in core's order.
QStringList penaltyChoices()
{
    QStringList names;
    for (const Penalty kind : kAllPenalties)
        names << QString::fromLatin1(penaltyName(kind));
    return names;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(commandLineSummary());
    const OptionInfo argument = commandLineArgument();
    parser.addPositionalArgument(argument.name, argument.description, argument.valueName);
    for (const OptionInfo &info : commandLineOptions()) {
        QStringList names;
        if (!info.shortName.isEmpty())
            names << info.shortName;
        names << info.name;
        QCommandLineOption option(names, info.description);
        option.setValueName(info.valueName);
        parser.addOption(option);
    }
}

/// QCommandLineParser keeps the last of repeated values; a script that says --lambda twice more likely
/// has a mistake in it than a wish for the second value.
std::optional<QString> repeatedOption(const QCommandLineParser &parser)
{
    const QStringList found = parser.optionNames();
    for (const OptionInfo &info : commandLineOptions()) {
        const qsizetype times =
            found.count(info.name) + (info.shortName.isEmpty() ? 0 : found.count(info.shortName));
        if (times > 1)
            return Text::tr("--%1 was given %2 times; give each option once").arg(info.name).arg(times);
    }
    return std::nullopt;
}

/// The session file, named as the argument or with --session.
std::optional<QString> readSession(const QCommandLineParser &parser, CommandLine &result)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return Text::tr("unexpected argument '%1' (only one session file can be opened)")
            .arg(positional.at(1));
    if (!positional.isEmpty() && isSet(parser, "session"))
        return Text::tr("a session was named twice: '%1' and --session").arg(positional.constFirst());
    const QString sessionFile = positional.isEmpty() ? valueOf(parser, "session") : positional.constFirst();
    if (sessionFile.isEmpty())
        return std::nullopt;
    const SessionParse loaded = loadSessionFile(sessionFile);
    if (!loaded.session)
        return loaded.error;
    result.session = *loaded.session;
    result.sceneGiven = true;
    return std::nullopt;
}

/// The numbers, each checked against its range, that set the scene, the descent and the frame options.
std::optional<QString> readNumbers(const QCommandLineParser &parser, CommandLine &result)
{
    Params &p = result.session.params;
    DescentSettings &d = result.session.descent;
    AnimationOptions &animation = result.exports.animation;
    qint64 samples = p.samples;
    auto seed = static_cast<qint64>(p.seed);
    qint64 steps = d.maxSteps;
    qint64 batch = d.batch;
    qint64 frame = result.session.frame;
    qint64 frames = animation.frameCount;
    qint64 delay = animation.delayMs;
    const RealOption reals[] = {
        // Checked against the range the data give it once they are known (readSceneOptions, applySession).
        {"lambda", &p.lambda, limits::lambda.min, limits::lambdaCeiling},
        {"true-weight", &p.trueWeight, limits::trueWeight.min, limits::trueWeight.max},
        {"noise", &p.noise, limits::noise.min, limits::noise.max},
        {"alpha", &p.alpha, limits::alpha.min, limits::alpha.max},
        {"correlation", &p.correlation, limits::correlation.min, limits::correlation.max},
        {"second-weight", &p.secondWeight, limits::secondWeight.min, limits::secondWeight.max},
        {"eta", &d.eta, limits::etaMin, limits::etaMax},
        {"w0", &d.w0, -limits::wLimit, limits::wLimit},
        {"beta", &d.beta, limits::betaMin, limits::betaMax},
        {"beta2", &d.beta2, limits::beta2Min, limits::beta2Max},
        {"epsilon", &d.epsilon, limits::epsilonMin, limits::epsilonMax},
        {"weight-decay", &d.weightDecay, limits::weightDecayMin, limits::weightDecayMax},
        {"scale", &result.exports.still.scale, kMinFigureScale, kMaxFigureScale},
    };
    const IntegerOption integers[] = {
        {"samples", &samples, limits::samples.min, limits::samples.max},
        {"seed", &seed, static_cast<qint64>(limits::seed.min), static_cast<qint64>(limits::seed.max)},
        {"steps", &steps, limits::stepsMin, limits::stepsMax},
        {"batch", &batch, limits::batchMin, limits::samples.max},
        {"frame", &frame, 0, limits::stepsMax},
        {"frames", &frames, 1, kMaxAnimationFrames},
        {"frame-delay", &delay, 20, 60000},
    };
    for (const RealOption &option : reals) {
        // With many features lambda's range follows the data; readFeatures reads it.
        if (result.features && std::string_view(option.name) == "lambda")
            continue;
        if (QString error = readReal(parser, option); !error.isEmpty())
            return error;
    }
    for (const IntegerOption &option : integers) {
        if (QString error = readInteger(parser, option); !error.isEmpty())
            return error;
    }
    p.samples = static_cast<int>(samples);
    p.seed = static_cast<std::uint64_t>(seed);
    d.maxSteps = static_cast<int>(steps);
    d.batch = static_cast<int>(batch);
    result.session.frame = static_cast<int>(frame);
    animation.frameCount = static_cast<int>(frames);
    animation.delayMs = static_cast<int>(delay);
    return std::nullopt;
}

/// --compare NAME,NAME,... and --compare-objective: what the comparison panel runs.
std::optional<QString> readComparison(const QCommandLineParser &parser, Comparison &comparison)
{
    Comparison read = comparison;
    if (isSet(parser, "compare")) {
        read.optimizers.clear();
        for (const QString &part : valueOf(parser, "compare").split(QLatin1Char(','))) {
            const QString name = part.trimmed();
            const auto optimizer = optimizerFromName(name.toStdString());
            if (!optimizer)
                return Text::tr("--compare: '%1' is not one of %2")
                    .arg(name, optimizerChoices().join(QStringLiteral(", ")));
            read.optimizers.push_back(*optimizer);
        }
        if (!isValid(read))
            return Text::tr("--compare: give 1 to %1 optimizers, none twice").arg(Comparison::kMaxOptimizers);
    }
    if (isSet(parser, "compare-objective")) {
        const QString name = valueOf(parser, "compare-objective").trimmed();
        const auto kind = penaltyFromName(name.toStdString());
        if (!kind)
            return Text::tr("--compare-objective: '%1' is not one of %2")
                .arg(name, penaltyChoices().join(QStringLiteral(", ")));
        read.objective = *kind;
    }
    comparison = read;
    return std::nullopt;
}

/// Everything that sets the scene: the numbers, the optimizer, the view switches and a data file.
std::optional<QString> readSceneOptions(const QCommandLineParser &parser, CommandLine &result)
{
    if (auto error = readNumbers(parser, result))
        return error;
    if (isSet(parser, "optimizer")) {
        const QString name = valueOf(parser, "optimizer").trimmed();
        const auto optimizer = optimizerFromName(name.toStdString());
        if (!optimizer)
            return Text::tr("--optimizer: '%1' is not one of %2")
                .arg(name, optimizerChoices().join(QStringLiteral(", ")));
        result.session.descent.optimizer = *optimizer;
    }
    if (auto error = readComparison(parser, result.session.comparison))
        return error;
    ViewOptions &view = result.session.view;
    view.showElastic = view.showElastic || isSet(parser, "elastic");
    view.zoomNearZero = view.zoomNearZero || isSet(parser, "zoom-zero");
    if (isSet(parser, "data"))
        result.session.dataFile = valueOf(parser, "data");
    if (isSet(parser, "intercept") && isSet(parser, "no-intercept"))
        return Text::tr("--intercept and --no-intercept cannot both be given");
    // Measured data fit an intercept unless told otherwise; the article's generated data none.
    Params &fit = result.session.params;
    if (isSet(parser, "data"))
        fit.intercept = true;
    if (isSet(parser, "intercept") || isSet(parser, "no-intercept"))
        fit.intercept = isSet(parser, "intercept");
    // On generated data the range is known now; a data file's is checked when it is read (applySession).
    if ((isSet(parser, "lambda") || result.sceneGiven) && result.session.dataFile.isEmpty()) {
        const Params &p = result.session.params;
        if (const double end = lambdaEndFor(p, nullptr); p.lambda > end)
            return isSet(parser, "lambda")
                       ? Text::tr("--lambda: %1 is outside [0, %2]")
                             .arg(valueOf(parser, "lambda").trimmed())
                             .arg(end)
                       : Text::tr("the session's \"params.lambda\" = %1 is outside [0, %2], the range its "
                                  "data give it")
                             .arg(p.lambda)
                             .arg(end);
    }
    for (const char *name : {"lambda",
                             "true-weight",
                             "noise",
                             "samples",
                             "seed",
                             "alpha",
                             "correlation",
                             "second-weight",
                             "optimizer",
                             "eta",
                             "w0",
                             "steps",
                             "beta",
                             "beta2",
                             "epsilon",
                             "batch",
                             "weight-decay",
                             "compare",
                             "compare-objective",
                             "frame",
                             "elastic",
                             "zoom-zero",
                             "intercept",
                             "no-intercept",
                             "data"})
        result.sceneGiven = result.sceneGiven || isSet(parser, name);
    return std::nullopt;
}

/// --size and --panel, for a still export and an animation alike (--scale is one of the numbers).
std::optional<QString> readFigureOptions(const QCommandLineParser &parser, CommandLine &result)
{
    FigureOptions &still = result.exports.still;
    if (isSet(parser, "size")) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch match = pattern.match(valueOf(parser, "size").trimmed());
        const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (width < kMinFigureSide || width > kMaxFigureSide || height < kMinFigureSide ||
            height > kMaxFigureSide)
            return Text::tr("--size: '%1' is not WIDTHxHEIGHT with each side in [%2, %3]")
                .arg(valueOf(parser, "size"))
                .arg(kMinFigureSide)
                .arg(kMaxFigureSide);
        still.size = QSize(width, height);
    }
    if (isSet(parser, "panel")) {
        still.panel = valueOf(parser, "panel").trimmed();
        if (const auto error = checkFigureOptions(still))
            return QStringLiteral("--panel: ") + *error;
    }
    // An animation keeps its smaller default size unless one is given.
    AnimationOptions &animation = result.exports.animation;
    animation.figure.panel = still.panel;
    animation.figure.scale = still.scale;
    if (isSet(parser, "size"))
        animation.figure.size = still.size;
    return std::nullopt;
}

/// The files to write, the options that only make sense with them, and so what the run does.
std::optional<QString> readExports(const QCommandLineParser &parser, CommandLine &result)
{
    ExportRequest &e = result.exports;
    e.figure = valueOf(parser, "export");
    e.gif = valueOf(parser, "export-gif");
    e.frames = valueOf(parser, "export-frames");
    e.dataset = valueOf(parser, "export-data");
    e.curves = valueOf(parser, "export-curves");
    e.trace = valueOf(parser, "export-trace");
    if (!e.figure.isEmpty() && !figureFormatFor(e.figure))
        return Text::tr("--export: '%1' must end in .png, .pdf or .svg").arg(e.figure);
    if (!e.gif.isEmpty() && !e.gif.endsWith(QLatin1String(".gif"), Qt::CaseInsensitive))
        return Text::tr("--export-gif: '%1' must end in .gif").arg(e.gif);
    for (const char *name :
         {"export", "export-gif", "export-frames", "export-data", "export-curves", "export-trace"}) {
        if (isSet(parser, name) && valueOf(parser, name).trimmed().isEmpty())
            return Text::tr("--%1 needs a file name").arg(QString::fromLatin1(name));
    }
    const bool figureOptions = isSet(parser, "panel") || isSet(parser, "size") || isSet(parser, "scale");
    if (figureOptions && e.figure.isEmpty() && e.gif.isEmpty() && e.frames.isEmpty())
        return Text::tr("--panel, --size and --scale go with --export, --export-gif or --export-frames");
    if ((isSet(parser, "frames") || isSet(parser, "frame-delay")) && e.gif.isEmpty() && e.frames.isEmpty())
        return Text::tr("--frames and --frame-delay go with --export-gif or --export-frames");

    const bool report = isSet(parser, "report");
    result.trace = isSet(parser, "trace");
    if (result.trace && !report)
        return Text::tr("--trace only goes with --report");
    if (report && e.any())
        return Text::tr("--report and the --export options cannot be combined");
    if (report)
        result.action = CommandLine::Action::Report;
    else if (e.any())
        result.action = CommandLine::Action::Export;
    else
        result.action = CommandLine::Action::Gui;
    return std::nullopt;
}

/// The sections --help adds after Qt's list of options.
QString examplesAndExitStatus()
{
    QString text = QLatin1Char('\n') + Text::tr("Examples:") + QLatin1Char('\n');
    for (const CommandExample &example : commandLineExamples())
        text += QStringLiteral("  %1\n      %2\n").arg(example.command, example.description);
    text += QLatin1Char('\n') + Text::tr("Exit status:") + QLatin1Char('\n');
    for (const ExitStatus &status : commandLineExitStatuses())
        text += QStringLiteral("  %1  %2\n").arg(status.code).arg(status.meaning);
    return text;
}

} // namespace

std::vector<OptionInfo> commandLineOptions()
{
    const auto flag = [](const char *name, const QString &description) {
        return OptionInfo{QString::fromLatin1(name), {}, {}, description, OptionValue::None, {}};
    };
    const auto valued = [](const char *name, const char *valueName, const QString &description,
                           OptionValue value = OptionValue::Text, const QStringList &values = {}) {
        return OptionInfo{
            QString::fromLatin1(name), {}, QString::fromLatin1(valueName), description, value, values};
    };
    OptionInfo help = flag("help", Text::tr("Show this help and exit."));
    help.shortName = QStringLiteral("h");
    OptionInfo version =
        flag("version",
             Text::tr("Show the version, the Qt, QCustomPlot and compiler it was built with, and exit."));
    version.shortName = QStringLiteral("v");
    const OptionValue file = OptionValue::File;
    const QStringList csv{QStringLiteral("csv")};
    return {
        help,
        version,
        valued("session", "file", Text::tr("Open this session file (same as the positional argument)."), file,
               {QStringLiteral("json")}),
        valued("data", "file",
               Text::tr("Use the (x, y) pairs of this CSV file instead of generated data; a file of more "
                        "columns is a table of features (the last column, or --target, is y)."),
               file, csv),
        valued("lambda", "value",
               Text::tr("Regularization strength λ, 0 to max(5, 2 λc) of the data (many features: 0 to 10 × "
                        "λmax of the data, "
                        "default λ1se of cross-validation).")),
        valued("true-weight", "value", Text::tr("True weight w of y = w x + σ e, -2 to 2.")),
        valued("noise", "value", Text::tr("Noise standard deviation σ, 0 to 2.")),
        valued("samples", "n", Text::tr("Number of data points n, 2 to 1000000.")),
        valued("seed", "seed",
               Text::tr("Random seed of the dataset (many features: of the folds), 0 to 2147483647.")),
        valued("alpha", "value", Text::tr("Elastic-net mix α, 0 (ridge) to 1 (lasso).")),
        valued("correlation", "value",
               Text::tr("2-D picture: correlation of the two features, -0.95 to 0.95.")),
        valued("second-weight", "value",
               Text::tr("2-D picture: true weight w2 (w1 is --true-weight), -2 to 2.")),
        valued("optimizer", "name",
               Text::tr("Descent optimizer: %1.").arg(optimizerChoices().join(QStringLiteral(", "))),
               OptionValue::Choice, optimizerChoices()),
        valued("eta", "value", Text::tr("Descent step size η, 0.0001 to 5.")),
        valued("w0", "value", Text::tr("Descent start w0, -100 to 100.")),
        valued("steps", "n", Text::tr("Descent step cap, 1 to 100000.")),
        valued("beta", "value",
               Text::tr("Momentum, Nesterov and Adam's β1, %1 to %2 (default 0.9).")
                   .arg(limits::betaMin)
                   .arg(limits::betaMax)),
        valued("beta2", "value",
               Text::tr("Adam and AdamW's second-moment decay β2, %1 to %2 (default 0.999).")
                   .arg(limits::beta2Min)
                   .arg(limits::beta2Max)),
        valued("epsilon", "value",
               Text::tr("Adam and AdamW's denominator guard ε, %1 to %2 (default 1e-08).")
                   .arg(limits::epsilonMin)
                   .arg(limits::epsilonMax)),
        valued("batch", "n",
               Text::tr("Rows per minibatch of sgd and proximal-sgd, %1 to %2 (at most n; default 20).")
                   .arg(limits::batchMin)
                   .arg(limits::samples.max)),
        valued("weight-decay", "value",
               Text::tr("AdamW's extra decoupled weight decay, added to the 2 λ of the w² penalty, %1 to %2 "
                        "(default 0).")
                   .arg(limits::weightDecayMin)
                   .arg(limits::weightDecayMax)),
        valued("compare", "names",
               Text::tr("Optimizers the compare panel runs side by side, 1 to 4 of %1, comma-separated "
                        "(default gd,proximal,adam,sgd).")
                   .arg(optimizerChoices().join(QStringLiteral(", ")))),
        valued("compare-objective", "name",
               Text::tr("Objective the compare panel runs them on: %1 (default l1).")
                   .arg(penaltyChoices().join(QStringLiteral(", "))),
               OptionValue::Choice, penaltyChoices()),
        valued("frame", "n",
               Text::tr("Descent step shown in a still figure (default: the session's, else 0).")),
        flag("elastic", Text::tr("Draw the elastic-net curve and run too.")),
        flag("zoom-zero", Text::tr("Narrow the regularized panel to w near 0.")),
        flag("report", Text::tr("Print the scene as one JSON object and exit (no display needed).")),
        flag("trace", Text::tr("With --report: include every descent step.")),
        valued("export", "file",
               Text::tr("Write the figure to FILE (.png, .pdf or .svg) and exit, without a window."), file,
               {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg")}),
        valued("panel", "name",
               Text::tr("With --export, --export-gif or --export-frames: only this panel (%1).")
                   .arg(panelNames().join(QStringLiteral(", "))),
               OptionValue::Choice, panelNames()),
        valued("size", "WxH", Text::tr("Figure size in pixels (points for PDF), default 1600x1000.")),
        valued("scale", "s", Text::tr("PNG pixel scale, 0.5 to 4 (2 for high-density screens), default 1.")),
        valued("export-gif", "file", Text::tr("Write the descent run as a looping animated GIF and exit."),
               file, {QStringLiteral("gif")}),
        valued("export-frames", "dir",
               Text::tr("Write the descent run as numbered PNG files into an existing folder and exit."),
               OptionValue::Directory),
        valued("frames", "n", Text::tr("Frames in a GIF or frame sequence, 1 to 1000 (default 60).")),
        valued("frame-delay", "ms",
               Text::tr("Milliseconds each GIF frame shows, 20 to 60000 (default 100).")),
        valued("export-data", "file", Text::tr("Write the dataset as CSV (x,y) and exit."), file, csv),
        valued("export-curves", "file", Text::tr("Write every curve on the w grid as CSV and exit."), file,
               csv),
        valued("export-trace", "file", Text::tr("Write every descent step as CSV and exit."), file, csv),
        valued("sample", "name", Text::tr("Many features: the shipped diabetes data (Efron et al. 2004)."),
               OptionValue::Choice, {QStringLiteral("diabetes")}),
        valued("generate-features", "spec",
               Text::tr("Many features with a known sparse truth: p=FEATURES,k=NONZERO,rho=CORRELATION and "
                        "optionally structure=equi|ar1, sigma, n, seed (e.g. p=20,k=5,rho=0.5).")),
        valued("target", "name", Text::tr("Many features: the column to predict (default: the last).")),
        valued("feature", "name",
               Text::tr("Many features: report the article's 1-D problem of this feature at --lambda.")),
        valued("folds", "k", Text::tr("Many features: cross-validation folds, 2 to 20 (default 5).")),
        flag("no-standardize", Text::tr("Many features: penalize the columns as they are, unscaled.")),
        flag("intercept", Text::tr("Fit an intercept (centre x and y): the default for --data and many "
                                   "features, not for the article's generated data.")),
        flag("no-intercept", Text::tr("Fit no intercept (no centring), for one weight or many features.")),
        valued("export-path", "file",
               Text::tr("Many features: write the lasso, elastic-net and ridge paths as CSV and exit."), file,
               csv),
        valued("export-cv", "file",
               Text::tr("Many features: write the cross-validation curve as CSV and exit."), file, csv),
    };
}

OptionInfo commandLineArgument()
{
    OptionInfo argument;
    argument.name = QStringLiteral("session");
    argument.valueName = QStringLiteral("[SESSION.json]");
    argument.description = Text::tr("A session file (.json) to open.");
    argument.value = OptionValue::File;
    argument.values = {QStringLiteral("json")};
    return argument;
}

QString commandLineSummary()
{
    return Text::tr(
        "RegViz: see why L1 regularization drives a weight to exactly zero while L2 only shrinks it.");
}

std::vector<CommandExample> commandLineExamples()
{
    return {
        {QStringLiteral("regviz --lambda 0.2 --noise 0.3"),
         Text::tr("Open the window at λ = 0.2 with noisy data.")},
        {QStringLiteral("regviz saved.json --optimizer proximal"),
         Text::tr("Open a saved session and step proximal (ISTA) descent in it.")},
        {QStringLiteral("regviz --report --trace > scene.json"),
         Text::tr("Print the scene, its minimizers and every descent step as JSON.")},
        {QStringLiteral("regviz --lambda 0.2 --export figure.png --size 1600x1000 --scale 2"),
         Text::tr("Write the dashboard as a 3200x2000 PNG and exit.")},
        {QStringLiteral(
             "regviz --optimizer proximal --export-gif descent.gif --panel regularized --frames 60"),
         Text::tr("Animate 60 frames of proximal descent on the regularized-loss panel.")},
        {QStringLiteral(
             "regviz --lambda 1.5 --compare gd,proximal,adam,sgd --export compare.png --panel compare"),
         Text::tr("Draw four optimizers side by side on L1 past λc as one figure.")},
        {QStringLiteral("regviz --data measurements.csv --report"),
         Text::tr("Fit your own (x, y) data and print the result as JSON.")},
        {QStringLiteral("regviz --sample diabetes --lambda 5 --feature age --report"),
         Text::tr("Fit the lasso on the diabetes data and say why it drops or keeps age at λ = 5.")},
    };
}

std::vector<ExitStatus> commandLineExitStatuses()
{
    return {
        {0, Text::tr("Success.")},
        {1, Text::tr("A file could not be written (an existing one is left untouched).")},
        {CommandLine::kUsageError,
         Text::tr("A bad or out-of-range option, or an unreadable session or data file.")},
    };
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    addOptions(parser);
    const auto fail = [&result](const QString &message) {
        result.action = CommandLine::Action::Error;
        result.text = message + QLatin1Char('\n') + Text::tr("Try 'regviz --help' for the options.");
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (const auto error = repeatedOption(parser))
        return fail(*error);
    if (isSet(parser, "help")) {
        result.action = CommandLine::Action::Help;
        // Without a QCoreApplication instance Qt cannot know the program name; this tool is always regviz.
        result.text =
            parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("regviz")) +
            examplesAndExitStatus();
        return result;
    }
    if (isSet(parser, "version")) {
        result.action = CommandLine::Action::Version;
        result.text = versionText();
        return result;
    }
    // Many features: their own options, nothing of the one-weight scene.
    if (const auto error = cli::readFeatures(parser, result))
        return fail(*error);
    if (result.features)
        return result;
    // A session first; explicit options then override what it says.
    for (const auto &read : {readSession, readSceneOptions, readFigureOptions, readExports}) {
        if (const auto error = read(parser, result))
            return fail(*error);
    }
    return result;
}
} // namespace regviz
