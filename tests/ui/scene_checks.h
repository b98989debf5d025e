#pragma once

// What must hold after anything a user does, checked on the real window: every number drawn is finite,
// every number shown is a finite number or a word that explains its absence, the numbers shown are the
// core's, and the controls show the controller's values. Each check returns what is wrong, or nothing.

#include "model/number_format.h"
#include "model/scene_controller.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "ui/controls/control_panel.h"
#include "ui/controls/numbers_panel.h"
#include "ui/controls/param_slider.h"
#include "ui/controls/text_block.h"
#include "ui/controls/text_line.h"
#include "ui/main_window.h"
#include "ui/plots/plot_panel.h"
#include "ui/plots/plot_style.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QRegularExpression>
#include <QSpinBox>
#include <cmath>
#include <map>
#include <optional>
#include <qcustomplot.h>
#include <string>

namespace regviz::test {

using Problem = std::optional<std::string>;

inline std::string plotName(const QCustomPlot *plot)
{
    for (const QWidget *w = plot->parentWidget(); w != nullptr; w = w->parentWidget()) {
        if (const auto *panel = qobject_cast<const PlotPanel *>(w))
            return panel->title().toStdString();
    }
    return "a plot";
}

inline bool finite(double key, double value)
{
    return std::isfinite(key) && std::isfinite(value);
}

/// The first point of any graph or curve, or axis range, of any plot under root that is NaN or ±inf.
inline Problem nonFinitePlotData(const QWidget *root)
{
    for (QCustomPlot *plot : root->findChildren<QCustomPlot *>()) {
        for (int i = 0; i < plot->plottableCount(); ++i) {
            QCPAbstractPlottable *plottable = plot->plottable(i);
            const std::string where =
                plotName(plot) + ", plottable '" + plottable->name().toStdString() + "'";
            if (const auto *graph = qobject_cast<const QCPGraph *>(plottable)) {
                for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
                    if (!finite(it->key, it->value))
                        return where + ": point (" + std::to_string(it->key) + ", " +
                               std::to_string(it->value) + ")";
                }
            } else if (const auto *curve = qobject_cast<const QCPCurve *>(plottable)) {
                for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it) {
                    if (!finite(it->t, it->key) || !std::isfinite(it->value))
                        return where + ": curve point (" + std::to_string(it->key) + ", " +
                               std::to_string(it->value) + ")";
                }
            } else if (const auto *bars = qobject_cast<const QCPBars *>(plottable)) {
                for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
                    if (!finite(it->key, it->value))
                        return where + ": bar (" + std::to_string(it->key) + ", " +
                               std::to_string(it->value) + ")";
                }
            } else {
                return where + ": a plottable type these checks do not read (" +
                       std::string(plottable->metaObject()->className()) + ")";
            }
        }
        for (const QCPAxis *axis : plot->axisRect()->axes()) {
            if (!finite(axis->range().lower, axis->range().upper))
                return plotName(plot) + ": axis range [" + std::to_string(axis->range().lower) + ", " +
                       std::to_string(axis->range().upper) + "]";
        }
    }
    return std::nullopt;
}

/// "nan", "inf" or "infinity" as a word anywhere in the text.
inline bool mentionsNonFinite(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    return word.match(text).hasMatch();
}

