#pragma once

#include "model/comparison.h"
#include "regviz/core/conventions.h"
#include "regviz/core/curves.h"
#include "regviz/core/dataset.h"
#include "regviz/core/descent.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/params.h"
#include "regviz/core/path.h"
#include "regviz/core/resampling.h"
#include "regviz/core/shrinkage.h"
#include "regviz/core/two_d.h"
#include "regviz/core/view_ranges.h"

#include <QString>
#include <array>
#include <memory>
#include <vector>

namespace regviz {

/// Everything the panels draw, computed by core for one state of the controls. Immutable once published:
/// panels read it, none of them computes maths of its own.
struct Scene
{
    Params params;
    DescentSettings descent;
    Moments moments;
    Minimizers minimizers;
    Intercepts intercepts; ///< b of each fit when params.intercept (moments of centred x and y)
    /// The w the curves are sampled on and every w axis spans: automaticWRange, or params' fixed grid.
    WRange wGrid = kArticleWFrame;
    /// The start slider's range: the grid the data give without w0's pull, widened to take in w0.
    WRange startRange = kArticleWFrame;
    double lambdaEnd = limits::lambda.max; ///< the lambda slider's end: lambdaRangeEnd of these data
    Curves curves;
    GridMinima minima;
    /// At most SceneController::kMaxDisplayPoints of the n points; shared between scenes while unchanged.
    std::shared_ptr<const PointSample> points;
    std::array<DescentTrace, 4> traces; ///< in kAllPenalties order
    /// The minibatches sgd and proximal-sgd draw from (moments only), shared between scenes while unchanged.
    std::shared_ptr<const Minibatches> minibatches;
    Comparison comparison;
    std::vector<DescentTrace> compared; ///< one per comparison.optimizers, on comparison.objective
    std::uint64_t revision = 0;         ///< grows by one with every published scene
    /// Set when the data were imported (true weight, noise, n and seed then do not apply).
    std::shared_ptr<const XYData> imported;
    QString importedName;                 ///< file name of the imported data
    SklearnMapping sklearn;               ///< the same lambda in scikit-learn's and glmnet's parameters
    RegularizationPath path;              ///< w*(lambda) on a linear grid from 0 to the slider's end
    RegularizationPath logPath;           ///< the same on a logarithmic grid (the path panel's log axis)
    Shrinkage shrinkage;                  ///< the shrinkage operator over OLS values in ±shrinkageReach
    double shrinkageReach = 0.0;          ///< covers the true-weight range and 1.1 x the OLS weight
    TwoDPicture twoD;                     ///< the classic 2-D picture beside the 1-D one
    std::optional<Resampling> resampling; ///< estimates of fresh draws, once the user asked for them

    [[nodiscard]] Regularization regularization() const { return {params.lambda, params.alpha}; }
    [[nodiscard]] const DescentTrace &trace(Penalty kind) const
    {
        return traces[static_cast<std::size_t>(kind)];
    }
    /// The largest step count over the traces and the compared ones: the last frame of a descent run.
    [[nodiscard]] int lastFrame() const;
};

using SceneSnapshot = std::shared_ptr<const Scene>;

} // namespace regviz
