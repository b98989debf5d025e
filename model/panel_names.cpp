#include "model/panel_names.h"

namespace regviz {

QStringList panelNames()
{
    return {QStringLiteral("data"),
            QStringLiteral("mse"),
            QStringLiteral("l1"),
            QStringLiteral("l2"),
            QStringLiteral("regularized"),
            QStringLiteral("descent"),
            QStringLiteral("gradient"),
            QStringLiteral("path"),
            QStringLiteral("shrinkage"),
            QStringLiteral("sampling"),
            QStringLiteral("twod"),
            QStringLiteral("compare"),
            QStringLiteral("feature-paths"),
            QStringLiteral("cv"),
            QStringLiteral("coefficients"),
            QStringLiteral("coordinate")};
}

} // namespace regviz
