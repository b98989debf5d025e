#pragma once

#include "ui/features/feature_plot_panel.h"

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QPushButton;

namespace regviz {

/// Panel 2 of the feature page: the lasso's k-fold cross-validation, mean test MSE with a one-standard-
/// error band over the same lambda axis as the paths, lambda_min and lambda_1se marked, and buttons
/// that go to either.
class CvPanel : public FeaturePlotPanel
{
    Q_OBJECT

public:
    explicit CvPanel(QWidget *parent = nullptr);

    [[nodiscard]] QPushButton *minButton() const { return m_toMin; }
    [[nodiscard]] QPushButton *oneSeButton() const { return m_toOneSe; }
    [[nodiscard]] double lambdaLine() const;

protected:
    void drawFeatures(const FeatureState &state) override;
    [[nodiscard]] QString describeFeatures(const FeatureState &state, double x) const override;

private:
    QCPGraph *m_mean;
    QCPGraph *m_upper;
    QCPGraph *m_lower;
    QCPItemStraightLine *m_minLine;
    QCPItemStraightLine *m_oneSeLine;
    QCPItemStraightLine *m_lambdaLine;
    QCPItemText *m_minLabel;
    QCPItemText *m_oneSeLabel;
    QPushButton *m_toMin;
    QPushButton *m_toOneSe;
};

} // namespace regviz
