#include "ui/features/feature_plot_panel.h"

#include "ui/plots/plot_style.h"

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

Headline::Headline(QCustomPlot *plot)
    : m_room(new QCPTextElement(plot, QString())), m_text(new QCPItemText(plot))
{
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, m_room);
    m_room->setTextColor(Qt::transparent); // it only reserves the room
    m_text->setClipToAxisRect(false);
    // Centred on the whole plot (the plot area sits right of the axis labels), just above the plot
    // area, in the room the row holds.
    m_text->position->setTypeX(QCPItemPosition::ptViewportRatio);
    m_text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_text->position->setCoords(0.5, 0.0);
    m_text->setPadding(QMargins(0, 0, 0, 2));
    m_text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_text->setTextAlignment(Qt::AlignHCenter);
    QFont font = m_room->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    m_room->setFont(font);
    m_text->setFont(font);
    style::setTextInk(m_text, style::Ink::Text);
}

void Headline::setText(const QString &text)
{
    m_room->setText(text);
    m_text->setText(text);
}

QString Headline::text() const
{
    return m_text->text();
}

} // namespace feature_style

} // namespace regviz
