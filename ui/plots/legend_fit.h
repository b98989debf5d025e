#pragma once

#include <QFont>
#include <QObject>
#include <QSize>
#include <QStringList>

class QCustomPlot;

namespace regviz {

/// Keeps a plot's legend inside its axes: after each layout, the legend in full if it fits the axis
/// rect, else in a compact form, else hidden, rather than clipped or covering the curves (narrow panels,
/// a 1280x720 window). The work is done only when the plot's size or the legend's entries changed.
class LegendFit : public QObject
{
    Q_OBJECT

public:
    /// Watches `plot` (and is owned by it); the legend's font as it is now is its full size.
    explicit LegendFit(QCustomPlot *plot);

private:
    void fit();

    /// What the fit was last worked out for: the axis rect's size and the legend's entries.
    struct Key
    {
        QSize area;
        QStringList names;
        bool operator==(const Key &) const = default;
    };

    QCustomPlot *m_plot;
    QFont m_fullFont;
    Key m_key;
};

} // namespace regviz
