#include "ui/controls/numbers_panel.h"

#include "model/descent_player.h"
#include "model/explanations.h"
#include "model/number_format.h"
#include "ui/controls/text_block.h"
#include "ui/controls/text_line.h"
#include "ui/plots/descent_panel.h"
#include "ui/plots/plot_style.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace regviz {

namespace {
QString value(const std::optional<double> &v)
{
    return v ? formatNumber(*v, 6) : NumbersPanel::tr("undefined");
}

QString traceName(Penalty kind)
{
    switch (kind) {
    case Penalty::None:
        return NumbersPanel::tr("MSE");
    case Penalty::L1:
        return NumbersPanel::tr("MSE + L1");
    case Penalty::L2:
        return NumbersPanel::tr("MSE + L2");
    case Penalty::ElasticNet:
        return NumbersPanel::tr("elastic net");
    }
    return {};
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

NumbersPanel::NumbersPanel(const DescentPlayer *player, QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)), m_snap(new TextBlock(this)), m_player(player)
{
    m_snap->setObjectName(QStringLiteral("snap"));
    QFont bold = m_snap->font();
    bold.setBold(true);
    m_snap->setFont(bold);
    m_snap->setAccessibleName(tr("Whether L1 has snapped to zero"));
    m_layout->addWidget(m_snap);
    m_objective = plainLabel(QString(), this);
    m_objective->setWordWrap(true);
    m_layout->addWidget(m_objective);

    m_moments = addSection(tr("Data"));
    m_n = addRow(m_moments, QStringLiteral("n"));
    m_sxx = addRow(m_moments, QStringLiteral("Sxx"), tr("mean(x²)"));
    m_sxy = addRow(m_moments, QStringLiteral("Sxy"), tr("mean(x y)"));
    m_syy = addRow(m_moments, QStringLiteral("Syy"), tr("mean(y²)"));

    m_minimizers = addSection(tr("Exact minimizers"));
    m_ols = addRow(m_minimizers, tr("OLS"), QStringLiteral("Sxy / Sxx"));
    m_ridge = addRow(m_minimizers, tr("Ridge (L2)"), QStringLiteral("Sxy / (Sxx + λ)"));
    m_lasso = addRow(m_minimizers, tr("Lasso (L1)"), QStringLiteral("sign(Sxy) max(|Sxy| − λ/2, 0) / Sxx"));
    m_elastic = addRow(m_minimizers, tr("Elastic net"),
                       QStringLiteral("sign(Sxy) max(|Sxy| − λα/2, 0) / (Sxx + λ(1 − α))"));
    m_lambdaC = addRow(m_minimizers, QStringLiteral("λc"), tr("2 |Sxy|: lasso is exactly 0 for λ ≥ λc"));
    m_lambdaCElastic = addRow(m_minimizers, tr("λc elastic"), QStringLiteral("2 |Sxy| / α"));
    m_interceptOls = addRow(m_minimizers, tr("b of OLS"), QStringLiteral("ȳ − w x̄"));
    m_interceptRidge = addRow(m_minimizers, tr("b of ridge"));
    m_interceptLasso = addRow(m_minimizers, tr("b of lasso"));

    m_gridMinima = addSection(tr("Minima found on the grid"));
    m_gridMse = addRow(m_gridMinima, tr("MSE"));
    m_gridL1 = addRow(m_gridMinima, tr("MSE + L1"));
    m_gridL2 = addRow(m_gridMinima, tr("MSE + L2"));

    m_sklearnSection = addSection(tr("Same fit in scikit-learn / glmnet"));
    m_fitIntercept = addRow(m_sklearnSection, QStringLiteral("fit_intercept"));
    m_lassoAlpha = addRow(m_sklearnSection, QStringLiteral("Lasso alpha"), QStringLiteral("λ/2"));
    m_ridgeAlpha = addRow(m_sklearnSection, QStringLiteral("Ridge alpha"), QStringLiteral("n λ"));
    m_elasticAlpha =
        addRow(m_sklearnSection, tr("ElasticNet alpha = glmnet λ"), QStringLiteral("λ(2 − α)/2"));
    m_l1Ratio = addRow(m_sklearnSection, tr("l1_ratio = glmnet α"), QStringLiteral("α/(2 − α)"));

    m_descentSection = addSection(tr("Descent"));
    m_descentTitle = static_cast<QLabel *>(m_descentSection.box->layout()->itemAt(0)->widget());
    for (std::size_t i = 0; i < kAllPenalties.size(); ++i) {
        // Name and position on one full-width line, the run's status under it: both can be long.
        m_traceStep[i] =
            new TextLine(QStringLiteral("MSE + L1 · step 200/200: w = −0.000000"), m_descentSection.box);
        m_traceStep[i]->setAccessibleName(traceName(kAllPenalties[i]));
        // Never widen the dock for a long line; it is elided instead (the full text is the tooltip).
        m_traceStep[i]->setMayShrink(true);
        m_traceStatus[i] = new TextBlock(m_descentSection.box);
        m_traceStatus[i]->setAccessibleName(tr("%1 status").arg(traceName(kAllPenalties[i])));
        m_traceStatus[i]->setForegroundRole(QPalette::PlaceholderText);
        const int row = m_descentSection.grid->rowCount();
        m_descentSection.grid->addWidget(m_traceStep[i], row, 0, 1, 2);
        m_descentSection.grid->addWidget(m_traceStatus[i], row + 1, 0, 1, 2);
    }
    m_layout->addStretch(1);
}

NumbersPanel::Section NumbersPanel::addSection(const QString &title)
{
    Section section;
    section.box = new QWidget(this);
    auto *column = new QVBoxLayout(section.box);
    column->setContentsMargins(0, 6, 0, 0);
    auto *heading = plainLabel(title, section.box);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    column->addWidget(heading);
    section.grid = new QGridLayout;
    section.grid->setHorizontalSpacing(10);
    section.grid->setVerticalSpacing(1);
    section.grid->setColumnStretch(0, 1);
    column->addLayout(section.grid);
    m_layout->addWidget(section.box);
    return section;
}

TextLine *NumbersPanel::addRow(Section &section, const QString &name, const QString &formula)
{
    const int row = section.grid->rowCount();
    auto *nameLabel = plainLabel(name, section.box);
    // Wide enough for any value, so a changing number never changes the layout.
    auto *valueLabel = new TextLine(QStringLiteral("−0.000000e−000"), section.box);
    valueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = valueLabel->font();
    bold.setBold(true);
    valueLabel->setFont(bold);
    valueLabel->setAccessibleName(name);
    section.grid->addWidget(nameLabel, row, 0);
    section.grid->addWidget(valueLabel, row, 1);
    if (!formula.isEmpty()) {
        auto *formulaLabel = plainLabel(formula, section.box);
        formulaLabel->setForegroundRole(QPalette::PlaceholderText);
        formulaLabel->setWordWrap(true);
        QFont small = formulaLabel->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        formulaLabel->setFont(small);
        section.grid->addWidget(formulaLabel, row + 1, 0, 1, 2);
        nameLabel->setToolTip(formula);
        valueLabel->setToolTip(formula);
    }
    return valueLabel;
}

QString NumbersPanel::text() const
{
    QString all;
    for (const QWidget *child : findChildren<QWidget *>()) {
        if (const auto *label = qobject_cast<const QLabel *>(child))
            all += label->text() + QLatin1Char('\n');
        else if (const auto *line = qobject_cast<const TextLine *>(child))
            all += line->text() + QLatin1Char('\n');
        else if (const auto *block = qobject_cast<const TextBlock *>(child))
            all += block->text() + QLatin1Char('\n');
    }
    return all;
}

QString NumbersPanel::snapText() const
{
    return m_snap->text();
}

void NumbersPanel::showScene(const SceneSnapshot &scene)
{
    m_scene = scene;
    renderScene();
    renderFrame();
}

void NumbersPanel::showFrame()
{
    renderFrame();
}

void NumbersPanel::setSklearnConvention(bool sklearn)
{
    m_sklearn = sklearn;
    // The mapping leads in the scikit-learn view and follows the grid minima otherwise.
    m_layout->removeWidget(m_sklearnSection.box);
    m_layout->insertWidget(sklearn ? 2 : m_layout->indexOf(m_gridMinima.box) + 1, m_sklearnSection.box);
}

void NumbersPanel::setColorBlindSafe(bool safe)
{
    m_colorBlindSafe = safe;
    restyle();
}

void NumbersPanel::restyle()
{
    renderScene();
}

void NumbersPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void NumbersPanel::renderScene()
{
    if (!m_scene)
        return;
    const Scene &s = *m_scene;
    const Minimizers &m = s.minimizers;
    m_snap->setText(snapSentence(s));
    QPalette palette = m_snap->palette();
    palette.setColor(QPalette::WindowText,
                     m.lassoAtZero
                         ? style::penaltyColor(Penalty::L1, style::lookFor(this->palette(), m_colorBlindSafe))
                         : this->palette().color(QPalette::WindowText));
    m_snap->setPalette(palette);

    m_objective->setText(
        s.params.intercept
            ? tr("With an intercept: F(b, w) = (1/n) Σ (yᵢ − b − w xᵢ)² + λ P(w), b = ȳ − w x̄; "
                 "Sxx, Sxy and Syy are of the centred x and y")
            : tr("No intercept: F(w) = (1/n) Σ (yᵢ − w xᵢ)² + λ P(w)"));
    const auto showIntercept = [&s](TextLine *line, const std::optional<double> &b) {
        line->setText(!s.params.intercept ? tr("none") : b ? formatNumber(*b, 6) : tr("undefined"));
    };
    showIntercept(m_interceptOls, s.intercepts.ols);
    showIntercept(m_interceptRidge, s.intercepts.ridge);
    showIntercept(m_interceptLasso, s.intercepts.lasso);
    m_fitIntercept->setText(s.params.intercept ? QStringLiteral("True") : QStringLiteral("False"));
    m_n->setText(QString::number(s.moments.n));
    m_sxx->setText(formatNumber(s.moments.sxx, 6));
    m_sxy->setText(formatNumber(s.moments.sxy, 6));
    m_syy->setText(formatNumber(s.moments.syy, 6));
    m_ols->setText(value(m.ols));
    m_ridge->setText(value(m.ridge));
    m_lasso->setText(value(m.lasso));
    m_elastic->setText(value(m.elasticNet));
    m_lambdaC->setText(formatNumber(m.lambdaC, 6));
    m_lambdaCElastic->setText(m.lambdaCElastic ? formatNumber(*m.lambdaCElastic, 6) : tr("never"));
    // A smallest value at an end of the grid is no minimum: the curve may fall further beyond it.
    const auto showGrid = [](TextLine *line, const GridMinimum &g) {
        line->setText(g.atEdge ? tr("%1 (edge)").arg(formatNumber(g.w, 4)) : formatNumber(g.w, 6));
        line->setToolTip(g.atEdge ? tr("The smallest value on the grid is at its end: the minimum lies "
                                       "beyond the grid, so this is not it")
                                  : QString());
    };
    showGrid(m_gridMse, s.minima.mse);
    showGrid(m_gridL1, s.minima.mseL1);
    showGrid(m_gridL2, s.minima.mseL2);
    m_lassoAlpha->setText(formatNumber(s.sklearn.lassoAlpha, 6));
    m_ridgeAlpha->setText(formatNumber(s.sklearn.ridgeAlpha, 6));
    m_elasticAlpha->setText(formatNumber(s.sklearn.elasticAlpha, 6));
    m_l1Ratio->setText(formatNumber(s.sklearn.elasticL1Ratio, 6));
    m_descentTitle->setText(tr("Descent (%1, η = %2, w₀ = %3)")
                                .arg(QString::fromLatin1(optimizerName(s.descent.optimizer)),
                                     formatNumber(s.descent.eta), formatNumber(s.descent.w0)));
    for (std::size_t i = 0; i < kAllPenalties.size(); ++i)
        m_traceStatus[i]->setText(describeTrace(s.trace(kAllPenalties[i])));
}

void NumbersPanel::renderFrame()
{
    if (!m_scene)
        return;
    for (std::size_t i = 0; i < kAllPenalties.size(); ++i) {
        const DescentTrace &trace = m_scene->trace(kAllPenalties[i]);
        if (trace.steps.empty())
            continue;
        const int k = std::clamp(m_player->frame(), 0, trace.stepCount());
        const DescentStep &step = trace.steps[static_cast<std::size_t>(k)];
        m_traceStep[i]->setText(tr("%1 · step %2/%3: w = %4, F = %5")
                                    .arg(traceName(kAllPenalties[i]))
                                    .arg(k)
                                    .arg(trace.stepCount())
                                    .arg(formatNumber(step.w, 6), formatNumber(step.value, 6)));
    }
}

} // namespace regviz
