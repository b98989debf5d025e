#include "command_line.h"
#include "main_window.h"
#include "report.h"
#include "scene_controller.h"

#include <QApplication>
#include <QCoreApplication>
#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RegViz"));
    QCoreApplication::setApplicationName(QStringLiteral("RegViz"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGVIZ_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int printReport(int argc, char **argv, const regviz::CommandLine &command)
{
    // No QApplication: the report needs neither widgets nor a display.
    QCoreApplication app(argc, argv);
    regviz::SceneController controller;
    controller.setParams(command.params);
    controller.setDescentSettings(command.descent);
    const QByteArray json = regviz::reportJson(*controller.scene(), command.trace);
    std::fwrite(json.constData(), 1, static_cast<std::size_t>(json.size()), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    // Parse before any QApplication exists, so bad options and --help never need a display.
    const regviz::CommandLine command = regviz::parseCommandLine(argumentsOf(argc, argv));
    switch (command.action) {
    case regviz::CommandLine::Action::Help:
    case regviz::CommandLine::Action::Version:
        std::fputs(command.text.toLocal8Bit().constData(), stdout);
        return 0;
    case regviz::CommandLine::Action::Error:
        std::fprintf(stderr, "regviz: %s\n", command.text.toLocal8Bit().constData());
        return regviz::CommandLine::kUsageError;
    case regviz::CommandLine::Action::Report:
        return printReport(argc, argv, command);
    case regviz::CommandLine::Action::Gui:
        break;
    }

    QApplication app(argc, argv);
    regviz::MainWindow window(command.params, command.descent);
    window.show();
    return QApplication::exec();
}
