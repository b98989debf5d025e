#pragma once

#include "model/session.h"
#include "regviz/core/dataset.h"

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

/// Reads an (x, y) CSV file. There is no fixed size cap: a file is refused only when it and its data
/// would not fit in the memory available (a row of text of b bytes becomes 16 bytes of doubles, b >= 4).
/// Nothing is half-loaded: on any problem, data is empty.
[[nodiscard]] DataImport importCsvFile(const QString &path);

/// The same with an explicit limit on the file's size in bytes (what importCsvFile works out from the
/// memory available).
[[nodiscard]] DataImport importCsvFile(const QString &path, qint64 maxBytes);

/// The largest (x, y) CSV file that fits in the memory available now: its text and its data together.
[[nodiscard]] qint64 importByteLimit();

/// The end of the lambda slider for these data (generated from params when `data` is null): O(n).
[[nodiscard]] double lambdaEndFor(const Params &params, const XYData *data);

/// Why `params.lambda` is beyond the lambda slider's end for these data (generated from params when
/// `data` is null): the rule of lambdaRangeEnd, max(5, 2 lambda_c). Nothing when it is in range.
[[nodiscard]] std::optional<QString> lambdaProblem(const Params &params, const XYData *data);

/// What to do when a session's data file cannot be read.
enum class MissingData
{
    Refuse,       ///< change nothing and say why (the command line: the user named the file)
    UseGenerated, ///< apply everything else on generated data, and say so (a window restoring a scene)
};

/// Puts a session's parameters, descent settings and data source into the controller. Returns a message
/// when the session was refused (nothing changed) or, with MissingData::UseGenerated, when its data file
/// could not be read and generated data stand in for it.
[[nodiscard]] std::optional<QString> applySession(SceneController &controller, const Session &session,
                                                  MissingData missing = MissingData::Refuse);

} // namespace regviz
