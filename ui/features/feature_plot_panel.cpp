#include "ui/features/feature_plot_panel.h"

#include <array>
#include <qcustomplot.h>

namespace regviz {

void FeaturePlotPanel::showFeatures(const FeatureSnapshot &snapshot)
{
    m_features = snapshot;
    redraw();
}

void FeaturePlotPanel::drawScene(const Scene & /*scene*/)
{
    if (m_features && m_features->analysis)
        drawFeatures(*m_features);
}

QString FeaturePlotPanel::describe(const Scene & /*scene*/, double x) const
{
    if (!m_features || !m_features->analysis)
        return QString();
    return describeFeatures(*m_features, x);
}

bool FeaturePlotPanel::affectedBy(const Scene & /*previous*/, const Scene & /*next*/) const
{
    return false; // the 1-D scene is not what this panel shows
}

namespace feature_style {

QColor hue(Eigen::Index j)
{
    // Okabe–Ito without black and yellow (too faint on white), then two more that read on both themes.
    static const std::array<QColor, 8> hues{QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                            QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                            QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00),
                                            QColor(0x88, 0x66, 0xAA), QColor(0x99, 0x99, 0x99)};
    return hues[static_cast<std::size_t>(j) % hues.size()];
}

Qt::PenStyle line(Eigen::Index j)
{
    static const std::array<Qt::PenStyle, 4> lines{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return lines[static_cast<std::size_t>(j / 8) % lines.size()];
}

void setLambdaAxis(QCPAxis *axis, const FeatureAnalysis &analysis)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    if (!axis->ticker().dynamicCast<QCPAxisTickerLog>())
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    axis->setRangeReversed(true);
    const LambdaRange range = featureLambdaRange(analysis);
    axis->setRange(range.low, range.high);
    axis->setLabel(FeaturePlotPanel::tr("λ (log scale, decreasing →: features enter)"));
}

} // namespace feature_style

} // namespace regviz
