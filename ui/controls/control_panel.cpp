#include "ui/controls/control_panel.h"

#include "model/explanations.h"
#include "model/number_format.h"
#include "model/scene_controller.h"
#include "ui/controls/compare_controls.h"
#include "ui/controls/first_run_hint.h"
#include "ui/controls/param_slider.h"
#include "ui/plots/plot_style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <vector>

namespace regviz {

ControlPanel::ControlPanel(SceneController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller),
      m_lambda(new ParamSlider(tr("λ (regularization strength)"), limits::lambda.min, limits::lambda.max,
                               limits::lambda.defaultValue, 3, ParamSlider::Scale::Linear, this)),
      m_trueWeight(new ParamSlider(tr("True weight w"), limits::trueWeight.min, limits::trueWeight.max,
                                   limits::trueWeight.defaultValue, 3, ParamSlider::Scale::Linear, this)),
      m_noise(new ParamSlider(tr("Noise σ"), limits::noise.min, limits::noise.max, limits::noise.defaultValue,
                              3, ParamSlider::Scale::Linear, this)),
      m_samples(new ParamSlider(tr("Samples n"), limits::samples.min, limits::samples.max,
                                limits::samples.defaultValue, 0, ParamSlider::Scale::Logarithmic, this)),
      m_alpha(new ParamSlider(tr("Elastic-net mix α (0 = L2, 1 = L1)"), limits::alpha.min, limits::alpha.max,
                              limits::alpha.defaultValue, 2, ParamSlider::Scale::Linear, this)),
      m_correlation(new ParamSlider(tr("Feature correlation ρ"), limits::correlation.min,
                                    limits::correlation.max, limits::correlation.defaultValue, 2,
                                    ParamSlider::Scale::Linear, this)),
      m_secondWeight(new ParamSlider(tr("Second true weight w₂"), limits::secondWeight.min,
                                     limits::secondWeight.max, limits::secondWeight.defaultValue, 3,
                                     ParamSlider::Scale::Linear, this)),
      m_convention(new QLabel(this)), m_seed(new QSpinBox(this)),
      m_newSample(new QPushButton(tr("New sample"), this)), m_importNote(new QLabel(this)),
      m_intercept(new QCheckBox(tr("Fit an intercept (centre x and y)"), this)),
      m_optimizer(new QComboBox(this)),
      m_eta(new ParamSlider(tr("Step size η"), limits::etaMin, limits::etaMax, DescentSettings{}.eta, 4,
                            ParamSlider::Scale::Logarithmic, this)),
      m_start(new ParamSlider(tr("Start w₀"), limits::defaultWMin, limits::defaultWMax, DescentSettings{}.w0,
                              3, ParamSlider::Scale::Linear, this)),
      m_steps(new QSpinBox(this)),
      m_beta(new ParamSlider(tr("Momentum β (Adam's β₁)"), limits::betaMin, limits::betaMax,
                             DescentSettings{}.beta, 4, ParamSlider::Scale::Linear, this)),
      m_beta2(new ParamSlider(tr("Adam β₂"), limits::beta2Min, limits::beta2Max, DescentSettings{}.beta2, 6,
                              ParamSlider::Scale::Linear, this)),
      m_epsilon(new ParamSlider(tr("Adam ε, as log₁₀ ε"), std::log10(limits::epsilonMin),
                                std::log10(limits::epsilonMax), std::log10(DescentSettings{}.epsilon), 1,
                                ParamSlider::Scale::Linear, this)),
      m_batch(new ParamSlider(tr("Minibatch size b"), limits::batchMin, limits::samples.defaultValue,
                              DescentSettings{}.batch, 0, ParamSlider::Scale::Logarithmic, this)),
      m_weightDecay(new ParamSlider(tr("AdamW weight decay"), limits::weightDecayMin, limits::weightDecayMax,
                                    DescentSettings{}.weightDecay, 3, ParamSlider::Scale::Linear, this)),
      m_compare(new CompareControls(controller, this))
{
    // The ranges in the tooltips come from the sliders, which were built from limits:: above.
    m_lambda->setHelp(tr("λ multiplies the penalty: F(w) = MSE(w) + λ P(w)"));
    m_trueWeight->setHelp(tr("The weight that generates the data, y = w x + σ e"));
    m_noise->setHelp(tr("Standard deviation σ of the noise added to y"));
    m_samples->setHelp(tr("Number of data points n (logarithmic slider)"));
    m_alpha->setHelp(tr("Elastic net: P = α|w| + (1 − α)w²"));
    m_eta->setHelp(tr("Gradient-descent step size η (logarithmic slider)"));
    m_start->setHelp(tr("Where every descent run starts; click a loss plot to set it"));
    m_beta->setHelp(
        tr("Momentum and Nesterov: v ← β v + g. Adam and AdamW: decay β₁ of the gradient average"));
    m_beta2->setHelp(tr("Adam and AdamW: decay of the average of g², which scales each step"));
    m_epsilon->setHelp(tr("Adam and AdamW: ε = 10^value guards the division by √v"));
    m_batch->setHelp(tr("Minibatch SGD and proximal SGD: rows per batch, up to n (logarithmic slider); b = n "
                        "is full-batch descent"));
    m_weightDecay->setHelp(tr("AdamW: decoupled decay w ← w (1 − η d), d = 2 λ of the w² penalty plus this"));

    // QSpinBox is int; the seed range fits when read as unsigned, so keep it to the int-representable part.
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(static_cast<int>(limits::seed.defaultValue));
    m_seed->setToolTip(tr("Random seed (%1 to %2): the same seed and n always draw the same data")
                           .arg(m_seed->minimum())
                           .arg(m_seed->maximum()));
    m_seed->setAccessibleName(tr("Seed"));
    m_newSample->setToolTip(tr("Draw a new dataset (next seed)"));
    m_newSample->setAccessibleDescription(m_newSample->toolTip());
    fillOptimizerBox();
    m_optimizer->setToolTip(tr("How descent moves w: subgradient, momentum, adaptive and minibatch steps "
                               "hover around 0 on L1; clipping and the proximal steps land on 0"));
    m_optimizer->setAccessibleName(tr("Optimizer"));
    m_steps->setRange(limits::stepsMin, limits::stepsMax);
    m_steps->setValue(DescentSettings{}.maxSteps);
    m_steps->setToolTip(
        tr("Step cap of every descent run (%1 to %2)").arg(limits::stepsMin).arg(limits::stepsMax));
    m_steps->setAccessibleName(tr("Step cap"));

    m_correlation->setHelp(tr("2-D picture: correlation of the two features"));
    m_secondWeight->setHelp(tr("2-D picture: the true weight of the second feature (the first is w)"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_seed, m_optimizer, m_steps})
        w->setAccessibleDescription(w->toolTip());
    m_convention->setWordWrap(true);
    m_convention->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_convention->hide();

    auto *model = new QGroupBox(tr("Regularization"), this);
    m_modelLayout = new QVBoxLayout(model);
    m_modelLayout->addWidget(m_lambda);
    m_modelLayout->addWidget(m_convention);
    m_modelLayout->addWidget(m_alpha);

    auto *dataGroup = new QGroupBox(tr("Data"), this);
    auto *dataLayout = new QVBoxLayout(dataGroup);
    dataLayout->addWidget(m_trueWeight);
    dataLayout->addWidget(m_noise);
    dataLayout->addWidget(m_samples);
    auto *seedRow = new QHBoxLayout;
    auto *seedLabel = new QLabel(tr("Seed"), dataGroup);
    seedLabel->setBuddy(m_seed);
    seedRow->addWidget(seedLabel);
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_newSample);
    dataLayout->addLayout(seedRow);
    m_importNote->setWordWrap(true);
    m_importNote->setText(tr("<i>Imported data: the true weight, noise, n and seed do not apply. "
                             "File ▸ Back to generated data restores them.</i>"));
    m_importNote->hide();
    dataLayout->addWidget(m_importNote);
    m_intercept->setToolTip(
        tr("F(b, w) = (1/n) Σ (yᵢ − b − w xᵢ)² + λ P(w), b unpenalized: every formula in w "
           "then reads the centred x and y, and b = ȳ − w x̄. On for imported data, off for "
           "the article's y = w x"));
    m_intercept->setAccessibleDescription(m_intercept->toolTip());
    dataLayout->addWidget(m_intercept);

