#include "command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace regviz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

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
QString readReal(const QCommandLineParser &parser, const RealOption &option)
{
    const QString name = QString::fromLatin1(option.name);
    if (!parser.isSet(name))
        return {};
    const QString text = parser.value(name).trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < option.min || value > option.max)
        return tr("--%1: '%2' is not a number in [%3, %4]").arg(name, text).arg(option.min).arg(option.max);
    *option.target = value;
    return {};
}

QString readInteger(const QCommandLineParser &parser, const IntegerOption &option)
{
    const QString name = QString::fromLatin1(option.name);
    if (!parser.isSet(name))
        return {};
    const QString text = parser.value(name).trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < option.min || value > option.max)
        return tr("--%1: '%2' is not a whole number in [%3, %4]")
            .arg(name, text)
            .arg(option.min)
            .arg(option.max);
    *option.target = value;
    return {};
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("RegViz: see why L1 regularization drives a weight to exactly zero while "
           "L2 only shrinks it."));
    parser.addPositionalArgument(QStringLiteral("session"), tr("A session file (.json) to open."),
                                 QStringLiteral("[SESSION.json]"));
    const auto add = [&parser](const char *name, const char *description, const char *valueName = nullptr) {
        QCommandLineOption option(QString::fromLatin1(name), tr(description));
        if (valueName)
            option.setValueName(QString::fromLatin1(valueName));
        parser.addOption(option);
    };
    parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")));
    parser.addOption(QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                        tr("Show the version and exit.")));
    add("session", "Open this session file (same as the positional argument).", "file");
    add("data", "Use the (x, y) pairs of this CSV file instead of generated data.", "file");
    add("lambda", "Regularization strength λ, 0 to 5.", "value");
    add("true-weight", "True weight w of y = w x + σ e, -2 to 2.", "value");
    add("noise", "Noise standard deviation σ, 0 to 2.", "value");
    add("samples", "Number of data points n, 2 to 1000000.", "n");
    add("seed", "Random seed of the dataset, 0 to 2147483647.", "seed");
    add("alpha", "Elastic-net mix α, 0 (ridge) to 1 (lasso).", "value");
    add("correlation", "2-D picture: correlation of the two features, -0.95 to 0.95.", "value");
    add("second-weight", "2-D picture: true weight w2 (w1 is --true-weight), -2 to 2.", "value");
    add("optimizer", "Descent optimizer: gd, proximal or clip.", "name");
    add("eta", "Descent step size η, 0.0001 to 5.", "value");
    add("w0", "Descent start w0, -100 to 100.", "value");
    add("steps", "Descent step cap, 1 to 100000.", "n");
    add("frame", "Descent step shown in a still figure (default: the session's, else 0).", "n");
    add("elastic", "Draw the elastic-net curve and run too.");
    add("zoom-zero", "Narrow the regularized panel to w near 0.");
    add("report", "Print the scene as one JSON object and exit (no display needed).");
    add("trace", "With --report: include every descent step.");
    add("export", "Write the figure to FILE (.png, .pdf or .svg) and exit, without a window.", "file");
    add("panel", "With --export: only this panel (data, mse, l1, l2, regularized, descent).", "name");
    add("size", "Figure size in pixels (points for PDF), default 1600x1000.", "WxH");
    add("scale", "PNG pixel scale, 0.5 to 4 (2 for high-density screens), default 1.", "s");
    add("export-gif", "Write the descent run as a looping animated GIF and exit.", "file");
    add("export-frames", "Write the descent run as numbered PNG files into an existing folder and exit.",
        "dir");
    add("frames", "Frames in a GIF or frame sequence, 1 to 1000 (default 60).", "n");
    add("frame-delay", "Milliseconds each GIF frame shows, 20 to 60000 (default 100).", "ms");
    add("export-data", "Write the dataset as CSV (x,y) and exit.", "file");
    add("export-curves", "Write every curve on the w grid as CSV and exit.", "file");
    add("export-trace", "Write every descent step as CSV and exit.", "file");
}

