#include "model/explanations.h"

#include "model/number_format.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

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

QString frameCaption(const Scene &scene, int frame, bool withElastic)
{
    QStringList runs;
    for (const Penalty kind : {Penalty::L1, Penalty::L2, Penalty::ElasticNet, Penalty::None}) {
        if (kind == Penalty::ElasticNet && !withElastic)
            continue;
        const DescentTrace &trace = scene.trace(kind);
        if (trace.steps.empty())
            continue;
        const int k = std::clamp(frame, 0, trace.stepCount());
        const char *name = kind == Penalty::L1           ? "L1"
                           : kind == Penalty::L2         ? "L2"
                           : kind == Penalty::ElasticNet ? "EN"
                                                         : "MSE";
        runs << QStringLiteral("%1 w = %2")
                    .arg(QLatin1String(name), formatNumber(trace.steps[static_cast<std::size_t>(k)].w, 4));
    }
    return Text::tr("step %1 of %2 · %3 · λ = %4 · %5")
        .arg(frame)
        .arg(scene.lastFrame())
        .arg(QString::fromLatin1(optimizerName(scene.descent.optimizer)), formatNumber(scene.params.lambda),
             runs.join(QStringLiteral(", ")));
}

QString stepAdvice(double eta, double limit, double stable, bool applied)
{
    if (applied)
        return Text::tr("Step size η set to %1: these data are stable only below η = %2 (η was %3)")
            .arg(formatNumber(stable, 3), formatNumber(limit, 3), formatNumber(eta, 3));
    return Text::tr("η = %1 diverges on these data (stable below η = %2): try η = %3")
        .arg(formatNumber(eta, 3), formatNumber(limit, 3), formatNumber(stable, 3));
}

QString firstRunTip(const Scene &scene)
{
    const Minimizers &m = scene.minimizers;
    const QString lambda = formatNumber(scene.params.lambda);
    const QString lambdaC = formatNumber(m.lambdaC);
    if (!m.identifiable)
        return Text::tr(
            "<b>Start here:</b> every x is 0, so w cannot be fitted; import other data or go back "
            "to generated data.");
    if (m.lassoAtZero)
        return Text::tr(
                   "<b>Start here:</b> λ = %1 is past λc = %2, so the L1 minimum sits at exactly 0. Drag "
                   "the λ slider left, below λc: the L1 minimum leaves 0, while the L2 minimum moves "
                   "smoothly all the way.")
            .arg(lambda, lambdaC);
    return Text::tr(
               "<b>Start here:</b> drag the λ slider right, past λc = %1: the L1 minimum snaps to exactly "
               "0 there, while the L2 minimum only shrinks.")
        .arg(lambdaC);
}

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

QString optimizerTitle(Optimizer optimizer)
{
    switch (optimizer) {
    case Optimizer::Gradient:
        return Text::tr("gradient (subgradient)");
    case Optimizer::Proximal:
        return Text::tr("ISTA (proximal)");
    case Optimizer::Clip:
        return Text::tr("clip at 0");
    case Optimizer::Momentum:
        return Text::tr("heavy-ball momentum");
    case Optimizer::Nesterov:
        return Text::tr("Nesterov momentum");
    case Optimizer::Adam:
        return Text::tr("Adam");
    case Optimizer::AdamW:
        return Text::tr("AdamW");
    case Optimizer::Sgd:
        return Text::tr("minibatch SGD");
    case Optimizer::Fista:
        return Text::tr("FISTA");
    case Optimizer::ProximalSgd:
        return Text::tr("proximal SGD");
    }
    return {};
}

std::optional<int> zeroFromStep(const DescentTrace &trace)
{
    std::optional<int> from;
    for (int k = trace.stepCount(); k >= 0; --k) {
        if (trace.steps[static_cast<std::size_t>(k)].w != 0.0)
            break;
        from = k;
    }
    return from;
}