/// Every value line of the numbers panel reads as a finite number or an explanatory word, no text on it
/// mentions a non-finite number, and the moments, minimizers and lambda_c it shows are the core's
/// for the scene, formatted as the panel formats them.
inline Problem numbersProblem(const NumbersPanel &panel, const Scene &scene)
{
    const Minimizers m = computeMinimizers(scene.moments, scene.regularization());
    const auto shown = [](const std::optional<double> &v) {
        return v ? formatNumber(*v, 6) : QStringLiteral("undefined");
    };
    const std::map<QString, QString> expected{
        {QStringLiteral("n"), QString::number(scene.moments.n)},
        {QStringLiteral("Sxx"), formatNumber(scene.moments.sxx, 6)},
        {QStringLiteral("Sxy"), formatNumber(scene.moments.sxy, 6)},
        {QStringLiteral("Syy"), formatNumber(scene.moments.syy, 6)},
        {QStringLiteral("OLS"), shown(m.ols)},
        {QStringLiteral("Ridge (L2)"), shown(m.ridge)},
        {QStringLiteral("Lasso (L1)"), shown(m.lasso)},
        {QStringLiteral("Elastic net"), shown(m.elasticNet)},
        {QStringLiteral("λc"), formatNumber(m.lambdaC, 6)},
        {QStringLiteral("λc elastic"),
         m.lambdaCElastic ? formatNumber(*m.lambdaCElastic, 6) : QStringLiteral("never")},
    };
    static const QRegularExpression stepLine(QStringLiteral("· step (\\d+)/(\\d+): w = (\\S+), F = (\\S+)$"));
    std::size_t compared = 0;
    for (const TextLine *line : panel.findChildren<TextLine *>()) {
        const QString text = line->text();
        const std::string name = line->accessibleName().toStdString();
        if (text.isEmpty())
            return "numbers panel: '" + name + "' is empty";
        if (const QRegularExpressionMatch step = stepLine.match(text); step.hasMatch()) {
            bool wOk = false;
            bool fOk = false;
            const double w = step.captured(3).toDouble(&wOk);
            const double f = step.captured(4).toDouble(&fOk);
            if (!wOk || !fOk || !finite(w, f))
                return "numbers panel: descent line '" + text.toStdString() + "'";
            continue;
        }
        bool ok = false;
        // A grid minimum at an end of the grid is a number marked "(edge)".
        const QString number = text.endsWith(QLatin1String(" (edge)")) ? text.chopped(7) : text;
        const double value = number.toDouble(&ok);
        const bool word = text == QLatin1String("undefined") || text == QLatin1String("never") ||
                          text == QLatin1String("none") || text == QLatin1String("True") ||
                          text == QLatin1String("False");
        if (!word && (!ok || !std::isfinite(value)))
            return "numbers panel: '" + name + "' shows '" + text.toStdString() + "'";
        if (const auto it = expected.find(line->accessibleName()); it != expected.end()) {
            ++compared;
            if (text != it->second)
                return "numbers panel: '" + name + "' shows " + text.toStdString() + ", the core gives " +
                       it->second.toStdString();
        }
    }
    if (compared != expected.size())
        return "numbers panel: found " + std::to_string(compared) + " of the " +
               std::to_string(expected.size()) + " values compared with the core";
    for (const TextBlock *block : panel.findChildren<TextBlock *>()) {
        if (mentionsNonFinite(block->text()))
            return "numbers panel: '" + block->text().toStdString() + "'";
    }
    const bool explained = m.identifiable
                               ? m.lassoAtZero == panel.snapText().contains(QStringLiteral("exactly 0"))
                               : panel.snapText().contains(QStringLiteral("not identifiable"));
    if (!explained)
        return "numbers panel: the snap sentence '" + panel.snapText().toStdString() +
               "' contradicts the core";
    return std::nullopt;
}

/// The scene's moments against ones computed straight from its data (the draw for generated data).
inline Problem momentsProblem(const Scene &scene)
{
    if (scene.imported) {
        // With an intercept (the default for imported data) the moments are of the centred rows.
        const Moments rows =
            scene.params.intercept ? centredMoments(*scene.imported) : computeMoments(*scene.imported);
        if (!(rows == scene.moments))
            return std::string("moments differ from those of the imported rows");
        return std::nullopt;
    }
    const Params &p = scene.params;
    const Dataset draw = generateDataset(p.seed, p.samples);
    const Moments direct = p.intercept
                               ? centredMoments(XYData{draw.x, responses(draw, p.trueWeight, p.noise)})
                               : computeMoments(draw, p.trueWeight, p.noise);
    const auto close = [](double a, double b) {
        return std::abs(a - b) <= 1e-9 * (1.0 + std::abs(b));
    };
    if (direct.n != scene.moments.n || !close(scene.moments.sxx, direct.sxx) ||
        !close(scene.moments.sxy, direct.sxy) || !close(scene.moments.syy, direct.syy))
        return "moments (Sxx " + std::to_string(scene.moments.sxx) + ", Sxy " +
               std::to_string(scene.moments.sxy) + ") differ from the draw's (" + std::to_string(direct.sxx) +
               ", " + std::to_string(direct.sxy) + ")";
    return std::nullopt;
}

/// The controls show the controller's values (to the precision each shows).
inline Problem controlsProblem(const ControlPanel &c, const Params &p, const DescentSettings &d)
{
    const std::pair<const ParamSlider *, double> sliders[] = {{c.lambdaSlider(), p.lambda},
                                                              {c.trueWeightSlider(), p.trueWeight},
                                                              {c.noiseSlider(), p.noise},
                                                              {c.samplesSlider(), p.samples},
                                                              {c.alphaSlider(), p.alpha},
                                                              {c.correlationSlider(), p.correlation},
                                                              {c.secondWeightSlider(), p.secondWeight},
                                                              {c.etaSlider(), d.eta},
                                                              {c.startSlider(), d.w0}};
    for (const auto &[slider, value] : sliders) {
        const QDoubleSpinBox *spin = slider->spinBox();
        if (value < spin->minimum() || value > spin->maximum())
            continue; // e.g. a session's w0 beyond the slider: the spin box cannot show it
        const double unit = std::pow(10.0, -spin->decimals());
        if (std::abs(spin->value() - value) > 0.5 * unit + 1e-12)
            return "control '" + slider->spinBox()->accessibleName().toStdString() + "' shows " +
                   std::to_string(spin->value()) + " for " + std::to_string(value);
    }
    if (static_cast<std::uint64_t>(c.seedBox()->value()) != p.seed)
        return "the seed box shows " + std::to_string(c.seedBox()->value());
    if (c.stepsBox()->value() != d.maxSteps)
        return "the step cap box shows " + std::to_string(c.stepsBox()->value());
    if (c.optimizerBox()->currentData().toInt() != static_cast<int>(d.optimizer))
        return "the optimizer box shows " + c.optimizerBox()->currentText().toStdString();
    return std::nullopt;
}

} // namespace regviz::test
