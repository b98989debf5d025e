#pragma once

#include "model/scene_setup.h"
#include "model/session.h"

#include <QString>
#include <optional>

namespace regviz {

class DescentPlayer;
class FeatureController;
class SceneController;
class SceneHistory;
class ViewState;

/// The model objects of the open scene, each the one owner of its state: the parameters and data (the
/// controller), the undo history, the view choices and the descent frame. The window builds them and
/// hands this to what needs more than one of them (the document actions), instead of its own accessors.
struct Workspace
{
    SceneController *controller = nullptr;
    SceneHistory *history = nullptr;
    ViewState *view = nullptr;
    DescentPlayer *player = nullptr;
    FeatureController *features = nullptr; ///< the feature-selection page's state, if there is one

    /// Everything needed to bring the current scene and view back.
    [[nodiscard]] Session currentSession() const;
    /// What opening a session did.
    struct Opened
    {
        bool opened = false; ///< false: the session was refused and nothing changed
        QString message;     ///< why it was refused, or what stood in for a data file that could not be read
    };

    /// Applies a session: parameters, descent settings, data source, view and frame. A session whose data
    /// file cannot be read is refused, or opened on generated data with a message saying so.
    [[nodiscard]] Opened openSession(const Session &session, MissingData missing) const;
};

} // namespace regviz
