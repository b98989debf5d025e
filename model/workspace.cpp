#include "model/workspace.h"

#include "model/descent_player.h"
#include "model/feature_controller.h"
#include "model/scene_controller.h"
#include "model/view_state.h"

namespace regviz {

Session Workspace::currentSession() const
{
    Session s;
    s.params = controller->params();
    s.descent = controller->descentSettings();
    s.comparison = controller->comparison();
    s.view = view->options();
    s.frame = player->frame();
    s.dataFile = controller->importedPath();
    if (features && !features->pristine())
        s.features = features->session();
    return s;
}

Workspace::Opened Workspace::openSession(const Session &session, MissingData missing) const
{
    if (const auto invalid = validate(session.params))
        return {false, QString::fromStdString(*invalid)};
    const std::optional<QString> problem = applySession(*controller, session, missing);
    if (problem && missing == MissingData::Refuse)
        return {false, *problem};
    view->setOptions(session.view);
    if (features && session.features)
        features->restore(*session.features);
    player->pause();
    player->setLastFrame(controller->scene()->lastFrame());
    player->setFrame(session.frame);
    return {true, problem.value_or(QString())};
}

} // namespace regviz
