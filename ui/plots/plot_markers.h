#pragma once

#include "regviz/core/descent.h"
#include "ui/plots/plot_style.h"

#include <QString>
#include <array>

class QCustomPlot;
class QCPItemLine;
class QCPItemText;
class QCPItemTracer;

namespace regviz {

/// A marked point with a text label beside it, e.g. a minimum and its w.
class PointMarker
{
public:
    PointMarker(QCustomPlot *plot, style::Ink ink);
    // The items belong to the plot; a copy would be a second handle on the same ones.
    PointMarker(const PointMarker &) = delete;
    PointMarker &operator=(const PointMarker &) = delete;

    void place(double x, double y, const QString &label);
    void setVisible(bool visible);
    [[nodiscard]] bool isVisible() const;
    [[nodiscard]] double x() const;
    [[nodiscard]] double y() const;
    [[nodiscard]] QString label() const;
    /// Puts the label below the point instead of above it (to keep two labels apart).
    void setLabelBelow(bool below);
    /// Puts the label above and to the right of the point.
    void setLabelRight(bool right);

private:
    QCPItemTracer *m_point;
    QCPItemText *m_label;
};

/// The current iterate of one descent trace riding on its loss curve, with a fading tail of earlier
/// iterates and two arrows: the step the loss gradient asks for (-eta dMSE/dw) and the step the penalty
/// asks for (-eta d(lambda P)/dw), so "L1's push stays constant, L2's fades" is seen at every frame.
class TraceRider
{
public:
    static constexpr int kTailLength = 8;

    TraceRider(QCustomPlot *plot, style::Ink ink);
    // The items belong to the plot; a copy would be a second handle on the same ones.
    TraceRider(const TraceRider &) = delete;
    TraceRider &operator=(const TraceRider &) = delete;

    /// Shows iterate `frame` (clamped to the trace) and the ones before it.
    void show(const DescentTrace &trace, int frame, double eta, double arrowOffset);
    void setVisible(bool visible);
    [[nodiscard]] bool isVisible() const;
    /// The w and F(w) of the current iterate as drawn.
    [[nodiscard]] double currentW() const;
    [[nodiscard]] double currentValue() const;

private:
    QCPItemTracer *m_current;
    std::array<QCPItemTracer *, kTailLength> m_tail{};
    QCPItemLine *m_lossArrow;
    QCPItemLine *m_penaltyArrow;
    bool m_visible = true;
};

} // namespace regviz
