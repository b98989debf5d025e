#include "regviz/core/random.h"

#include <cmath>

namespace regviz {

double PortableRandom::nextUnit()
{
    constexpr double kTwoToMinus53 = 1.0 / 9007199254740992.0; // 2^-53
    return static_cast<double>(nextRaw() >> 11U) * kTwoToMinus53;
}

double PortableRandom::nextNormal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    double u = 0.0;
    double v = 0.0;
    double s = 0.0;
    do {
        u = nextUniform(-1.0, 1.0);
        v = nextUniform(-1.0, 1.0);
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    m_spareNormal = v * factor;
    m_hasSpare = true;
    return u * factor;
}

} // namespace regviz
