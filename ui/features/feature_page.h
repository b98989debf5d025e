#pragma once

#include "model/feature_controller.h"

#include <QList>
#include <QWidget>

namespace regviz {

class CoefficientBarsPanel;
class CoefficientPathPanel;
class CoordinatePanel;
class CvPanel;
class FeatureControls;
class PlotPanel;

/// The "Feature selection" page: the coefficient paths, the cross-validation curve, the coefficients at
/// this lambda and the article's picture for one feature, all on one lambda, beside their controls.
/// It shows the FeatureController's snapshots and sends every request to it; it holds no state of its own.
class FeaturePage : public QWidget
{
    Q_OBJECT

public:
    explicit FeaturePage(QWidget *parent = nullptr);

    [[nodiscard]] FeatureController *controller() const { return m_controller; }

    [[nodiscard]] CoefficientPathPanel *pathPanel() const { return m_paths; }
    [[nodiscard]] CvPanel *cvPanel() const { return m_cv; }
    [[nodiscard]] CoefficientBarsPanel *barsPanel() const { return m_bars; }
    [[nodiscard]] CoordinatePanel *coordinatePanel() const { return m_coordinate; }
    [[nodiscard]] FeatureControls *controls() const { return m_controls; }
    /// The four panels, with their command-line names as object names.
    [[nodiscard]] QList<PlotPanel *> panels() const;

private:
    void connectController(FeatureController *controller);
    void showSnapshot(const FeatureSnapshot &snapshot);

    FeatureController *m_controller = nullptr;
    FeatureControls *m_controls;
    CoefficientPathPanel *m_paths;
    CvPanel *m_cv;
    CoefficientBarsPanel *m_bars;
    CoordinatePanel *m_coordinate;
};

} // namespace regviz
