#pragma once

#include "ui/features/feature_plot_panel.h"

#include <memory>

class QCPGraph;
class QCPItemStraightLine;
class QComboBox;

namespace regviz {

class PointMarker;

/// Panel 4 of the feature page: the article's last picture for one feature, the 1-D problem coordinate
/// descent solves for it on its partial residual, MSE + λ|w| and MSE + λw² with their minima, and the
/// sentence that says why the lasso keeps or drops it.
class CoordinatePanel : public FeaturePlotPanel
{
    Q_OBJECT

public:
    explicit CoordinatePanel(QWidget *parent = nullptr);
    ~CoordinatePanel() override;

    [[nodiscard]] QComboBox *featureBox() const { return m_feature; }
    [[nodiscard]] QString sentence() const;
    [[nodiscard]] const PointMarker &minimumMarker(Penalty kind) const;

protected:
    void drawFeatures(const FeatureState &state) override;
    [[nodiscard]] QString describeFeatures(const FeatureState &state, double x) const override;

private:
    QComboBox *m_feature;
    QCPGraph *m_mse;
    QCPGraph *m_l1;
    QCPGraph *m_l2;
    std::unique_ptr<PointMarker> m_l1Minimum;
    std::unique_ptr<PointMarker> m_l2Minimum;
    QCPItemStraightLine *m_zeroLine;
    std::unique_ptr<feature_style::Headline> m_sentence;
    QString m_sentenceText;
};

/// "|Sxy_bmi| = 12.4 > λ/2 = 3.1: bmi stays in", or why the lasso drops the feature.
[[nodiscard]] QString coordinateSentence(const FeatureState &state);

} // namespace regviz
