#pragma once

#include "model/feature_controller.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace regviz {

class ParamSlider;

/// The feature page's controls: lambda (a log slider over the data's range with a box for any valid
/// value), where the table comes from (its target, or the sparse generator's p, k, rho, sigma, n and
/// seed), standardization, intercept and folds, and a busy bar while an analysis runs.
class FeatureControls : public QWidget
{
    Q_OBJECT

public:
    explicit FeatureControls(QWidget *parent = nullptr);

    /// Shows the controller's state without asking for a change.
    void showState(const FeatureController &controller);
    void setBusy(bool busy);

    [[nodiscard]] ParamSlider *lambdaSlider() const { return m_lambda; }
    [[nodiscard]] QProgressBar *busyBar() const { return m_busy; }
    [[nodiscard]] QPushButton *generateButton() const { return m_generate; }
    [[nodiscard]] SparseDesign design() const;

Q_SIGNALS:
    void lambdaRequested(double lambda);
    void optionsRequested(const regviz::FeatureOptions &options);
    void targetRequested(const QString &target);
    void generateRequested(const regviz::SparseDesign &design);

private:
    [[nodiscard]] FeatureOptions options() const;

    QLabel *m_source;
    QProgressBar *m_busy;
    ParamSlider *m_lambda;
    QComboBox *m_target;
    QCheckBox *m_standardize;
    QCheckBox *m_intercept;
    QSpinBox *m_folds;
    QSpinBox *m_p;
    QSpinBox *m_k;
    QDoubleSpinBox *m_rho;
    QDoubleSpinBox *m_sigma;
    QSpinBox *m_n;
    QSpinBox *m_seed;
    QPushButton *m_generate;
    FeatureOptions m_shownOptions;
    std::shared_ptr<const FeatureAnalysis> m_shownAnalysis;
};

} // namespace regviz
