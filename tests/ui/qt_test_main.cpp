#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

// A GoogleTest main that owns the QApplication every widget test needs. Tests never touch the user's
// settings: they use their own organisation name and Qt's test-mode paths.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RegVizTests"));
    QCoreApplication::setApplicationName(QStringLiteral("regviz_ui_tests"));
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
