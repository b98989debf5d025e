#include "model/scene_setup.h"

#include "model/file_io.h"
#include "model/scene_controller.h"
#include "regviz/core/csv.h"
#include "regviz/core/table_csv.h"
#include "regviz/core/view_ranges.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>
#include <limits>

namespace regviz {

qint64 importByteLimit()
{
    // The text, then at most four times its size in doubles ("1,2\n" is 4 bytes and 16 of data).
    constexpr std::uint64_t kTextAndData = 5;
    const std::optional<std::uint64_t> free = availablePhysicalMemory();
    constexpr auto kLargest = static_cast<std::uint64_t>(std::numeric_limits<qint64>::max());
    return static_cast<qint64>(std::min(free ? *free / kTextAndData : kLargest, kLargest));
}

DataImport importCsvFile(const QString &path)
{
    return importCsvFile(path, importByteLimit());
}

DataImport importCsvFile(const QString &path, qint64 maxBytes)
{
    const ReadResult file = readFile(path, maxBytes);
    if (file.error)
        return {nullptr, *file.error};
    const CsvParseResult parsed =
        importXYCsv(std::string_view(file.bytes.constData(), static_cast<std::size_t>(file.bytes.size())));
    if (parsed.error) {
        const QString where = parsed.error->line > 0
                                  ? QCoreApplication::translate("DataImport", "%1, line %2")
                                        .arg(QDir::toNativeSeparators(path))
                                        .arg(parsed.error->line)
                                  : QDir::toNativeSeparators(path);
        return {nullptr, QStringLiteral("%1: %2").arg(where, QString::fromStdString(parsed.error->message))};
    }
    return {std::make_shared<const XYData>(*parsed.data), QString()};
}

double lambdaEndFor(const Params &params, const XYData *data)
{
    // The rule of the slider (lambdaRangeEnd) on the data the scene will show: O(n), once.
    const Moments moments =
        data ? computeMoments(*data)
             : computeMoments(generateDataset(params.seed, params.samples), params.trueWeight, params.noise);
    return lambdaRangeEnd(computeMinimizers(moments, {params.lambda, params.alpha}));
}

std::optional<QString> lambdaProblem(const Params &params, const XYData *data)
{
    const double end = lambdaEndFor(params, data);
    if (params.lambda <= end)
        return std::nullopt;
    return QCoreApplication::translate("DataImport",
                                       "lambda = %1 is outside [0, %2], the range these data give it "
                                       "(max(5, 2 λc) rounded up)")
        .arg(params.lambda)
        .arg(end);
}

std::optional<QString> applySession(SceneController &controller, const Session &session, MissingData missing)
{
    if (const auto invalid = validate(session.params))
        return QString::fromStdString(*invalid);
    std::shared_ptr<const XYData> data;
    std::optional<QString> dataProblem;
    if (!session.dataFile.isEmpty()) {
        DataImport imported = importCsvFile(session.dataFile);
        if (!imported.data && missing == MissingData::Refuse)
            return imported.error;
        if (!imported.data)
            dataProblem =
                QCoreApplication::translate("DataImport", "%1\nThe scene's other settings are restored on "
                                                          "generated data.")
                    .arg(imported.error);
        data = std::move(imported.data);
    }
    if (auto problem = lambdaProblem(session.params, data.get()))
        return problem;
    controller.setParams(session.params);
    controller.setDescentSettings(session.descent);
    controller.setComparison(session.comparison);
    if (data)
        controller.setImportedData(std::move(data), session.dataFile);
    else
        controller.clearImportedData();
    return dataProblem;
}

} // namespace regviz
