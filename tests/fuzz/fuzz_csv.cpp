// Any bytes given to the CSV importer (File > Import data, --data) either load as data or are refused with
// a message, and data that loads goes through everything the app computes from imported data.

#include "fuzz_support.h"
#include "regviz/core/conventions.h"
#include "regviz/core/csv.h"
#include "regviz/core/curves.h"
#include "regviz/core/descent.h"
#include "regviz/core/minimizers.h"
#include "regviz/core/moments.h"
#include "regviz/core/params.h"
#include "regviz/core/path.h"
#include "regviz/core/shrinkage.h"
#include "regviz/core/two_d.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

using regviz::fuzz::require;

namespace {

/// The core half of SceneController::recompute and of the panels' drawScene for imported data, at the
/// default parameters.
void computeScene(const regviz::XYData &data)
{
    using namespace regviz;
    const Params params;
    const DescentSettings descent;
    const Moments m = computeMoments(data);
    require(m.n == data.size(), "moments count every row");
    const Regularization reg{params.lambda, params.alpha};
    const Minimizers minimizers = computeMinimizers(m, reg);
    const Curves curves = computeCurves(m, reg, params.wMin, params.wMax, params.gridSize);
    static_cast<void>(gridMinima(curves));
    static_cast<void>(evaluateCurves(m, reg, 0.25));
    static_cast<void>(displaySample(data, 5000));
    for (const DescentTrace &trace : computeDescents(m, reg, descent)) {
        require(!trace.steps.empty(), "a descent trace has its start");
        for (const DescentStep &step : trace.steps)
            require(std::isfinite(step.w), "every recorded descent iterate is finite");
        if (trace.divergedAt)
            require(*trace.divergedAt >= 0 && *trace.divergedAt <= trace.stepCount(),
                    "divergedAt is a valid frame");
    }
    static_cast<void>(stabilityLimit(m, Penalty::L1, reg));
    static_cast<void>(subgradientBandBound(m, Penalty::L1, reg, descent.eta));
    for (const bool logarithmic : {false, true}) {
        PathOptions options;
        options.logarithmic = logarithmic;
        const RegularizationPath path = computePath(m, params.alpha, options);
        require(!path.lasso.hasNaN() && !path.ridge.hasNaN() && !path.elasticNet.hasNaN(),
                "no path entry is NaN");
    }
    const double reach = std::max(1.5, 1.1 * std::abs(minimizers.ols.value_or(0.0)));
    static_cast<void>(computeShrinkage(m, reg, -reach, reach, 401));
    static_cast<void>(toSklearn(params.lambda, params.alpha, m.n));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    using namespace regviz;
    const std::string_view text(reinterpret_cast<const char *>(bytes), size);
    const CsvParseResult imported = importXYCsv(text);
    require(imported.data.has_value() != imported.error.has_value(), "either data or an error");
    if (imported.error) {
        require(!imported.error->message.empty(), "an error says what is wrong");
        return 0;
    }
    const XYData &data = *imported.data;
    require(data.size() >= 2 && data.x.size() == data.y.size(), "at least 2 rows, as many x as y");
    require(data.x.allFinite() && data.y.allFinite(), "every value is finite");

    // Exported data reads back as the same numbers.
    const std::string csv = formatCsv({"x", "y"}, {&data.x, &data.y});
    const CsvParseResult again = parseXYCsv(csv);
    require(again.data && again.data->x == data.x && again.data->y == data.y, "export reads back exactly");

    computeScene(data);
    return 0;
}
