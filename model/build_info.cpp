#include "model/build_info.h"

#include <Eigen/Core>
#include <QCoreApplication>
#include <QtGlobal>

// The build system defines these for this file only (see model/CMakeLists.txt), the library versions read
// from their headers there, so this library includes neither QCustomPlot nor giflib.
#ifndef REGVIZ_VERSION
#error "REGVIZ_VERSION is not defined"
#endif

namespace regviz {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BuildInfo)
};
} // namespace

QString versionText()
{
    const QString buildType = QStringLiteral(REGVIZ_BUILD_TYPE);
    const QString sanitizers = QStringLiteral(REGVIZ_SANITIZE);
    QString text = QStringLiteral("regviz %1\n").arg(QStringLiteral(REGVIZ_VERSION));
    text += QStringLiteral("Qt %1 (compiled against %2)\n")
                .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    text += QStringLiteral("QCustomPlot %1\n").arg(QStringLiteral(REGVIZ_QCUSTOMPLOT_VERSION));
    text += QStringLiteral("Compiler: %1\n").arg(QStringLiteral(REGVIZ_COMPILER));
    text += QStringLiteral("Build type: %1").arg(buildType.isEmpty() ? QStringLiteral("none") : buildType);
    if (!sanitizers.isEmpty())
        text += QStringLiteral(", sanitizers %1").arg(sanitizers);
    return text + QLatin1Char('\n');
}

QString regvizVersion()
{
    return QStringLiteral(REGVIZ_VERSION);
}

QList<std::pair<QString, QString>> libraryVersions()
{
    const auto dotted = [](int major, int minor, int patch) {
        return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    };
    return {
        {QStringLiteral("Qt"), Text::tr("%1 (compiled against %2)")
                                   .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))},
        {QStringLiteral("QCustomPlot"), QStringLiteral(REGVIZ_QCUSTOMPLOT_VERSION)},
        {QStringLiteral("Eigen"), dotted(EIGEN_WORLD_VERSION, EIGEN_MAJOR_VERSION, EIGEN_MINOR_VERSION)},
        {QStringLiteral("giflib"), QStringLiteral(REGVIZ_GIFLIB_VERSION)},
    };
}

QString aboutText()
{
    QString libraries;
    for (const auto &[name, version] : libraryVersions())
        libraries += QStringLiteral("<li>%1 %2</li>").arg(name, version.toHtmlEscaped());
    return QStringLiteral("<h3>RegViz %1</h3>").arg(regvizVersion()) +
           Text::tr("<p>See, live, why L1 regularization (lasso) drives a weight to exactly zero while L2 "
                    "(ridge) only shrinks it.</p>") +
           Text::tr("<p>Licence: GPL-3.0-or-later. RegViz is free software: you can redistribute it and/or "
                    "modify it under the terms of the GNU General Public License, version 3 or any later "
                    "version. It comes with ABSOLUTELY NO WARRANTY.</p>") +
           Text::tr("<p>Built with:</p>") + QStringLiteral("<ul>%1</ul>").arg(libraries) +
           Text::tr("<p>Compiler: %1.</p>").arg(QStringLiteral(REGVIZ_COMPILER).toHtmlEscaped());
}

} // namespace regviz