    auto *descent = new QGroupBox(tr("Gradient descent"), this);
    auto *descentLayout = new QVBoxLayout(descent);
    auto *form = new QFormLayout;
    form->addRow(tr("Optimizer"), m_optimizer);
    form->addRow(tr("Step cap"), m_steps);
    descentLayout->addLayout(form);
    descentLayout->addWidget(m_eta);
    descentLayout->addWidget(m_start);
    for (ParamSlider *s : {m_beta, m_beta2, m_epsilon, m_batch, m_weightDecay})
        descentLayout->addWidget(s);

    auto *twoD = new QGroupBox(tr("2-D picture"), this);
    auto *twoDLayout = new QVBoxLayout(twoD);
    twoDLayout->addWidget(m_correlation);
    twoDLayout->addWidget(m_secondWeight);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(model);
    layout->addWidget(dataGroup);
    layout->addWidget(descent);
    layout->addWidget(m_compare);
    layout->addWidget(twoD);
    layout->addStretch(1);

    setTabOrderAsShown();

    connect(m_lambda, &ParamSlider::valueChanged, controller, &SceneController::setLambda);
    connect(m_trueWeight, &ParamSlider::valueChanged, controller, &SceneController::setTrueWeight);
    connect(m_noise, &ParamSlider::valueChanged, controller, &SceneController::setNoise);
    connect(m_alpha, &ParamSlider::valueChanged, controller, &SceneController::setAlpha);
    connect(m_correlation, &ParamSlider::valueChanged, controller, &SceneController::setCorrelation);
    connect(m_secondWeight, &ParamSlider::valueChanged, controller, &SceneController::setSecondWeight);
    connect(controller, &SceneController::sceneChanged, this, &ControlPanel::showScene);
    connect(m_samples, &ParamSlider::valueChanged, controller,
            [controller](double n) { controller->setSamples(static_cast<int>(std::lround(n))); });
    connect(m_seed, &QSpinBox::valueChanged, controller,
            [controller](int seed) { controller->setSeed(static_cast<quint64>(seed)); });
    connect(m_newSample, &QPushButton::clicked, controller, &SceneController::drawNewSample);
    connect(m_intercept, &QCheckBox::toggled, controller, &SceneController::setIntercept);
    connect(m_optimizer, &QComboBox::currentIndexChanged, controller, [this](int index) {
        const QVariant item = m_optimizer->itemData(index);
        if (!item.isValid()) // a heading: show the optimizer in use again
            return showDescentSettings(m_controller->descentSettings());
        m_controller->setOptimizer(static_cast<Optimizer>(item.toInt()));
    });
    connect(m_beta, &ParamSlider::valueChanged, controller, &SceneController::setBeta);
    connect(m_beta2, &ParamSlider::valueChanged, controller, &SceneController::setBeta2);
    connect(m_epsilon, &ParamSlider::valueChanged, controller,
            [controller](double exponent) { controller->setEpsilon(std::pow(10.0, exponent)); });
    connect(m_batch, &ParamSlider::valueChanged, controller,
            [controller](double b) { controller->setBatch(static_cast<int>(std::lround(b))); });
    connect(m_weightDecay, &ParamSlider::valueChanged, controller, &SceneController::setWeightDecay);
    connect(m_eta, &ParamSlider::valueChanged, controller, &SceneController::setEta);
    connect(m_start, &ParamSlider::valueChanged, controller, &SceneController::setStart);
    connect(m_steps, &QSpinBox::valueChanged, controller, &SceneController::setMaxSteps);

