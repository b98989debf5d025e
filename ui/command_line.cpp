#include "command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cmath>

namespace regviz {

namespace {

struct RealOption
{
    QString name;
    double *target;
    double min;
    double max;
};

QString outOfRange(const QString &name, const QString &text, double min, double max)
{
    return QCoreApplication::translate("CommandLine", "--%1: '%2' is not a number in [%3, %4]")
        .arg(name, text)
        .arg(min)
        .arg(max);
}

/// Reads a finite number in [min, max]; returns an error message or an empty string.
QString readReal(const QCommandLineParser &parser, const RealOption &option)
{
    if (!parser.isSet(option.name))
        return {};
    const QString text = parser.value(option.name).trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < option.min || value > option.max)
        return outOfRange(option.name, text, option.min, option.max);
    *option.target = value;
    return {};
}

QString readInteger(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                    qint64 *target)
{
    if (!parser.isSet(name))
        return {};
    const QString text = parser.value(name).trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return QCoreApplication::translate("CommandLine", "--%1: '%2' is not a whole number in [%3, %4]")
            .arg(name, text)
            .arg(min)
            .arg(max);
    *target = value;
    return {};
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "RegViz: see why L1 regularization drives a weight to exactly "
                       "zero while L2 only shrinks it."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const auto valueOption = [](const char *name, const char *description, const char *valueName) {
        return QCommandLineOption(QString::fromLatin1(name),
                                  QCoreApplication::translate("CommandLine", description),
                                  QString::fromLatin1(valueName));
    };
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(valueOption("lambda", "Regularization strength λ, 0 to 5.", "value"));
    parser.addOption(valueOption("true-weight", "True weight w of y = w x + σ e, -2 to 2.", "value"));
    parser.addOption(valueOption("noise", "Noise standard deviation σ, 0 to 2.", "value"));
    parser.addOption(valueOption("samples", "Number of data points n, 2 to 1000000.", "n"));
    parser.addOption(valueOption("seed", "Random seed of the dataset, 0 to 2147483647.", "seed"));
    parser.addOption(valueOption("alpha", "Elastic-net mix α, 0 (ridge) to 1 (lasso).", "value"));
    parser.addOption(valueOption("optimizer", "Descent optimizer: gd, proximal or clip.", "name"));
    parser.addOption(valueOption("eta", "Descent step size η, 0.0001 to 5.", "value"));
    parser.addOption(valueOption("w0", "Descent start w0, -100 to 100.", "value"));
    parser.addOption(valueOption("steps", "Descent step cap, 1 to 100000.", "n"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("report"),
        QCoreApplication::translate("CommandLine",
                                    "Print the scene as one JSON object and exit (no display needed).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("trace"),
        QCoreApplication::translate("CommandLine", "With --report: include every descent step.")));

    const auto fail = [&result](const QString &message) {
        result.action = CommandLine::Action::Error;
        result.text = message + QLatin1Char('\n') +
                      QCoreApplication::translate("CommandLine", "Try 'regviz --help' for the options.");
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "unexpected argument '%1'")
                        .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(help)) {
        result.action = CommandLine::Action::Help;
        // Without a QCoreApplication instance Qt cannot know the program name; this tool is always regviz.
        result.text =
            parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("regviz"));
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLine::Action::Version;
        result.text = QStringLiteral("regviz %1\n").arg(QCoreApplication::applicationVersion());
        return result;
    }

    Params &p = result.params;
    DescentSettings &d = result.descent;
    const RealOption reals[] = {
        {QStringLiteral("lambda"), &p.lambda, limits::lambda.min, limits::lambda.max},
        {QStringLiteral("true-weight"), &p.trueWeight, limits::trueWeight.min, limits::trueWeight.max},
        {QStringLiteral("noise"), &p.noise, limits::noise.min, limits::noise.max},
        {QStringLiteral("alpha"), &p.alpha, limits::alpha.min, limits::alpha.max},
        {QStringLiteral("eta"), &d.eta, limits::etaMin, limits::etaMax},
        {QStringLiteral("w0"), &d.w0, -limits::wLimit, limits::wLimit},
    };
    for (const RealOption &option : reals) {
        if (QString error = readReal(parser, option); !error.isEmpty())
            return fail(error);
    }
    qint64 samples = p.samples;
    qint64 seed = static_cast<qint64>(p.seed);
    qint64 steps = d.maxSteps;
    QString error =
        readInteger(parser, QStringLiteral("samples"), limits::samples.min, limits::samples.max, &samples);
    if (error.isEmpty())
        error = readInteger(parser, QStringLiteral("seed"), static_cast<qint64>(limits::seed.min),
                            static_cast<qint64>(limits::seed.max), &seed);
    if (error.isEmpty())
        error = readInteger(parser, QStringLiteral("steps"), limits::stepsMin, limits::stepsMax, &steps);
    if (!error.isEmpty())
        return fail(error);
    p.samples = static_cast<int>(samples);
    p.seed = static_cast<std::uint64_t>(seed);
    d.maxSteps = static_cast<int>(steps);
    if (parser.isSet(QStringLiteral("optimizer"))) {
        const QString name = parser.value(QStringLiteral("optimizer")).trimmed();
        const auto optimizer = optimizerFromName(name.toStdString());
        if (!optimizer)
            return fail(QCoreApplication::translate("CommandLine",
                                                    "--optimizer: '%1' is not one of gd, proximal, clip")
                            .arg(name));
        d.optimizer = *optimizer;
    }
    result.trace = parser.isSet(QStringLiteral("trace"));
    if (result.trace && !parser.isSet(QStringLiteral("report")))
        return fail(QCoreApplication::translate("CommandLine", "--trace only goes with --report"));
    result.action =
        parser.isSet(QStringLiteral("report")) ? CommandLine::Action::Report : CommandLine::Action::Gui;
    return result;
}

} // namespace regviz
