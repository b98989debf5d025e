#pragma once

#include "regviz/core/dataset.h"
#include "session.h"

#include <QString>
#include <memory>
#include <optional>

namespace regviz {

class SceneController;

/// Imported data or the reason it could not be read (file, line and what is wrong).
struct DataImport
{
    std::shared_ptr<const XYData> data;
    QString error;
};

/// Reads an (x, y) CSV file of at most 100 MB. Nothing is half-loaded: on any problem, data is empty.
[[nodiscard]] DataImport importCsvFile(const QString &path);

/// Puts a session's parameters, descent settings and data source into the controller. When its data
/// file cannot be read, nothing changes and the message says why.
[[nodiscard]] std::optional<QString> applySession(SceneController &controller, const Session &session);

} // namespace regviz
