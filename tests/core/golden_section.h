#pragma once

#include <cmath>
#include <functional>

namespace regviz::test {

/// Golden-section search for the minimizer of a convex f on [low, high], run until the bracket stops
/// shrinking. Knows nothing of soft thresholds or closed forms: the brute force the tests compare with.
inline double goldenSection(const std::function<double(double)> &f, double low, double high)
{
    const double inverseGolden = (std::sqrt(5.0) - 1.0) / 2.0;
    double a = low;
    double b = high;
    double c = b - inverseGolden * (b - a);
    double d = a + inverseGolden * (b - a);
    double fc = f(c);
    double fd = f(d);
    for (int i = 0; i < 400 && b - a > 0.0; ++i) {
        if (fc <= fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - inverseGolden * (b - a);
            fc = f(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + inverseGolden * (b - a);
            fd = f(d);
        }
    }
    return fc <= fd ? c : d;
}

} // namespace regviz::test