bool isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QString::fromLatin1(name));
}

QString valueOf(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QString::fromLatin1(name));
}

/// The scene and descent options, over what the session (if any) set. Returns an error or nothing.
QString readScene(const QCommandLineParser &parser, CommandLine &result)
{
    Params &p = result.session.params;
    DescentSettings &d = result.session.descent;
    ViewState &view = result.session.view;
    AnimationOptions &animation = result.exports.animation;
    qint64 samples = p.samples;
    auto seed = static_cast<qint64>(p.seed);
    qint64 steps = d.maxSteps;
    qint64 frame = view.frame;
    qint64 frames = animation.frameCount;
    qint64 delay = animation.delayMs;
    const RealOption reals[] = {
        {"lambda", &p.lambda, limits::lambda.min, limits::lambda.max},
        {"true-weight", &p.trueWeight, limits::trueWeight.min, limits::trueWeight.max},
        {"noise", &p.noise, limits::noise.min, limits::noise.max},
        {"alpha", &p.alpha, limits::alpha.min, limits::alpha.max},
        {"correlation", &p.correlation, limits::correlation.min, limits::correlation.max},
        {"second-weight", &p.secondWeight, limits::secondWeight.min, limits::secondWeight.max},
        {"eta", &d.eta, limits::etaMin, limits::etaMax},
        {"w0", &d.w0, -limits::wLimit, limits::wLimit},
        {"scale", &result.exports.still.scale, kMinFigureScale, kMaxFigureScale},
    };
    const IntegerOption integers[] = {
        {"samples", &samples, limits::samples.min, limits::samples.max},
        {"seed", &seed, static_cast<qint64>(limits::seed.min), static_cast<qint64>(limits::seed.max)},
        {"steps", &steps, limits::stepsMin, limits::stepsMax},
        {"frame", &frame, 0, limits::stepsMax},
        {"frames", &frames, 1, kMaxAnimationFrames},
        {"frame-delay", &delay, 20, 60000},
    };
    for (const RealOption &option : reals) {
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
    view.frame = static_cast<int>(frame);
    animation.frameCount = static_cast<int>(frames);
    animation.delayMs = static_cast<int>(delay);
    if (isSet(parser, "optimizer")) {
        const QString name = valueOf(parser, "optimizer").trimmed();
        const auto optimizer = optimizerFromName(name.toStdString());
        if (!optimizer)
            return tr("--optimizer: '%1' is not one of gd, proximal, clip").arg(name);
        d.optimizer = *optimizer;
    }
    view.showElastic = view.showElastic || isSet(parser, "elastic");
    view.zoomNearZero = view.zoomNearZero || isSet(parser, "zoom-zero");
    if (isSet(parser, "data"))
        result.session.dataFile = valueOf(parser, "data");
    return {};
}

/// --size and --panel of a still figure. Returns an error or nothing.
QString readFigureOptions(const QCommandLineParser &parser, FigureOptions &still)
{
    if (isSet(parser, "size")) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch match = pattern.match(valueOf(parser, "size").trimmed());
        const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (width < kMinFigureSide || width > kMaxFigureSide || height < kMinFigureSide ||
            height > kMaxFigureSide)
            return tr("--size: '%1' is not WIDTHxHEIGHT with each side in [%2, %3]")
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
    return {};
}

/// The files to write and the options that only go with them. Returns an error or nothing.
QString readExports(const QCommandLineParser &parser, ExportRequest &e)
{
    e.figure = valueOf(parser, "export");
    e.gif = valueOf(parser, "export-gif");
    e.frames = valueOf(parser, "export-frames");
    e.dataset = valueOf(parser, "export-data");
    e.curves = valueOf(parser, "export-curves");
    e.trace = valueOf(parser, "export-trace");
    if (!e.figure.isEmpty() && !figureFormatFor(e.figure))
        return tr("--export: '%1' must end in .png, .pdf or .svg").arg(e.figure);
    if (!e.gif.isEmpty() && !e.gif.endsWith(QLatin1String(".gif"), Qt::CaseInsensitive))
        return tr("--export-gif: '%1' must end in .gif").arg(e.gif);
    for (const char *name :
         {"export", "export-gif", "export-frames", "export-data", "export-curves", "export-trace"}) {
        if (isSet(parser, name) && valueOf(parser, name).trimmed().isEmpty())
            return tr("--%1 needs a file name").arg(QString::fromLatin1(name));
    }
    // --panel, --size and --scale describe the figure of a still export and of an animation alike; an
    // animation keeps its smaller default size unless one is given.
    const bool figureOptions = isSet(parser, "panel") || isSet(parser, "size") || isSet(parser, "scale");
    e.animation.figure.panel = e.still.panel;
    e.animation.figure.scale = e.still.scale;
    if (isSet(parser, "size"))
        e.animation.figure.size = e.still.size;
    if (figureOptions && e.figure.isEmpty() && e.gif.isEmpty() && e.frames.isEmpty())
        return tr("--panel, --size and --scale go with --export, --export-gif or --export-frames");
    if ((isSet(parser, "frames") || isSet(parser, "frame-delay")) && e.gif.isEmpty() && e.frames.isEmpty())
        return tr("--frames and --frame-delay go with --export-gif or --export-frames");
    return {};
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    addOptions(parser);

    const auto fail = [&result](const QString &message) {
        result.action = CommandLine::Action::Error;
        result.text = message + QLatin1Char('\n') + tr("Try 'regviz --help' for the options.");
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (isSet(parser, "help")) {
        result.action = CommandLine::Action::Help;
        // Without a QCoreApplication instance Qt cannot know the program name; this tool is always regviz.
        result.text =
            parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("regviz"));
        return result;
    }
    if (isSet(parser, "version")) {
        result.action = CommandLine::Action::Version;
        result.text = QStringLiteral("regviz %1\n").arg(QCoreApplication::applicationVersion());
        return result;
    }

    // A session first; explicit options then override what it says.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(
            tr("unexpected argument '%1' (only one session file can be opened)").arg(positional.at(1)));
    if (!positional.isEmpty() && isSet(parser, "session"))
        return fail(tr("a session was named twice: '%1' and --session").arg(positional.constFirst()));
    const QString sessionFile = positional.isEmpty() ? valueOf(parser, "session") : positional.constFirst();
    if (!sessionFile.isEmpty()) {
        const SessionParse loaded = loadSessionFile(sessionFile);
        if (!loaded.session)
            return fail(loaded.error);
        result.session = *loaded.session;
        result.sceneGiven = true;
    }

    if (const QString error = readScene(parser, result); !error.isEmpty())
        return fail(error);
    if (const QString error = readFigureOptions(parser, result.exports.still); !error.isEmpty())
        return fail(error);
    for (const char *name :
         {"lambda", "true-weight", "noise", "samples", "seed", "alpha", "correlation", "second-weight",
          "optimizer", "eta", "w0", "steps", "frame", "elastic", "zoom-zero", "data"})
        result.sceneGiven = result.sceneGiven || isSet(parser, name);
    if (const QString error = readExports(parser, result.exports); !error.isEmpty())
        return fail(error);

    result.trace = isSet(parser, "trace");
    if (result.trace && !isSet(parser, "report"))
        return fail(tr("--trace only goes with --report"));
    if (isSet(parser, "report") && result.exports.any())
        return fail(tr("--report and the --export options cannot be combined"));
    if (isSet(parser, "report"))
        result.action = CommandLine::Action::Report;
    else if (result.exports.any())
        result.action = CommandLine::Action::Export;
    else
        result.action = CommandLine::Action::Gui;
    return result;
}

} // namespace regviz
