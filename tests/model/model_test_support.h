#pragma once

// Helpers for tests of the model library (and, through ui_test_support.h, of the window).

#include <QByteArray>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QString>
#include <gtest/gtest.h>
#include <string>

namespace regviz::test {

/// The test name of a data-driven case: its `name` field.
template <typename Case> std::string caseName(const ::testing::TestParamInfo<Case> &param)
{
    return param.param.name;
}

/// A QString for a GoogleTest message.
inline std::string str(const QString &s)
{
    return s.toStdString();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The whole file, or nothing when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// Lets queued work (the scene controller's coalescing timer, queued replots) run.
inline void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

} // namespace regviz::test
