#include <QCoreApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

// A GoogleTest main with a plain QCoreApplication: the model needs no widgets and no display. Tests never
// touch the user's settings: they use their own organisation name and Qt's test-mode paths.
int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RegVizTests"));
    QCoreApplication::setApplicationName(QStringLiteral("regviz_model_tests"));
    const QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
