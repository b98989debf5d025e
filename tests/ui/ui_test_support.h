#pragma once

#include "model/scene_controller.h"
#include "model/settings_keys.h"
#include "model_test_support.h"
#include "ui/main_window.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>
#include <qcustomplot.h>
#include <string>
#include <vector>

namespace regviz::test {

/// The values of a graph, in key order.
inline std::vector<double> valuesOf(const QCPGraph *graph)
{
    std::vector<double> values;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        values.push_back(it->value);
    return values;
}

/// A shown main window (1400x900, offscreen) and a temporary folder for the files a test writes.
class WindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        // The first-run tip has a test of its own; everywhere else it would only push the controls down
        // by a different amount depending on which test ran first.
        QSettings().setValue(settings::firstRunHintSeen, true);
        window = std::make_unique<MainWindow>();
        // A first start on a screen under 1600x1000 (the offscreen one is 800x600) opens maximized;
        // the tests want a window of a known size.
        window->setWindowState(Qt::WindowNoState);
        window->resize(1400, 900);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        settle();
    }

    void TearDown() override
    {
        // Problems are shown in non-blocking message boxes; close them so none outlives the test.
        for (QMessageBox *box : window->findChildren<QMessageBox *>())
            box->close();
        settle();
    }

    [[nodiscard]] QString path(const QString &name) const { return dir.filePath(name); }
    [[nodiscard]] SceneController *controller() const { return window->controller(); }
    [[nodiscard]] SceneSnapshot scene() const { return controller()->scene(); }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace regviz::test
