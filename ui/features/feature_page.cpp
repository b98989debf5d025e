#include "ui/features/feature_page.h"

#include "ui/features/coefficient_bars_panel.h"
#include "ui/features/coefficient_path_panel.h"
#include "ui/features/coordinate_panel.h"
#include "ui/features/cv_panel.h"
#include "ui/features/feature_controls.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QScrollArea>

namespace regviz {

FeaturePage::FeaturePage(QWidget *parent)
    : QWidget(parent), m_controls(new FeatureControls), m_paths(new CoefficientPathPanel), m_cv(new CvPanel),
      m_bars(new CoefficientBarsPanel), m_coordinate(new CoordinatePanel)
{
    m_paths->setObjectName(QStringLiteral("feature-paths"));
    m_cv->setObjectName(QStringLiteral("cv"));
    m_bars->setObjectName(QStringLiteral("coefficients"));
    m_coordinate->setObjectName(QStringLiteral("coordinate"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFixedWidth(m_controls->sizeHint().width() + 16);
    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    grid->addWidget(m_paths, 0, 0);
    grid->addWidget(m_cv, 0, 1);
    grid->addWidget(m_bars, 1, 0);
    grid->addWidget(m_coordinate, 1, 1);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(2, 2, 2, 2);
    row->addWidget(scroll);
    row->addLayout(grid, 1);
    // The page always has a table: the shipped diabetes sample until another is opened (a few
    // milliseconds for 442 x 10, so it is analysed at once).
    m_controller = new FeatureController(this);
    connectController(m_controller);
    FeatureSource diabetes;
    diabetes.file = QString::fromLatin1(kDiabetesResource);
    m_controller->openNow(diabetes, FeatureOptions{});
    m_controller->markPristine();
}

QList<PlotPanel *> FeaturePage::panels() const
{
    return {m_paths, m_cv, m_bars, m_coordinate};
}

void FeaturePage::connectController(FeatureController *controller)
{
    connect(controller, &FeatureController::snapshotChanged, this, &FeaturePage::showSnapshot);
    connect(controller, &FeatureController::busyChanged, m_controls, &FeatureControls::setBusy);
    for (FeaturePlotPanel *panel :
         std::initializer_list<FeaturePlotPanel *>{m_paths, m_cv, m_bars, m_coordinate}) {
        connect(panel, &FeaturePlotPanel::lambdaRequested, controller, &FeatureController::setLambda);
        connect(panel, &FeaturePlotPanel::featureRequested, controller, &FeatureController::setFeature);
    }
    connect(m_paths, &CoefficientPathPanel::methodRequested, controller, &FeatureController::setMethod);
    connect(m_controls, &FeatureControls::lambdaRequested, controller, &FeatureController::setLambda);
    connect(m_controls, &FeatureControls::optionsRequested, controller, &FeatureController::setOptions);
    connect(m_controls, &FeatureControls::targetRequested, controller, [controller](const QString &target) {
        FeatureSource source = controller->source();
        source.target = target;
        controller->open(source, controller->options());
    });
    connect(m_controls, &FeatureControls::generateRequested, controller,
            [controller](const SparseDesign &design) {
                FeatureSource source;
                source.design = design;
                controller->open(source, controller->options());
            });
    m_controls->setBusy(controller->busy());
    if (controller->snapshot())
        showSnapshot(controller->snapshot());
}

void FeaturePage::showSnapshot(const FeatureSnapshot &snapshot)
{
    m_controls->showState(*m_controller);
    for (FeaturePlotPanel *panel :
         std::initializer_list<FeaturePlotPanel *>{m_paths, m_cv, m_bars, m_coordinate})
        panel->showFeatures(snapshot);
}

} // namespace regviz
