#include "build_info.h"

#include <QtGlobal>
#include <qcustomplot.h>

// The build system defines these for this file only (see ui/CMakeLists.txt).
#ifndef REGVIZ_VERSION
#error "REGVIZ_VERSION is not defined"
#endif

namespace regviz {

QString versionText()
{
    const QString buildType = QStringLiteral(REGVIZ_BUILD_TYPE);
    const QString sanitizers = QStringLiteral(REGVIZ_SANITIZE);
    QString text = QStringLiteral("regviz %1\n").arg(QStringLiteral(REGVIZ_VERSION));
    text += QStringLiteral("Qt %1 (compiled against %2)\n")
                .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    text += QStringLiteral("QCustomPlot %1\n").arg(QStringLiteral(QCUSTOMPLOT_VERSION_STR));
    text += QStringLiteral("Compiler: %1\n").arg(QStringLiteral(REGVIZ_COMPILER));
    text += QStringLiteral("Build type: %1").arg(buildType.isEmpty() ? QStringLiteral("none") : buildType);
    if (!sanitizers.isEmpty())
        text += QStringLiteral(", sanitizers %1").arg(sanitizers);
    return text + QLatin1Char('\n');
}

} // namespace regviz
