#include "app/command_line.h"
#include "app/feature_run.h"
#include "app/headless.h"
#include "app/heap_policy.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RegViz"));
    QCoreApplication::setApplicationName(QStringLiteral("RegViz"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGVIZ_VERSION));
}

/// Qt's own strings and RegViz's in the user's language, where a translation exists (RegViz's are built
/// into the binary under :/i18n).
void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("regviz"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    regviz::keepFreedMemory();
    // Parse before any application object exists, so bad options and --help never need a display.
    const regviz::CommandLine command = regviz::parseCommandLine(argumentsOf(argc, argv));
    switch (command.action) {
    case regviz::CommandLine::Action::Help:
    case regviz::CommandLine::Action::Version:
        std::fputs(command.text.toLocal8Bit().constData(), stdout);
        return 0;
    case regviz::CommandLine::Action::Error:
        std::fprintf(stderr, "regviz: %s\n", command.text.toLocal8Bit().constData());
        return regviz::CommandLine::kUsageError;
    case regviz::CommandLine::Action::Features: {
        const QCoreApplication app(argc, argv); // no widgets, no display
        return regviz::runFeatures(*command.features);
    }
    case regviz::CommandLine::Action::Report: {
        const QCoreApplication app(argc, argv); // no widgets, no display
        return regviz::printReport(command);
    }
    case regviz::CommandLine::Action::Export: {
        // Figures are drawn with widgets but never shown: no display is needed or used.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        const QApplication app(argc, argv);
        return regviz::runExports(command);
    }
    case regviz::CommandLine::Action::Gui:
        break;
    }

    QApplication app(argc, argv);
    installTranslations(app);
    // Ties the window to the installed launcher (Wayland uses it for the icon and the task name).
    QGuiApplication::setDesktopFileName(QStringLiteral(REGVIZ_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" REGVIZ_APP_ID ".svg")));
    regviz::MainWindow window;
    window.start(command.session, command.sceneGiven);
    window.show();
    return QApplication::exec();
}
