#include "ui/plots/two_d_panel.h"

#include "model/number_format.h"
#include "ui/plots/plot_markers.h"
#include "ui/plots/plot_style.h"

#include <QToolButton>
#include <numbers>
#include <qcustomplot.h>

namespace regviz {

namespace {
constexpr int kContourPoints = 160;
constexpr int kBackgroundContours = 5; // as many as computeTwoDPicture draws by default

QCPCurve *makeCurve(QCustomPlot *plot, const style::Stroke &stroke, const QString &name = QString())
{
    auto *curve = new QCPCurve(plot->xAxis, plot->yAxis);
    style::setStroke(curve, stroke);
    if (name.isEmpty())
        curve->removeFromLegend();
    else
        curve->setName(name);
    return curve;
}

void setPoints(QCPCurve *curve, const Eigen::Matrix2Xd &points)
{
    QVector<double> t(points.cols());
    QVector<double> x(points.cols());
    QVector<double> y(points.cols());
    for (Eigen::Index i = 0; i < points.cols(); ++i) {
        t[i] = static_cast<double>(i);
        x[i] = points(0, i);
        y[i] = points(1, i);
    }
    curve->setData(t, x, y, true);
}

Eigen::Matrix2Xd diamond(double t)
{
    Eigen::Matrix2Xd d(2, 5);
    d << t, 0, -t, 0, t, 0, t, 0, -t, 0;
    return d;
}

Eigen::Matrix2Xd circle(double r, int points)
{
    Eigen::Matrix2Xd c(2, points + 1);
    for (int i = 0; i <= points; ++i) {
        const double a = 2.0 * std::numbers::pi * i / points;
        c(0, i) = r * std::cos(a);
        c(1, i) = r * std::sin(a);
    }
    return c;
}
} // namespace

TwoDPanel::TwoDPanel(QWidget *parent)
    : PlotPanel(tr("The classic 2-D picture: MSE contours, L1 diamond, L2 disc"), parent),
      m_pathsButton(new QToolButton(this))
{
    QCustomPlot *p = plot();
    for (int i = 0; i < kBackgroundContours; ++i)
        m_contours.push_back(makeCurve(p, {style::Ink::Contour, 1.0}));
    m_diamond =
        makeCurve(p, {style::Ink::L1, 2.0, style::lineStyle(Penalty::L1)}, tr("L1 budget |w1| + |w2| ≤ t"));
    style::setFill(m_diamond, {style::Ink::L1, 40});
    m_disc =
        makeCurve(p, {style::Ink::L2, 2.0, style::lineStyle(Penalty::L2)}, tr("L2 budget w1² + w2² ≤ r²"));
    style::setFill(m_disc, {style::Ink::L2, 35});
    // The MSE contours through each solution: MSE-like, so dash-dotted.
    m_lassoContour = makeCurve(p, {style::Ink::L1, 1.2, style::lineStyle(Penalty::None)});
    m_ridgeContour = makeCurve(p, {style::Ink::L2, 1.2, style::lineStyle(Penalty::None)});
    for (const Penalty kind : {Penalty::L1, Penalty::L2}) {
        m_paths[kind] = makeCurve(p, {style::inkFor(kind), 1.2, style::lineStyle(kind)});
        style::setScatter(m_paths[kind], {style::inkFor(kind), 4.0, style::markerFor(kind)});
    }
    // Coordinate descent moves along one axis at a time: a staircase onto the diamond's corner.
    m_coordinatePath = makeCurve(p, {style::Ink::Accent, 1.6, Qt::SolidLine}, tr("coordinate descent (L1)"));
    style::setScatter(m_coordinatePath, {style::Ink::Accent, 4.5, style::Marker::Square});
    for (const Penalty kind : {Penalty::None, Penalty::L1, Penalty::L2})
        m_markers[kind] = std::make_unique<PointMarker>(p, style::inkFor(kind));
    m_markers[Penalty::L1]->setLabelBelow(true);
    m_markers[Penalty::L2]->setLabelRight(true);
    for (const double axis : {0.0, 1.0}) {
        auto *line = new QCPItemStraightLine(p);
        line->point1->setCoords(0.0, 0.0);
        line->point2->setCoords(axis, 1.0 - axis);
        style::setStroke(line, {style::Ink::Guide, 1.0, Qt::SolidLine, 120});
    }
    p->xAxis->setLabel(QStringLiteral("w₁"));
    p->yAxis->setLabel(QStringLiteral("w₂"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    connect(p, &QCustomPlot::afterLayout, this, &TwoDPanel::keepAspect);

    m_pathsButton->setText(tr("Descent paths"));
    m_pathsButton->setCheckable(true);
    m_pathsButton->setToolTip(tr(
        "Show proximal (L1), gradient (L2) and coordinate descent (L1, one axis at a time) from (w₀, w₀)"));
    addTitleWidget(m_pathsButton);
    connect(m_pathsButton, &QToolButton::toggled, this, &TwoDPanel::setPathsShown);
    setPathsShown(false);
}

TwoDPanel::~TwoDPanel() = default;

bool TwoDPanel::pathsShown() const
{
    return m_pathsButton->isChecked();
}

void TwoDPanel::setPathsShown(bool shown)
{
    if (m_pathsButton->isChecked() != shown)
        m_pathsButton->setChecked(shown);
    for (auto &[kind, path] : m_paths)
        path->setVisible(shown);
    style::setShown(m_coordinatePath, shown);
    redraw();
}

void TwoDPanel::drawScene(const Scene &scene)
{
    const TwoDPicture &picture = scene.twoD;
    const TwoDSolutions &s = picture.solutions;
    for (std::size_t i = 0; i < m_contours.size() && i < picture.backgroundContours.size(); ++i)
        setPoints(m_contours[i], picture.backgroundContours[i]);
    setPoints(m_lassoContour, picture.lassoContour);
    setPoints(m_ridgeContour, picture.ridgeContour);
    setPoints(m_diamond, diamond(s.lassoBudget));
    setPoints(m_disc, circle(s.ridgeBudget, kContourPoints));

    const auto label = [](const char *name, const Eigen::Vector2d &w) {
        return tr("%1 (%2, %3)").arg(QLatin1String(name), formatNumber(w.x(), 3), formatNumber(w.y(), 3));
    };
    m_markers[Penalty::None]->place(s.ols.x(), s.ols.y(), label("OLS", s.ols));
    m_markers[Penalty::L1]->place(s.lasso.x(), s.lasso.y(), label("L1", s.lasso));
    m_markers[Penalty::L2]->place(s.ridge.x(), s.ridge.y(), label("L2", s.ridge));

    if (pathsShown()) {
        setPoints(m_paths[Penalty::L1], picture.lassoPath);
        setPoints(m_paths[Penalty::L2], picture.ridgePath);
        setPoints(m_coordinatePath, picture.coordinatePath);
    }

    // Everything that matters stays in view: origin, OLS, both budget shapes (and the descent start).
    const double budget = std::max({s.lassoBudget, s.ridgeBudget, 0.1});
    QRectF box(QPointF(std::min(-budget, s.ols.x()), std::min(-budget, s.ols.y())),
               QPointF(std::max(budget, s.ols.x()), std::max(budget, s.ols.y())));
    if (pathsShown()) {
        const double w0 = scene.descent.w0;
        box = box.united(QRectF(QPointF(std::min(w0, 0.0), std::min(w0, 0.0)),
                                QPointF(std::max(w0, 0.0), std::max(w0, 0.0))));
    }
    const double side = 1.3 * std::max(box.width(), box.height());
    m_region = QRectF(box.center().x() - side / 2.0, box.center().y() - side / 2.0, side, side);
    keepAspect();
}

void TwoDPanel::keepAspect()
{
    if (m_region.isEmpty())
        return;
    // Equal scale on both axes, so the disc is round and the diamond square, whatever the panel's shape.
    const QRect rect = plot()->axisRect()->rect();
    const double width = std::max(rect.width(), 1);
    const double height = std::max(rect.height(), 1);
    const double unitsPerPixel = std::max(m_region.width() / width, m_region.height() / height);
    const QPointF c = m_region.center();
    plot()->xAxis->setRange(c.x() - unitsPerPixel * width / 2.0, c.x() + unitsPerPixel * width / 2.0);
    plot()->yAxis->setRange(c.y() - unitsPerPixel * height / 2.0, c.y() + unitsPerPixel * height / 2.0);
}

QString TwoDPanel::describe(const Scene &scene, double x) const
{
    const TwoDSolutions &s = scene.twoD.solutions;
    QString text = tr("w₁ = %1 · lasso (%2, %3), budget t = %4 · ridge (%5, %6), radius r = %7")
                       .arg(formatNumber(x, 3), formatNumber(s.lasso.x()), formatNumber(s.lasso.y()),
                            formatNumber(s.lassoBudget), formatNumber(s.ridge.x()), formatNumber(s.ridge.y()),
                            formatNumber(s.ridgeBudget));
    if (s.lassoZeros > 0)
        text += tr(" · L1 sets %n weight(s) to exactly 0", nullptr, s.lassoZeros);
    return text;
}

} // namespace regviz
