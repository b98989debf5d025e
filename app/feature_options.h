#pragma once

#include "app/command_line.h"

#include <QCommandLineParser>
#include <QString>
#include <optional>

namespace regviz::cli {

/// Whether the arguments ask for the many-feature mode: one of its own options, or --data naming a CSV
/// of more than two columns.
[[nodiscard]] bool wantsFeatures(const QCommandLineParser &parser);

/// --generate-features p=20,k=5,rho=0.5[,structure=ar1][,sigma=1][,n=200][,seed=42] into `design`.
[[nodiscard]] std::optional<QString> readDesign(const QString &spec, SparseDesign &design);

/// The many-feature request (sets result.features and the Features action), or nothing when the
/// arguments are for the one-weight views; an error message names what is wrong.
[[nodiscard]] std::optional<QString> readFeatures(const QCommandLineParser &parser, CommandLine &result);

} // namespace regviz::cli
