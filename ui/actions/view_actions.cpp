#include "ui/actions/view_actions.h"

#include "ui/actions/window_action.h"
#include "ui/plots/dashboard.h"
#include "ui/plots/gradient_panel.h"
#include "ui/plots/path_panel.h"
#include "ui/plots/resampling_panel.h"
#include "ui/plots/shrinkage_panel.h"
#include "ui/plots/two_d_panel.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>
#include <utility>

namespace regviz {

ViewActions::ViewActions(ViewState *view, Dashboard *dashboard, QWidget *window)
    : QObject(window), m_view(view), m_dashboard(dashboard),
      m_showElastic(windowAction(window, tr("Show &elastic net"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                 tr("Draw the elastic-net curve and run too"))),
      m_zoomNearZero(windowAction(window, tr("&Zoom near w = 0"),
                                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z),
                                  tr("Narrow the regularized plots to w ≈ 0"))),
      m_sklearn(windowAction(window, tr("scikit-learn &convention"), QKeySequence(),
                             tr("Label λ with scikit-learn's and glmnet's parameters as well")))
{
    for (QAction *action : {m_showElastic, m_zoomNearZero, m_sklearn})
        action->setCheckable(true);
    connect(m_showElastic, &QAction::toggled, m_view, &ViewState::setShowElastic);
    connect(m_zoomNearZero, &QAction::toggled, m_view, &ViewState::setZoomNearZero);
    connect(m_sklearn, &QAction::toggled, m_view, &ViewState::setSklearnConvention);
    connect(m_view, &ViewState::changed, this, [this](const ViewOptions &options) { show(options); });
    show(m_view->options());
}

void ViewActions::populateMenu(QMenu *menu) const
{
    menu->addActions({m_showElastic, m_zoomNearZero, m_sklearn});
    menu->addSeparator();
    const std::pair<QString, PlotPanel *> views[] = {
        {tr("&Gradient view"), m_dashboard->gradientPanel()},
        {tr("Regularization &path"), m_dashboard->pathPanel()},
        {tr("&Shrinkage operator"), m_dashboard->shrinkagePanel()},
        {tr("Sampling &variability"), m_dashboard->resamplingPanel()},
        {tr("Classic &2-D picture"), m_dashboard->twoDPanel()},
    };
    for (const auto &[text, panel] : views) {
        QAction *toggle = menu->addAction(text);
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setStatusTip(tr("Show or hide this view"));
        connect(toggle, &QAction::toggled, panel, &QWidget::setVisible);
        connect(toggle, &QAction::triggered, this,
                // An init-capture: clang before 16 cannot capture a structured binding by name.
                [this, panel = panel] { m_dashboard->pages()->setCurrentWidget(panel->parentWidget()); });
    }
}

void ViewActions::show(const ViewOptions &options)
{
    // toggled() then sets what the view state already holds: no change, no signal.
    m_showElastic->setChecked(options.showElastic);
    m_zoomNearZero->setChecked(options.zoomNearZero);
    m_sklearn->setChecked(options.sklearnConvention);
}

} // namespace regviz
