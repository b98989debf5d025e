#pragma once

#include "model/feature_controller.h"
#include "ui/plots/plot_panel.h"

class QCPAxis;
class QCPItemText;
class QCPTextElement;

namespace regviz {

/// A plot of the feature page: it draws the feature snapshot (FeatureController) instead of the 1-D
/// scene, which it ignores, and goes through the same base as every panel, so exports, themes and
/// hover read-outs work as elsewhere.
class FeaturePlotPanel : public PlotPanel
{
    Q_OBJECT

public:
    using PlotPanel::PlotPanel;

    /// Draws this snapshot (once the panel has a scene to draw with; the dashboard gives it one).
    void showFeatures(const FeatureSnapshot &snapshot);
    [[nodiscard]] const FeatureSnapshot &features() const { return m_features; }

Q_SIGNALS:
    /// The user picked this lambda on the plot (a click, a drag, a button).
    void lambdaRequested(double lambda);
    /// The user picked this feature (a click on its curve or bar).
    void featureRequested(Eigen::Index feature);

protected:
    virtual void drawFeatures(const FeatureState &state) = 0;
    [[nodiscard]] virtual QString describeFeatures(const FeatureState &state, double x) const = 0;

private:
    void drawScene(const Scene &scene) final;
    [[nodiscard]] QString describe(const Scene &scene, double x) const final;
    [[nodiscard]] bool affectedBy(const Scene &previous, const Scene &next) const final;

    FeatureSnapshot m_features;
};

namespace feature_style {
/// A categorical hue for feature j (Okabe–Ito, readable on light and dark plots) and, beyond the hues,
/// a line style, so that more features than colours are still told apart.
[[nodiscard]] QColor hue(Eigen::Index j);
[[nodiscard]] Qt::PenStyle line(Eigen::Index j);
/// The lambda axis of the path and CV panels: logarithmic, lambda decreasing to the right (features
/// enter from left to right), as the label says.
void setLambdaAxis(QCPAxis *axis, const FeatureAnalysis &analysis);

/// A line of text above the plot that follows the theme and the print look like every item: a row of
/// the layout holds its room, and a text item bound to the text ink draws it there.
class Headline
{
public:
    explicit Headline(QCustomPlot *plot);
    void setText(const QString &text);
    [[nodiscard]] QString text() const;

private:
    QCPTextElement *m_room;
    QCPItemText *m_text;
};
} // namespace feature_style

} // namespace regviz
