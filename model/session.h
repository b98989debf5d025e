#pragma once

#include "model/comparison.h"
#include "model/feature_session.h"
#include "model/view_state.h"
#include "regviz/core/descent.h"
#include "regviz/core/params.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace regviz {

/// Everything needed to bring a scene back: a small versioned JSON file.
struct Session
{
    static constexpr int kVersion = 1;

    Params params;
    DescentSettings descent;
    Comparison comparison; ///< the optimizers the comparison panel runs
    ViewOptions view;
    int frame = 0; ///< the descent step shown
    QString
        dataFile; ///< an imported CSV the scene was drawn from (an absolute path); empty for generated data

    std::optional<FeatureSession> features; ///< the feature-selection page, when the session has it
    friend bool operator==(const Session &, const Session &) = default;
};

/// Every parameter as the JSON object sessions and the report share.
[[nodiscard]] QJsonObject paramsToJson(const Params &params);

/// The session as indented JSON.
[[nodiscard]] QByteArray sessionToJson(const Session &session);

/// A parsed session or a message naming the first field that is wrong (missing, of the wrong type, out of
/// range) or saying why the whole file is not a session (not JSON, a newer version).
struct SessionParse
{
    std::optional<Session> session;
    QString error;
};
[[nodiscard]] SessionParse sessionFromJson(const QByteArray &json);

/// Reads and parses a session file (at most 1 MB).
[[nodiscard]] SessionParse loadSessionFile(const QString &path);

/// The presets that ship inside the binary, each a session showing one idea: resource path and title.
[[nodiscard]] QList<std::pair<QString, QString>> sessionPresets();

} // namespace regviz
