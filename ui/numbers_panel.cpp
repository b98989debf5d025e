#include "numbers_panel.h"

#include "descent_panel.h"
#include "plot_style.h"

#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace regviz {

namespace {
QString value(const std::optional<double> &v)
{
    return v ? style::number(*v, 6) : NumbersPanel::tr("undefined");
}

QString row(const QString &name, const QString &number, const QString &formula)
{
    return QStringLiteral(
               "<tr><td>%1</td><td align='right'><b>%2</b></td><td style='color:#666'>%3</td></tr>")
        .arg(name, number, formula);
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
} // namespace

QString snapSentence(const Scene &scene)
{
    const Minimizers &m = scene.minimizers;
    if (!m.identifiable)
        return NumbersPanel::tr("Every x is 0: w is not identifiable from the data (Sxx = 0).");
    const QString lambda = style::number(scene.params.lambda);
    const QString lambdaC = style::number(m.lambdaC);
    if (m.lassoAtZero)
        return NumbersPanel::tr("λ = %1 ≥ λc = %2: the L1 minimum is exactly 0 (snapped to zero).")
            .arg(lambda, lambdaC);
    return NumbersPanel::tr("λ = %1 < λc = %2: the L1 minimum is not 0 yet; it reaches 0 at λ = λc.")
        .arg(lambda, lambdaC);
}

NumbersPanel::NumbersPanel(QWidget *parent)
    : QWidget(parent), m_snap(new QLabel(this)), m_body(new QLabel(this)), m_descent(new QLabel(this))
{
    for (QLabel *label : {m_snap, m_body, m_descent}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_snap->setObjectName(QStringLiteral("snap"));
    m_snap->setAccessibleName(tr("Whether L1 has snapped to zero"));
    m_body->setAccessibleName(tr("Exact minimizers"));
    m_descent->setAccessibleName(tr("Descent status"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_snap);
    layout->addWidget(m_body);
    layout->addWidget(m_descent);
    layout->addStretch(1);
}

QString NumbersPanel::text() const
{
    QTextDocument doc;
    QString all;
    for (const QLabel *label : {m_snap, m_body, m_descent}) {
        doc.setHtml(label->text());
        all += doc.toPlainText() + QLatin1Char('\n');
    }
    return all;
}

QString NumbersPanel::snapText() const
{
    QTextDocument doc;
    doc.setHtml(m_snap->text());
    return doc.toPlainText();
}

void NumbersPanel::showScene(const SceneSnapshot &scene)
{
    m_scene = scene;
    render();
}

void NumbersPanel::showFrame(int frame)
{
    m_frame = frame;
    render();
}

void NumbersPanel::setSklearnConvention(bool sklearn)
{
    m_sklearn = sklearn;
    render();
}

void NumbersPanel::render()
{
    if (!m_scene)
        return;
    const Scene &s = *m_scene;
    const Minimizers &m = s.minimizers;
    const QString color = m.lassoAtZero ? QStringLiteral("#1f77b4") : QStringLiteral("#444");
    m_snap->setText(
        QStringLiteral("<p style='color:%1'><b>%2</b></p>").arg(color, snapSentence(s).toHtmlEscaped()));

    QString html = tr("<p>F(w) = (1/n) Σ (y<sub>i</sub> − w x<sub>i</sub>)² + λ P(w)</p>");
    html += QStringLiteral("<table cellspacing='3'>");
    html += row(tr("n"), QString::number(s.moments.n), QString());
    html += row(QStringLiteral("Sxx"), style::number(s.moments.sxx, 6), tr("mean(x²)"));
    html += row(QStringLiteral("Sxy"), style::number(s.moments.sxy, 6), tr("mean(x y)"));
    html += row(QStringLiteral("Syy"), style::number(s.moments.syy, 6), tr("mean(y²)"));
    html += QStringLiteral("<tr><td colspan='3'><hr/></td></tr>");
    html += row(tr("OLS"), value(m.ols), QStringLiteral("Sxy / Sxx"));
    html += row(tr("Ridge (L2)"), value(m.ridge), QStringLiteral("Sxy / (Sxx + λ)"));
    html += row(tr("Lasso (L1)"), value(m.lasso), QStringLiteral("sign(Sxy) max(|Sxy| − λ/2, 0) / Sxx"));
    html += row(tr("Elastic net"), value(m.elasticNet),
                QStringLiteral("sign(Sxy) max(|Sxy| − λα/2, 0) / (Sxx + λ(1 − α))"));
    html += row(QStringLiteral("λc"), style::number(m.lambdaC, 6), tr("2 |Sxy|: lasso is 0 for λ ≥ λc"));
    html += row(tr("λc (elastic)"), m.lambdaCElastic ? style::number(*m.lambdaCElastic, 6) : tr("never"),
                QStringLiteral("2 |Sxy| / α"));
    html += QStringLiteral("<tr><td colspan='3'><hr/></td></tr>");
    html += row(tr("Grid min MSE"), style::number(s.minima.mse.w, 6),
                tr("w on the %1-point grid").arg(s.curves.w.size()));
    html += row(tr("Grid min +L1"), style::number(s.minima.mseL1.w, 6), QString());
    html += row(tr("Grid min +L2"), style::number(s.minima.mseL2.w, 6), QString());
    html += QStringLiteral("</table>");

    // The same fit elsewhere: the mapping is always listed; the scikit-learn view leads with it.
    const SklearnMapping &sk = s.sklearn;
    QString mapping =
        tr("<p><b>Same fit in scikit-learn / glmnet</b> (no intercept)</p><table cellspacing='3'>");
    mapping += row(QStringLiteral("Lasso alpha"), style::number(sk.lassoAlpha, 6), QStringLiteral("λ/2"));
    mapping += row(QStringLiteral("Ridge alpha"), style::number(sk.ridgeAlpha, 6), QStringLiteral("n λ"));
    mapping += row(QStringLiteral("ElasticNet alpha"), style::number(sk.elasticAlpha, 6),
                   QStringLiteral("λ(2 − α)/2"));
    mapping +=
        row(QStringLiteral("l1_ratio"), style::number(sk.elasticL1Ratio, 6), QStringLiteral("α/(2 − α)"));
    mapping +=
        row(tr("glmnet"),
            tr("λ = %1, α = %2").arg(style::number(sk.elasticAlpha, 4), style::number(sk.elasticL1Ratio, 4)),
            tr("standardize = FALSE"));
    mapping += QStringLiteral("</table>");
    m_body->setText(m_sklearn ? mapping + html : html + mapping);

    QString descent = tr("<p><b>Descent</b> (%1, η = %2, w₀ = %3)</p><table cellspacing='3'>")
                          .arg(QString::fromLatin1(optimizerName(s.descent.optimizer)),
                               style::number(s.descent.eta), style::number(s.descent.w0));
    for (const Penalty kind : kAllPenalties) {
        const DescentTrace &trace = s.trace(kind);
        if (trace.steps.empty())
            continue;
        const int k = std::clamp(m_frame, 0, trace.stepCount());
        const DescentStep &step = trace.steps[static_cast<std::size_t>(k)];
        descent += QStringLiteral("<tr><td>%1</td><td>%2</td><td>w = <b>%3</b></td><td>F = %4</td></tr>"
                                  "<tr><td></td><td colspan='3' style='color:#666'>%5</td></tr>")
                       .arg(traceName(kind), tr("step %1 of %2").arg(k).arg(trace.stepCount()),
                            style::number(step.w, 6), style::number(step.value, 6),
                            describeTrace(trace).toHtmlEscaped());
    }
    descent += QStringLiteral("</table>");
    m_descent->setText(descent);
}

} // namespace regviz
