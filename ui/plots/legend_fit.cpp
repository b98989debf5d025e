#include "ui/plots/legend_fit.h"

#include <qcustomplot.h>

namespace regviz {

namespace {

/// How a legend is laid out: QCustomPlot's defaults, or a compact form for narrow plots.
struct LegendForm
{
    double pointSizeChange;
    QSize iconSize;
    int iconTextPadding;
    int rowSpacing;
    QMargins margins;
};
const LegendForm kFullLegend{0.0, {32, 18}, 7, 3, {7, 5, 7, 4}};
const LegendForm kCompactLegend{-1.0, {18, 10}, 4, 0, {4, 3, 4, 2}};

void applyLegendForm(QCPLegend *legend, const QFont &fullFont, const LegendForm &form)
{
    QFont font = fullFont;
    font.setPointSizeF(fullFont.pointSizeF() + form.pointSizeChange);
    legend->setFont(font);
    legend->setIconSize(form.iconSize);
    legend->setIconTextPadding(form.iconTextPadding);
    legend->setRowSpacing(form.rowSpacing);
    legend->setMargins(form.margins);
}

} // namespace

LegendFit::LegendFit(QCustomPlot *plot) : QObject(plot), m_plot(plot), m_fullFont(plot->legend->font())
{
    connect(m_plot, &QCustomPlot::afterLayout, this, &LegendFit::fit);
}

void LegendFit::fit()
{
    QCPLegend *legend = m_plot->legend;
    if (!legend->visible() || legend->itemCount() == 0)
        return;
    Key key{m_plot->axisRect()->rect().size(), {}};
    key.names.reserve(legend->itemCount());
    for (int i = 0; i < legend->itemCount(); ++i) {
        auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
        key.names << (item ? item->plottable()->name() : QString());
    }
    if (key == m_key)
        return;
    m_key = key;

    // A legend may cover a strip of the curves, but not run past the axes or fill the plot.
    const auto fits = [&] {
        const QSize size = legend->minimumOuterSizeHint();
        return size.width() <= key.area.width() - 8 && size.height() <= key.area.height() * 3 / 4;
    };
    const bool wasShown = m_plot->layer(QStringLiteral("legend"))->visible();
    const QFont wasFont = legend->font();
    applyLegendForm(legend, m_fullFont, kFullLegend);
    bool shown = fits();
    if (!shown) {
        applyLegendForm(legend, m_fullFont, kCompactLegend);
        shown = fits();
    }
    m_plot->layer(QStringLiteral("legend"))->setVisible(shown);
    if (shown != wasShown || legend->font() != wasFont) {
        // This runs inside the plot's layout pass; lay the inset legend out again at its new size.
        m_plot->plotLayout()->update(QCPLayoutElement::upPreparation);
        m_plot->plotLayout()->update(QCPLayoutElement::upMargins);
        m_plot->plotLayout()->update(QCPLayoutElement::upLayout);
    }
}

} // namespace regviz
