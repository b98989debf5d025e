#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace regviz::test {

/// What a run of the real executable printed and returned.
struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the built regviz the way a user or a script does, with no display at all (exit code -1 if it
/// did not finish within a minute).
inline ProcessRun runRegviz(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REGVIZ_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace regviz::test