    connect(controller, &SceneController::paramsChanged, this, &ControlPanel::showParams);
    connect(controller, &SceneController::descentSettingsChanged, this, &ControlPanel::showDescentSettings);
    connect(controller, &SceneController::dataSourceChanged, this, &ControlPanel::showDataSource);
    showParams(controller->params());
    showDescentSettings(controller->descentSettings());
}

void ControlPanel::setTabOrderAsShown()
{
    // The members are built in the order of Params, not in the order they are laid out: Tab follows
    // the layout, top to bottom, each slider before its spin box.
    QList<QWidget *> order;
    if (m_hint)
        order << m_hint->dismissButton();
    for (ParamSlider *s : {m_lambda, m_alpha, m_trueWeight, m_noise, m_samples})
        order << s->slider() << s->spinBox();
    order << m_seed << m_newSample << m_intercept << m_optimizer << m_steps;
    for (ParamSlider *s : {m_eta, m_start, m_beta, m_beta2, m_epsilon, m_batch, m_weightDecay})
        order << s->slider() << s->spinBox();
    order << m_compare->tabStops();
    for (ParamSlider *s : {m_correlation, m_secondWeight})
        order << s->slider() << s->spinBox();
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order[i], order[i + 1]);
}

void ControlPanel::fillOptimizerBox()
{
    // A vector, not an initializer_list: a list's array would end with the pair that holds it.
    const std::pair<QString, std::vector<Optimizer>> families[] = {
        {tr("Plain"), {Optimizer::Gradient, Optimizer::Clip}},
        {tr("Momentum"), {Optimizer::Momentum, Optimizer::Nesterov}},
        {tr("Adaptive"), {Optimizer::Adam, Optimizer::AdamW}},
        {tr("Stochastic"), {Optimizer::Sgd}},
        {tr("Proximal"), {Optimizer::Proximal, Optimizer::Fista, Optimizer::ProximalSgd}},
    };
    auto *model = qobject_cast<QStandardItemModel *>(m_optimizer->model());
    for (const auto &[family, optimizers] : families) {
        auto *heading = new QStandardItem(family);
        heading->setFlags(Qt::NoItemFlags); // neither selectable nor reached by the arrow keys
        QFont bold = m_optimizer->font();
        bold.setBold(true);
        heading->setFont(bold);
        model->appendRow(heading);
        for (const Optimizer optimizer : optimizers)
            m_optimizer->addItem(QStringLiteral("   ") + optimizerTitle(optimizer),
                                 QVariant::fromValue(static_cast<int>(optimizer)));
    }
}

