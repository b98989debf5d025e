#include "model/explanations.h"

#include "model/number_format.h"

#include <QCoreApplication>

namespace regviz {

namespace {
/// This file's translation context. A free tr() would do at run time, but lupdate would file its
/// strings under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Explanations)
};

QString value(const std::optional<double> &w)
{
    return w ? formatNumber(*w) : Text::tr("undefined");
}
} // namespace

QString snapSentence(const Scene &scene)
{
    const Minimizers &m = scene.minimizers;
    if (!m.identifiable)
        return Text::tr("Every x is 0: w is not identifiable from the data (Sxx = 0).");
    const QString lambda = formatNumber(scene.params.lambda);
    const QString lambdaC = formatNumber(m.lambdaC);
    if (m.lassoAtZero)
        return Text::tr("λ = %1 ≥ λc = %2: the L1 minimum is exactly 0 (snapped to zero).")
            .arg(lambda, lambdaC);
    return Text::tr("λ = %1 < λc = %2: the L1 minimum is not 0 yet; it reaches 0 at λ = λc.")
        .arg(lambda, lambdaC);
}

QString describeTrace(const DescentTrace &trace)
{
    const int steps = trace.stepCount();
    switch (trace.status) {
    case DescentStatus::Converged:
        return Text::tr("converged in %1 steps").arg(steps);
    case DescentStatus::Running:
        return Text::tr("still moving after %1 steps").arg(steps);
    case DescentStatus::Oscillating:
        if (trace.band)
            return Text::tr("oscillating in [%1, %2]")
                .arg(formatNumber(trace.band->low, 3), formatNumber(trace.band->high, 3));
        return Text::tr("oscillating");
    case DescentStatus::Diverged:
        if (trace.eta > trace.etaMax)
            return Text::tr("diverged at step %1 (η > η_max = %2)")
                .arg(trace.divergedAt.value_or(steps))
                .arg(formatNumber(trace.etaMax, 3));
        // Below the limit only subgradient steps on |w| can grow: near it, their kicks add up.
        return Text::tr("diverged at step %1 (η = %2, close to η_max = %3)")
            .arg(trace.divergedAt.value_or(steps))
            .arg(formatNumber(trace.eta, 3), formatNumber(trace.etaMax, 3));
    }
    return {};
}

QString explainScene(const Scene &scene)
{
    const Params &p = scene.params;
    const Minimizers &m = scene.minimizers;
    const QString lambda = formatNumber(p.lambda);
    const Shrinkage &shrink = scene.shrinkage;
    QString html;
    const auto section = [&html](const QString &title, const QString &body) {
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(title, body);
    };

    section(
        Text::tr("The data"),
        scene.imported
            ? Text::tr("%1 points imported from %2. Each fitted line is y = w x with the w of its method.")
                  .arg(scene.moments.n)
                  .arg(scene.importedName.toHtmlEscaped())
            : Text::tr(
                  "%1 points y = w x + σ e with true w = %2 and noise σ = %3. The fitted lines use OLS w "
                  "= %4, "
                  "ridge w = %5 and lasso w = %6.")
                  .arg(scene.moments.n)
                  .arg(formatNumber(p.trueWeight), formatNumber(p.noise), value(m.ols), value(m.ridge),
                       value(m.lasso)));
    section(Text::tr("The loss"),
            Text::tr("MSE(w) = Syy − 2 w Sxy + w² Sxx is a parabola with its minimum at OLS w = %1.")
                .arg(value(m.ols)));
    section(
        Text::tr("The penalties"),
        Text::tr(
            "λ|w| is a V with the same slope λ = %1 everywhere except at 0; λw² is flat at 0 and steepens "
            "away from it.")
            .arg(lambda));
    section(Text::tr("The regularized losses"),
            snapSentence(scene).toHtmlEscaped() + QStringLiteral(" ") +
                Text::tr("The ridge minimum is w = %1: shrunk by the factor Sxx/(Sxx + λ) = %2, never to 0.")
                    .arg(value(m.ridge),
                         m.identifiable ? formatNumber(shrink.ridgeSlope) : Text::tr("undefined")));
    const DescentTrace &l1 = scene.trace(Penalty::L1);
    const DescentTrace &l2 = scene.trace(Penalty::L2);
    section(
        Text::tr("Gradient descent"),
        Text::tr(
            "From w₀ = %1 with step η = %2 (%3): the L1 run is %4; the L2 run is %5. Near 0 the L1 penalty "
            "keeps pushing with constant strength λ, while the L2 push 2λw fades as w shrinks.")
            .arg(formatNumber(scene.descent.w0), formatNumber(scene.descent.eta),
                 QString::fromLatin1(optimizerName(scene.descent.optimizer)),
                 describeTrace(l1).toHtmlEscaped(), describeTrace(l2).toHtmlEscaped()));
    section(
        Text::tr("Gradient view"),
        Text::tr(
            "At w = 0 the slope of MSE + λ|w| jumps over the interval dMSE/dw(0) ± λ = %1 ± %2. When that "
            "interval contains 0, w = 0 is the minimum.")
            .arg(formatNumber(mseGradient(scene.moments, 0.0)), lambda));
    section(
        Text::tr("Regularization path"),
        Text::tr(
            "The lasso path reaches exactly 0 at λc = %1 and stays there; the ridge path only approaches 0.")
            .arg(formatNumber(m.lambdaC)));
    section(Text::tr("Shrinkage"),
            m.identifiable ? Text::tr("Lasso maps every OLS value within ±%1 to exactly 0 (the dead band) "
                                      "and moves the rest toward 0 "
                                      "by that amount; ridge multiplies every OLS value by %2.")
                                 .arg(formatNumber(shrink.deadBand), formatNumber(shrink.ridgeSlope))
                           : Text::tr("Every x is 0, so there is no OLS value to shrink."));
    if (scene.resampling)
        section(Text::tr("Sampling variability"),
                Text::tr("In %1 fresh samples the lasso estimate is exactly 0 %2 times.")
                    .arg(scene.resampling->lasso.size())
                    .arg(scene.resampling->lassoZeros));
    section(
        Text::tr("The 2-D picture"),
        Text::tr(
            "With two features correlated at ρ = %1, the L1 budget is a diamond whose corners lie on the "
            "axes: "
            "the contour of the MSE often first touches it at a corner, where a weight is exactly 0. The L2 "
            "budget is a disc with no corners.")
            .arg(formatNumber(p.correlation)));
    return html;
}

} // namespace regviz
