#include "ui/plots/dashboard.h"

#include "model/descent_player.h"
#include "ui/features/feature_page.h"
#include "ui/plots/compare_panel.h"
#include "ui/plots/data_panel.h"
#include "ui/plots/descent_panel.h"
#include "ui/plots/gradient_panel.h"
#include "ui/plots/mse_panel.h"
#include "ui/plots/path_panel.h"
#include "ui/plots/penalty_panel.h"
#include "ui/plots/regularized_panel.h"
#include "ui/plots/resampling_panel.h"
#include "ui/plots/shrinkage_panel.h"
#include "ui/plots/two_d_panel.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPainter>
#include <QTabBar>
#include <QTabWidget>
#include <qcustomplot.h>

namespace regviz {

namespace {
constexpr int kFocusFrame = 2;
}

Dashboard::Dashboard(ViewState *view, const DescentPlayer *player, QWidget *parent)
    : QWidget(parent), m_view(view), m_pages(new QTabWidget(this)), m_data(new DataPanel),
      m_mse(new MsePanel), m_l1(new PenaltyPanel(Penalty::L1)), m_l2(new PenaltyPanel(Penalty::L2)),
      m_regularized(new RegularizedPanel), m_descent(new DescentPanel), m_gradient(new GradientPanel),
      m_path(new PathPanel), m_shrinkage(new ShrinkagePanel), m_resampling(new ResamplingPanel),
      m_twoD(new TwoDPanel), m_newWay(new RegularizedPanel), m_compare(new ComparePanel),
      m_features(new FeaturePage)
{
    auto *article = new QWidget;
    auto *grid = new QGridLayout(article);
    grid->setContentsMargins(2, 2, 2, 2);
    grid->setSpacing(4);
    grid->addWidget(m_data, 0, 0);
    grid->addWidget(m_mse, 0, 1);
    grid->addWidget(m_l1, 0, 2);
    grid->addWidget(m_l2, 0, 3);
    grid->addWidget(m_regularized, 1, 0, 1, 2);
    grid->addWidget(m_descent, 1, 2, 1, 2);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 3);

    auto *beyond = new QWidget;
    auto *beyondGrid = new QGridLayout(beyond);
    beyondGrid->setContentsMargins(2, 2, 2, 2);
    beyondGrid->setSpacing(4);
    beyondGrid->addWidget(m_gradient, 0, 0);
    beyondGrid->addWidget(m_path, 0, 1);
    beyondGrid->addWidget(m_shrinkage, 1, 0);
    beyondGrid->addWidget(m_resampling, 1, 1);

    auto *oldNew = new QWidget;
    auto *row = new QHBoxLayout(oldNew);
    row->setContentsMargins(2, 2, 2, 2);
    row->setSpacing(4);
    row->addWidget(m_twoD, 1);
    row->addWidget(m_newWay, 1);

    auto *compare = new QWidget;
    auto *compareRow = new QHBoxLayout(compare);
    compareRow->setContentsMargins(2, 2, 2, 2);
    compareRow->addWidget(m_compare);

