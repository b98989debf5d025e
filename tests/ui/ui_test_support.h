#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <qcustomplot.h>
#include <vector>

namespace regviz::test {

/// Lets queued work (the scene controller's coalescing timer, queued replots) run.
inline void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

/// The values of a graph, in key order.
inline std::vector<double> valuesOf(const QCPGraph *graph)
{
    std::vector<double> values;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        values.push_back(it->value);
    return values;
}

} // namespace regviz::test
