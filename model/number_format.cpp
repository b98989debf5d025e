#include "model/number_format.h"

namespace regviz {

QString formatNumber(double value, int significant)
{
    if (value == 0.0)
        return QStringLiteral("0");
    return QString::number(value, 'g', significant);
}

} // namespace regviz