    m_pages->addTab(article, tr("The article"));
    m_pages->addTab(beyond, tr("Beyond the article"));
    m_pages->addTab(oldNew, tr("Old way / new way"));
    m_pages->addTab(compare, tr("Compare optimizers"));
    m_pages->addTab(m_features, tr("Feature selection"));
    m_pages->setDocumentMode(true);
    m_pages->tabBar()->setToolTip(tr("Pages of plots; Ctrl+Tab goes to the next"));
    m_pages->setTabToolTip(0, tr("The article's six panels"));
    m_pages->setTabToolTip(1, tr("Gradient, regularization path, shrinkage and sampling variability"));
    m_pages->setTabToolTip(2, tr("The classic 2-D picture beside the 1-D one"));
    m_pages->setTabToolTip(3, tr("Up to four optimizers on the same objective, start and step size"));
    m_pages->setTabToolTip(4, tr("Lasso, ridge and elastic-net paths, cross-validation and the article's "
                                 "picture for each feature of a table"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(kFocusFrame, kFocusFrame, kFocusFrame, kFocusFrame);
    layout->addWidget(m_pages);

    const std::pair<PlotPanel *, const char *> names[] = {{m_data, "data"},
                                                          {m_mse, "mse"},
                                                          {m_l1, "l1"},
                                                          {m_l2, "l2"},
                                                          {m_regularized, "regularized"},
                                                          {m_descent, "descent"},
                                                          {m_gradient, "gradient"},
                                                          {m_path, "path"},
                                                          {m_shrinkage, "shrinkage"},
                                                          {m_resampling, "sampling"},
                                                          {m_twoD, "twod"},
                                                          {m_compare, "compare"}};
    for (const auto &[panel, name] : names)
        panel->setObjectName(QString::fromLatin1(name));
    m_newWay->setObjectName(QStringLiteral("newway"));

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        for (QWidget *w : {old, now}) {
            if (w == this || isAncestorOf(w))
                return update();
        }
    });
    connect(m_mse, &PlotPanel::picked, this, &Dashboard::startPicked);
    connect(m_regularized, &PlotPanel::picked, this, &Dashboard::startPicked);
    connect(m_newWay, &PlotPanel::picked, this, &Dashboard::startPicked);
    connect(m_path, &PlotPanel::picked, this, &Dashboard::lambdaPicked);
    connect(m_resampling, &ResamplingPanel::resampleRequested, this, &Dashboard::resampleRequested);
    for (RegularizedPanel *panel : {m_regularized, m_newWay})
        connect(panel, &RegularizedPanel::zoomNearZeroRequested, m_view, &ViewState::setZoomNearZero);
    connect(m_path, &PathPanel::logarithmicRequested, m_view, &ViewState::setLogPathAxis);
    connect(m_pages, &QTabWidget::currentChanged, m_view, &ViewState::setPage);
    for (PlotPanel *p : panels())
        p->setPlayer(player);
    connect(player, &DescentPlayer::frameChanged, this, &Dashboard::showFrame);
    connect(m_view, &ViewState::changed, this, &Dashboard::applyView);
    applyView(m_view->options(), m_view->appearance());
}

void Dashboard::applyView(const ViewOptions &options, const Appearance &appearance)
{
    m_pages->setCurrentIndex(options.page);
    for (PlotPanel *p : panels()) {
        p->applyView(options);
        p->setColorBlindSafe(appearance.colorBlindSafe);
    }
}

QList<PlotPanel *> Dashboard::articlePanels() const
{
    return {m_data, m_mse, m_l1, m_l2, m_regularized, m_descent};
}

QList<PlotPanel *> Dashboard::panels() const
{
    return articlePanels() +
           QList<PlotPanel *>{m_gradient, m_path, m_shrinkage, m_resampling, m_twoD, m_newWay, m_compare} +
           m_features->panels();
}

PlotPanel *Dashboard::panel(const QString &name) const
{
    for (PlotPanel *p : panels()) {
        if (p->objectName() == name)
            return p;
    }
    return nullptr;
}

void Dashboard::showScene(const SceneSnapshot &scene)
{
    m_scene = scene;
    for (PlotPanel *p : panels())
        p->showScene(scene);
}

void Dashboard::showFrame()
{
    for (PlotPanel *p : panels())
        p->showFrame();
}

void Dashboard::setDraft(bool draft)
{
    for (PlotPanel *p : panels())
        p->setDraft(draft);
}

bool Dashboard::plotsFocused() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus == this || (qobject_cast<const QCustomPlot *>(focus) != nullptr && isAncestorOf(focus));
}

void Dashboard::paintEvent(QPaintEvent * /*event*/)
{
    if (!plotsFocused())
        return;
    QPainter painter(this);
    painter.setPen(
        QPen(palette().color(QPalette::Highlight), kFocusFrame, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.drawRect(QRectF(rect()).adjusted(kFocusFrame / 2.0, kFocusFrame / 2.0, -kFocusFrame / 2.0,
                                             -kFocusFrame / 2.0));
}

void Dashboard::restyle()
{
    for (PlotPanel *p : panels())
        p->restyle();
}

} // namespace regviz