void ControlPanel::showHint(FirstRunHint *hint)
{
    m_hint = hint;
    m_modelLayout->insertWidget(0, hint);
    setTabOrderAsShown();
}

void ControlPanel::showParams(const Params &params)
{
    m_lambda->setRange(limits::lambda.min, std::max(m_lambda->maximum(), params.lambda));
    m_lambda->showValue(params.lambda);
    m_trueWeight->showValue(params.trueWeight);
    m_noise->showValue(params.noise);
    m_samples->showValue(params.samples);
    m_alpha->showValue(params.alpha);
    m_correlation->showValue(params.correlation);
    m_secondWeight->showValue(params.secondWeight);
    {
        const QSignalBlocker block(m_intercept);
        m_intercept->setChecked(params.intercept);
    }
    const QSignalBlocker block(m_seed);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(params.seed, std::numeric_limits<int>::max())));
}

void ControlPanel::setSklearnConvention(bool shown)
{
    m_convention->setVisible(shown);
    showScene(m_controller->scene());
}

void ControlPanel::showScene(const SceneSnapshot &scene)
{
    if (!scene)
        return;
    // lambda runs to max(5, 2 lambda_c) of these data and the start over the grid they give.
    m_lambda->setRange(limits::lambda.min, scene->lambdaEnd);
    m_lambda->showValue(scene->params.lambda);
    m_start->setRange(std::min(scene->startRange.min, scene->descent.w0),
                      std::max(scene->startRange.max, scene->descent.w0));
    m_start->showValue(scene->descent.w0);
    // The batch size runs up to n, of the draw or of the imported data.
    m_batch->setRange(limits::batchMin, std::max<double>(2.0, static_cast<double>(scene->moments.n)));
    m_batch->showValue(scene->descent.batch);
    if (!m_convention->isVisibleTo(this))
        return;
    const SklearnMapping &s = scene->sklearn;
    m_convention->setText(tr("<small>scikit-learn: Lasso(alpha=%1), Ridge(alpha=%2), ElasticNet(alpha=%3, "
                             "l1_ratio=%4) · glmnet: lambda=%3, alpha=%4</small>")
                              .arg(formatNumber(s.lassoAlpha, 6), formatNumber(s.ridgeAlpha, 6),
                                   formatNumber(s.elasticAlpha, 6), formatNumber(s.elasticL1Ratio, 6)));
}

void ControlPanel::showDataSource(bool imported)
{
    for (QWidget *generatorOnly :
         std::initializer_list<QWidget *>{m_trueWeight, m_noise, m_samples, m_seed, m_newSample})
        generatorOnly->setEnabled(!imported);
    m_importNote->setVisible(imported);
}

void ControlPanel::showDescentSettings(const DescentSettings &settings)
{
    m_eta->showValue(settings.eta);
    // The slider's range takes in a start set elsewhere (a session or the command line allow ±100), so
    // it shows the start as it is and a key press moves it from there, never from a clamped copy; the
    // scene then sets the range its data give (showScene).
    m_start->setRange(std::min(m_start->minimum(), settings.w0), std::max(m_start->maximum(), settings.w0));
    m_start->showValue(settings.w0);
    {
        const QSignalBlocker block(m_steps);
        m_steps->setValue(settings.maxSteps);
    }
    m_beta->showValue(settings.beta);
    m_beta2->showValue(settings.beta2);
    m_epsilon->showValue(std::log10(settings.epsilon));
    m_batch->showValue(settings.batch);
    m_weightDecay->showValue(settings.weightDecay);
    // Each optimizer's own settings show only while it is chosen.
    const Optimizer o = settings.optimizer;
    const bool adaptive = o == Optimizer::Adam || o == Optimizer::AdamW;
    m_beta->setVisible(adaptive || o == Optimizer::Momentum || o == Optimizer::Nesterov);
    m_beta2->setVisible(adaptive);
    m_epsilon->setVisible(adaptive);
    m_batch->setVisible(isStochastic(o));
    m_weightDecay->setVisible(o == Optimizer::AdamW);
    const QSignalBlocker block(m_optimizer);
    m_optimizer->setCurrentIndex(m_optimizer->findData(static_cast<int>(settings.optimizer)));
}

} // namespace regviz