QString describeLanding(const DescentTrace &trace)
{
    if (trace.steps.empty())
        return {};
    if (const auto from = zeroFromStep(trace))
        return Text::tr("exactly 0 from step %1").arg(*from);
    const double last = trace.steps.back().w;
    if (trace.target == 0.0 || trace.fixedPoint == 0.0)
        return Text::tr("never exactly 0 (last w = %1)").arg(formatNumber(last, 3));
    return Text::tr("ends at w = %1").arg(formatNumber(last, 3));
}

QString explainOptimizerOnL1(const DescentTrace &trace, const DescentSettings &settings)
{
    const QString landing = describeLanding(trace);
    const QString status = describeTrace(trace);
    const QString eta = formatNumber(settings.eta);
    switch (trace.optimizer) {
    case Optimizer::Gradient:
        return Text::tr(
                   "Subgradient steps of fixed size η = %1 jump over 0 instead of stopping on it: %2, %3.")
            .arg(eta, landing, status);
    case Optimizer::Proximal:
        return Text::tr("Each step soft-thresholds by η λ, so once |w| is within that of 0 it is set to "
                        "exactly 0: %1, %2.")
            .arg(landing, status);
    case Optimizer::Clip:
        return Text::tr("A step that would cross 0 stops at 0 and stays while 0 is optimal: %1, %2.")
            .arg(landing, status);
    case Optimizer::Momentum:
    case Optimizer::Nesterov:
        return Text::tr("Velocity (β = %1) carries w past 0, so it swings around 0 in a wider band than "
                        "plain subgradient descent: %2, %3.")
            .arg(formatNumber(settings.beta), landing, status);
    case Optimizer::Adam:
        return Text::tr("Adam divides by the gradient's size, so every step is about η = %1 however close w "
                        "is to 0, and the L1 subgradient keeps flipping sign: %2, %3.")
            .arg(eta, landing, status);
    case Optimizer::AdamW:
        return Text::tr("AdamW takes Adam's steps on MSE + λ|w| and shrinks w by η d separately; its fixed "
                        "point is w = %1, not the ridge minimizer: %2, %3.")
            .arg(value(trace.fixedPoint), landing, status);
    case Optimizer::Sgd:
        return Text::tr("Each step sees one minibatch of %1 rows, whose gradient differs from the full "
                        "one, so w keeps moving around 0: %2, %3.")
            .arg(trace.batchSize)
            .arg(landing, status);
    case Optimizer::Fista:
        return Text::tr("ISTA's soft-thresholding from a momentum point: fast, and it lands on exactly 0: "
                        "%1, %2.")
            .arg(landing, status);
    case Optimizer::ProximalSgd:
        return Text::tr("Soft-thresholding on one minibatch of %1 rows at a time: w is exactly 0 whenever "
                        "0 is optimal for the batch: %2, %3.")
            .arg(trace.batchSize)
            .arg(landing, status);
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
    // Every optimizer on L1 from the scene's start and step: core runs each one here, on the scene's
    // moments and minibatches, so the sentences carry the numbers the comparison panel would show.
    QString list;
    for (const Optimizer optimizer : kAllOptimizers) {
        DescentSettings settings = scene.descent;
        settings.optimizer = optimizer;
        const DescentTrace trace =
            scene.minibatches ? computeDescent(scene.moments, Penalty::L1, scene.regularization(), settings,
                                               *scene.minibatches)
                              : computeDescent(scene.moments, Penalty::L1, scene.regularization(), settings);
        list += QStringLiteral("<li><i>%1</i>: %2</li>")
                    .arg(optimizerTitle(optimizer).toHtmlEscaped(),
                         explainOptimizerOnL1(trace, settings).toHtmlEscaped());
    }
    section(
        Text::tr("Each optimizer on L1"),
        Text::tr("From w₀ = %1 with step η = %2 for %3 steps at most (Compare optimizers shows up to four "
                 "of them side by side):")
                .arg(formatNumber(scene.descent.w0), formatNumber(scene.descent.eta))
                .arg(scene.descent.maxSteps) +
            QStringLiteral("<ul>%1</ul>").arg(list));
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
