#include "dashboard.h"

#include "data_panel.h"
#include "descent_panel.h"
#include "mse_panel.h"
#include "penalty_panel.h"
#include "regularized_panel.h"

#include <QGridLayout>

namespace regviz {

Dashboard::Dashboard(QWidget *parent)
    : QWidget(parent), m_data(new DataPanel(this)), m_mse(new MsePanel(this)),
      m_l1(new PenaltyPanel(Penalty::L1, this)), m_l2(new PenaltyPanel(Penalty::L2, this)),
      m_regularized(new RegularizedPanel(this)), m_descent(new DescentPanel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(4);
    grid->addWidget(m_data, 0, 0);
    grid->addWidget(m_mse, 0, 1);
    grid->addWidget(m_l1, 0, 2);
    grid->addWidget(m_l2, 0, 3);
    grid->addWidget(m_regularized, 1, 0, 1, 2);
    grid->addWidget(m_descent, 1, 2, 1, 2);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 3);

    m_data->setObjectName(QStringLiteral("data"));
    m_mse->setObjectName(QStringLiteral("mse"));
    m_l1->setObjectName(QStringLiteral("l1"));
    m_l2->setObjectName(QStringLiteral("l2"));
    m_regularized->setObjectName(QStringLiteral("regularized"));
    m_descent->setObjectName(QStringLiteral("descent"));

    connect(m_mse, &PlotPanel::startPicked, this, &Dashboard::startPicked);
    connect(m_regularized, &PlotPanel::startPicked, this, &Dashboard::startPicked);
}

QList<PlotPanel *> Dashboard::panels() const
{
    return {m_data, m_mse, m_l1, m_l2, m_regularized, m_descent};
}

QStringList Dashboard::panelNames()
{
    return {QStringLiteral("data"), QStringLiteral("mse"),         QStringLiteral("l1"),
            QStringLiteral("l2"),   QStringLiteral("regularized"), QStringLiteral("descent")};
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
    for (PlotPanel *p : panels())
        p->showScene(scene);
}

void Dashboard::showFrame(int frame)
{
    for (PlotPanel *p : panels())
        p->showFrame(frame);
}

void Dashboard::setElasticShown(bool shown)
{
    m_regularized->setElasticShown(shown);
    m_descent->setElasticShown(shown);
}

void Dashboard::setZoomNearZero(bool zoomed)
{
    m_regularized->setZoomNearZero(zoomed);
}

} // namespace regviz
