#pragma once

#include "model/animation_options.h"
#include "model/figure_options.h"

#include <QString>

namespace regviz {

/// Files a headless run writes (empty: not asked for).
struct ExportRequest
{
    QString figure;             ///< --export FILE (.png, .pdf, .svg)
    QString gif;                ///< --export-gif FILE
    QString frames;             ///< --export-frames DIR
    QString dataset;            ///< --export-data FILE
    QString curves;             ///< --export-curves FILE
    QString trace;              ///< --export-trace FILE
    FigureOptions still;        ///< --export: --panel, --size, --scale (default 1600x1000)
    AnimationOptions animation; ///< --export-gif/--export-frames: the same figure options, and frame options

    [[nodiscard]] bool any() const
    {
        return !figure.isEmpty() || !gif.isEmpty() || !frames.isEmpty() || !dataset.isEmpty() ||
               !curves.isEmpty() || !trace.isEmpty();
    }
};

} // namespace regviz
