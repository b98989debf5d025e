#pragma once

#include "model/scene.h"

#include <QByteArray>

namespace regviz {

/// The three kinds of data a user can save as CSV. Every number is written in its shortest form that
/// reads back as exactly the same double.
enum class DataExport
{
    Dataset, ///< x,y of every point
    Curves,  ///< every curve and derivative on the w grid
    Trace    ///< every descent step of every objective
};

[[nodiscard]] QByteArray datasetCsv(const XYData &data);
[[nodiscard]] QByteArray curvesCsv(const Scene &scene);
[[nodiscard]] QByteArray traceCsv(const Scene &scene);

} // namespace regviz
