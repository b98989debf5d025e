#pragma once

class QCustomPlot;

namespace regviz {

/// Names every curve the plot shows, with its line style ("L1 (solid); L2 (dashed)"), as the plot's
/// accessible description for screen readers. Sets it only when it changed.
void describePlotForAccessibility(QCustomPlot *plot);

} // namespace regviz
