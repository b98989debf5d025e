#include "regviz/core/params.h"

#include <cmath>
#include <sstream>

namespace regviz {

namespace {

template <typename T> std::optional<std::string> checkRange(const char *name, T value, const Range<T> &range)
{
    if constexpr (std::is_floating_point_v<T>) {
        if (!std::isfinite(value))
            return std::string(name) + " must be a finite number";
    }
    if (range.contains(value))
        return std::nullopt;
    std::ostringstream out;
    out << name << " = " << value << " is outside [" << range.min << ", " << range.max << "]";
    return out.str();
}

} // namespace

std::optional<std::string> validate(const Params &params)
{
    const Range<double> wRange{-limits::wLimit, limits::wLimit, 0.0};
    const Range<double> lambdaRange{limits::lambda.min, limits::lambdaCeiling, limits::lambda.defaultValue};
    std::optional<std::string> error;
    if ((error = checkRange("lambda", params.lambda, lambdaRange)) ||
        (error = checkRange("true weight", params.trueWeight, limits::trueWeight)) ||
        (error = checkRange("noise", params.noise, limits::noise)) ||
        (error = checkRange("alpha", params.alpha, limits::alpha)) ||
        (error = checkRange("samples", params.samples, limits::samples)) ||
        (error = checkRange("seed", params.seed, limits::seed)) ||
        (error = checkRange("grid size", params.gridSize, limits::gridSize)) ||
        (error = checkRange("w min", params.wMin, wRange)) ||
        (error = checkRange("w max", params.wMax, wRange)) ||
        (error = checkRange("correlation", params.correlation, limits::correlation)) ||
        (error = checkRange("second weight", params.secondWeight, limits::secondWeight)))
        return error;
    if (!(params.wMin < params.wMax)) {
        std::ostringstream out;
        out << "w min (" << params.wMin << ") must be less than w max (" << params.wMax << ")";
        return out.str();
    }
    return std::nullopt;
}

} // namespace regviz
