#include "model/data_export.h"

#include "regviz/core/csv.h"

namespace regviz {

namespace {
QByteArray bytes(const std::string &text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}
} // namespace

QByteArray datasetCsv(const XYData &data)
{
    return bytes(formatCsv({"x", "y"}, {&data.x, &data.y}));
}

QByteArray curvesCsv(const Scene &scene)
{
    const Curves &c = scene.curves;
    return bytes(formatCsv({"w", "mse", "l1", "l2", "elastic", "mse_l1", "mse_l2", "mse_elastic", "d_mse",
                            "d_l1", "d_l2", "d_elastic", "d_mse_l1", "d_mse_l2", "d_mse_elastic"},
                           {&c.w, &c.mse, &c.l1, &c.l2, &c.elastic, &c.mseL1, &c.mseL2, &c.mseElastic,
                            &c.dMse, &c.dL1, &c.dL2, &c.dElastic, &c.dMseL1, &c.dMseL2, &c.dMseElastic}));
}

QByteArray traceCsv(const Scene &scene)
{
    return bytes(formatTraceCsv(scene.traces));
}

} // namespace regviz
