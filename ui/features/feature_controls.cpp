#include "ui/features/feature_controls.h"

#include "ui/controls/param_slider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace regviz {

namespace {
QSpinBox *intBox(int min, int max, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    return box;
}

QDoubleSpinBox *realBox(double min, double max, double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(2);
    box->setSingleStep(0.05);
    box->setValue(value);
    return box;
}
} // namespace

FeatureControls::FeatureControls(QWidget *parent)
    : QWidget(parent), m_source(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_lambda(new ParamSlider(tr("λ"), 1e-4, 2.0, 1.0, 4, ParamSlider::Scale::Logarithmic, this)),
      m_target(new QComboBox(this)), m_standardize(new QCheckBox(tr("Standardize features"), this)),
      m_intercept(new QCheckBox(tr("Fit an intercept"), this)),
      m_folds(intBox(kMinFolds, kMaxFolds, 5, this)), m_p(intBox(2, 1000, 20, this)),
      m_k(intBox(0, 1000, 5, this)), m_rho(realBox(0.0, 0.99, 0.0, this)),
      m_sigma(realBox(0.0, 100.0, 1.0, this)), m_n(intBox(2, 1'000'000, 200, this)),
      m_seed(intBox(0, 1'000'000, 42, this)), m_generate(new QPushButton(tr("Generate"), this))
{
    m_source->setWordWrap(true);
    m_busy->setRange(0, 0); // busy, not a fraction: the engine reports no progress
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Analysing the table"));
    m_lambda->setHelp(tr("Regularization strength of every panel on this page"));
    m_standardize->setToolTip(tr("Scale every feature to unit variance before penalizing (as glmnet)"));
    m_intercept->setToolTip(tr("Fit an unpenalized intercept"));
    m_folds->setToolTip(tr("k of k-fold cross-validation"));
    m_target->setToolTip(tr("The column the others predict"));

    auto *fit = new QGroupBox(tr("Fit"), this);
    auto *fitForm = new QFormLayout(fit);
    fitForm->addRow(tr("Target"), m_target);
    fitForm->addRow(m_standardize);
    fitForm->addRow(m_intercept);
    fitForm->addRow(tr("Folds"), m_folds);

    auto *generator = new QGroupBox(tr("Sparse generator"), this);
    auto *genForm = new QFormLayout(generator);
    genForm->addRow(tr("Features p"), m_p);
    genForm->addRow(tr("Non-zero k"), m_k);
    genForm->addRow(tr("Correlation ρ"), m_rho);
    genForm->addRow(tr("Noise σ"), m_sigma);
    genForm->addRow(tr("Samples n"), m_n);
    genForm->addRow(tr("Seed"), m_seed);
    genForm->addRow(m_generate);
    m_generate->setToolTip(tr("Draw a table whose first k features carry the truth"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_source);
    layout->addWidget(m_busy);
    layout->addWidget(m_lambda);
    layout->addWidget(fit);
    layout->addWidget(generator);
    layout->addStretch(1);

    connect(m_lambda, &ParamSlider::valueChanged, this, &FeatureControls::lambdaRequested);
    for (QCheckBox *box : {m_standardize, m_intercept})
        connect(box, &QCheckBox::toggled, this, [this] { Q_EMIT optionsRequested(options()); });
    connect(m_folds, &QSpinBox::valueChanged, this, [this] { Q_EMIT optionsRequested(options()); });
    connect(m_target, &QComboBox::activated, this,
            [this](int index) { Q_EMIT targetRequested(m_target->itemText(index)); });
    connect(m_generate, &QPushButton::clicked, this, [this] { Q_EMIT generateRequested(design()); });
}

SparseDesign FeatureControls::design() const
{
    SparseDesign d;
    d.features = m_p->value();
    d.nonZero = std::min(m_k->value(), m_p->value());
    d.correlation = m_rho->value();
    d.noise = m_sigma->value();
    d.samples = m_n->value();
    d.seed = static_cast<std::uint64_t>(m_seed->value());
    return d;
}

FeatureOptions FeatureControls::options() const
{
    FeatureOptions o = m_shownOptions;
    o.fit.standardize = m_standardize->isChecked();
    o.fit.intercept = m_intercept->isChecked();
    o.folds = m_folds->value();
    return o;
}

void FeatureControls::showState(const FeatureController &controller)
{
    const FeatureSnapshot &s = controller.snapshot();
    if (!s || !s->analysis)
        return;
    const FeatureAnalysis &a = *s->analysis;
    m_shownOptions = a.options;
    m_source->setText(tr("%1: %2 rows × %3 features, target %4")
                          .arg(QFileInfo(s->source).fileName())
                          .arg(a.table->rows())
                          .arg(a.features())
                          .arg(QString::fromStdString(a.table->targetName)));
    const LambdaRange range = featureLambdaRange(a);
    // Any valid lambda is shown as it is: the range widens to take one set elsewhere.
    m_lambda->setRange(std::min(range.low, s->lambda > 0.0 ? s->lambda : range.low),
                       std::max(range.high, s->lambda));
    m_lambda->showValue(s->lambda);
    if (s->analysis == m_shownAnalysis)
        return; // a lambda, feature or path change: the rest shows the same table
    m_shownAnalysis = s->analysis;
    const QSignalBlocker b1(m_standardize);
    const QSignalBlocker b2(m_intercept);
    const QSignalBlocker b3(m_folds);
    const QSignalBlocker b4(m_target);
    m_standardize->setChecked(a.options.fit.standardize);
    m_intercept->setChecked(a.options.fit.intercept);
    m_folds->setValue(a.options.folds);
    const bool generated = controller.source().design.has_value();
    m_target->clear();
    if (!generated) {
        for (const std::string &name : a.table->featureNames)
            m_target->addItem(QString::fromStdString(name));
        m_target->addItem(QString::fromStdString(a.table->targetName));
        m_target->setCurrentIndex(m_target->count() - 1);
    }
    m_target->setEnabled(!generated);
    if (const auto &d = controller.source().design) {
        const QSignalBlocker g1(m_p);
        m_p->setValue(d->features);
        m_k->setValue(d->nonZero);
        m_rho->setValue(d->correlation);
        m_sigma->setValue(d->noise);
        m_n->setValue(static_cast<int>(d->samples));
        m_seed->setValue(static_cast<int>(d->seed));
    }
}

void FeatureControls::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

} // namespace regviz
