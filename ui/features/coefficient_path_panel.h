#pragma once

#include "ui/features/feature_plot_panel.h"

#include <vector>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QComboBox;
class QLabel;

namespace regviz {

/// Panel 1 of the feature page: one coefficient path per feature over log lambda, each labelled at its
/// end (labels that would overlap are nudged apart, or dropped and listed), the lasso's non-zero count
/// on the top axis, every entry and exit marked, and the current lambda as a line to drag.
class CoefficientPathPanel : public FeaturePlotPanel
{
    Q_OBJECT

public:
    explicit CoefficientPathPanel(QWidget *parent = nullptr);

    [[nodiscard]] double lambdaLine() const;
    [[nodiscard]] QComboBox *methodBox() const { return m_method; }
    [[nodiscard]] QCPGraph *curve(Eigen::Index feature) const;
    /// The feature names drawn at the curves' ends, and those left out for lack of room.
    [[nodiscard]] QStringList shownLabels() const;
    [[nodiscard]] QStringList droppedLabels() const { return m_dropped; }
    /// The feature whose curve is nearest the pointer (within a few pixels), if any.
    [[nodiscard]] std::optional<Eigen::Index> hovered() const { return m_hovered; }

Q_SIGNALS:
    void methodRequested(regviz::FeatureMethod method);

protected:
    void drawFeatures(const FeatureState &state) override;
    [[nodiscard]] QString describeFeatures(const FeatureState &state, double x) const override;

private:
    [[nodiscard]] std::optional<Eigen::Index> nearestCurve(const QPointF &pixel) const;
    [[nodiscard]] double valueAt(const FeatureState &state, Eigen::Index j, double lambda) const;
    void placeLabels(const FeatureState &state);
    void highlight(std::optional<Eigen::Index> feature);

    std::vector<QCPGraph *> m_curves;
    std::vector<QCPItemText *> m_labels;
    QCPGraph *m_events;
    QCPItemStraightLine *m_lambdaLine;
    QComboBox *m_method;
    QLabel *m_droppedNote;
    QStringList m_dropped;
    std::optional<Eigen::Index> m_hovered;
};

/// The path the state's method shows, on the scale the page plots (standardized when the fit is).
[[nodiscard]] const Eigen::MatrixXd &shownPath(const FeatureState &state);

} // namespace regviz
