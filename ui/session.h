#pragma once

#include "regviz/core/descent.h"
#include "regviz/core/params.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace regviz {

/// View choices saved with a session.
struct ViewState
{
    bool showElastic = false;
    bool zoomNearZero = false;
    int frame = 0;

    friend bool operator==(const ViewState &, const ViewState &) = default;
};

/// Everything needed to bring a scene back: a small versioned JSON file.
struct Session
{
    static constexpr int kVersion = 1;

    Params params;
    DescentSettings descent;
    ViewState view;
    QString dataFile; ///< an imported CSV the scene was drawn from; empty for generated data

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

} // namespace regviz
