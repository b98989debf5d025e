#pragma once

#include "model/scene.h"
#include "regviz/core/descent.h"
#include "regviz/core/params.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace regviz {

class CompareControls;
class FirstRunHint;
class ParamSlider;
class SceneController;

/// The sliders and spin boxes that drive a SceneController, kept in sync with it both ways.
class ControlPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ControlPanel(SceneController *controller, QWidget *parent = nullptr);

    [[nodiscard]] ParamSlider *lambdaSlider() const { return m_lambda; }
    [[nodiscard]] ParamSlider *trueWeightSlider() const { return m_trueWeight; }
    [[nodiscard]] ParamSlider *noiseSlider() const { return m_noise; }
    [[nodiscard]] ParamSlider *samplesSlider() const { return m_samples; }
    [[nodiscard]] ParamSlider *alphaSlider() const { return m_alpha; }
    [[nodiscard]] ParamSlider *correlationSlider() const { return m_correlation; }
    [[nodiscard]] ParamSlider *secondWeightSlider() const { return m_secondWeight; }
    [[nodiscard]] ParamSlider *etaSlider() const { return m_eta; }
    [[nodiscard]] ParamSlider *startSlider() const { return m_start; }
    [[nodiscard]] ParamSlider *betaSlider() const { return m_beta; }
    [[nodiscard]] ParamSlider *beta2Slider() const { return m_beta2; }
    /// log10 of Adam's epsilon: its range spans 300 decades.
    [[nodiscard]] ParamSlider *epsilonSlider() const { return m_epsilon; }
    [[nodiscard]] ParamSlider *batchSlider() const { return m_batch; }
    [[nodiscard]] ParamSlider *weightDecaySlider() const { return m_weightDecay; }
    [[nodiscard]] CompareControls *compareControls() const { return m_compare; }
    [[nodiscard]] QSpinBox *seedBox() const { return m_seed; }
    [[nodiscard]] QSpinBox *stepsBox() const { return m_steps; }
    /// Every optimizer under a heading per family (plain, momentum, adaptive, stochastic, proximal); the
    /// headings are disabled items carrying no optimizer.
    [[nodiscard]] QComboBox *optimizerBox() const { return m_optimizer; }
    [[nodiscard]] QPushButton *newSampleButton() const { return m_newSample; }
    [[nodiscard]] QLabel *importNote() const { return m_importNote; }
    [[nodiscard]] QCheckBox *interceptBox() const { return m_intercept; }
    [[nodiscard]] FirstRunHint *hint() const { return m_hint; }

    /// Puts the first-run hint at the top, over the lambda slider it points at (first in the Tab order).
    void showHint(regviz::FirstRunHint *hint);

public Q_SLOTS:
    /// Adds scikit-learn's and glmnet's parameters for the current lambda under the lambda slider.
    void setSklearnConvention(bool shown);

private:
    void showScene(const regviz::SceneSnapshot &scene);
    void showParams(const regviz::Params &params);
    void showDescentSettings(const regviz::DescentSettings &settings);
    void showDataSource(bool imported);
    void setTabOrderAsShown();
    void fillOptimizerBox();

    SceneController *m_controller;
    ParamSlider *m_lambda;
    ParamSlider *m_trueWeight;
    ParamSlider *m_noise;
    ParamSlider *m_samples;
    ParamSlider *m_alpha;
    ParamSlider *m_correlation;
    ParamSlider *m_secondWeight;
    QLabel *m_convention;
    QSpinBox *m_seed;
    QPushButton *m_newSample;
    QLabel *m_importNote;
    QCheckBox *m_intercept;
    QComboBox *m_optimizer;
    ParamSlider *m_eta;
    ParamSlider *m_start;
    QSpinBox *m_steps;
    ParamSlider *m_beta;
    ParamSlider *m_beta2;
    ParamSlider *m_epsilon;
    ParamSlider *m_batch;
    ParamSlider *m_weightDecay;
    CompareControls *m_compare;
    QVBoxLayout *m_modelLayout = nullptr;
    FirstRunHint *m_hint = nullptr;
};

} // namespace regviz
