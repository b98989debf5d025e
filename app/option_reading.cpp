#include "app/option_reading.h"

#include <QCoreApplication>
#include <cmath>

namespace regviz::cli {

namespace {
/// The command line's translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

/// Reads a finite number in [min, max]; returns an error message or an empty string.
QString readReal(const QCommandLineParser &parser, const RealOption &option)
{
    const QString name = QString::fromLatin1(option.name);
    if (!parser.isSet(name))
        return {};
    const QString text = parser.value(name).trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Text::tr("--%1: '%2' is not a number").arg(name, text);
    if (value < option.min || value > option.max)
        return Text::tr("--%1: %2 is outside [%3, %4]").arg(name, text).arg(option.min).arg(option.max);
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
    if (!ok)
        return Text::tr("--%1: '%2' is not a whole number").arg(name, text);
    if (value < option.min || value > option.max)
        return Text::tr("--%1: %2 is outside [%3, %4]").arg(name, text).arg(option.min).arg(option.max);
    *option.target = value;
    return {};
}

bool isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QString::fromLatin1(name));
}

QString valueOf(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QString::fromLatin1(name));
}

} // namespace regviz::cli
