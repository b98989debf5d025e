#pragma once

// Reading the scikit-learn fixtures of tests/fixtures/sklearn (written by make_sklearn_fixtures.py) and
// the shipped diabetes table, by path from the source tree.

#include "regviz/core/table.h"
#include "regviz/core/table_csv.h"

#include <Eigen/Core>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <stdexcept>
#include <string>

namespace regviz::test {

inline std::string readText(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::string sourcePath(const std::string &relative)
{
    return std::string(REGVIZ_SOURCE_DIR) + "/" + relative;
}

/// A fixture CSV without its leading '#' comment lines, parsed as a table whose target is its last column.
inline Table readFixture(const std::string &name)
{
    std::string text = readText(sourcePath("tests/fixtures/sklearn/" + name));
    while (!text.empty() && text.front() == '#')
        text.erase(0, text.find('\n') + 1);
    TableCsvResult parsed = parseTableCsv(text);
    if (!parsed.table)
        throw std::runtime_error(name + ": " + parsed.error->message);
    return std::move(*parsed.table);
}

/// Every column of a fixture, the target included, as one matrix (rows x columns).
inline Eigen::MatrixXd fixtureMatrix(const std::string &name)
{
    const Table t = readFixture(name);
    Eigen::MatrixXd all(t.rows(), t.features() + 1);
    all << t.x, t.y;
    return all;
}

inline Table diabetes()
{
    TableCsvResult parsed = parseTableCsv(readText(sourcePath("resources/data/diabetes.csv")));
    if (!parsed.table)
        throw std::runtime_error("diabetes.csv: " + parsed.error->message);
    return std::move(*parsed.table);
}

/// The data of a fixture case: diabetes ships in resources/, the synthetic cases beside their fixtures.
inline Table fixtureCase(const std::string &name)
{
    return name == "diabetes" ? diabetes() : readFixture(name + "_data.csv");
}

/// The largest |a_j - b_j| relative to the largest |b_j|: the agreement of two coefficient vectors.
inline double relativeDifference(const Eigen::VectorXd &a, const Eigen::VectorXd &b)
{
    const double scale = std::max(b.cwiseAbs().maxCoeff(), 1e-300);
    return (a - b).cwiseAbs().maxCoeff() / scale;
}

} // namespace regviz::test
