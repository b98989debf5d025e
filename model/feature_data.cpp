#include "model/feature_data.h"

#include "regviz/core/table_csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <limits>

namespace regviz {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DataImport)
};
} // namespace

FeatureData loadFeatureTable(const QString &path, const QString &target)
{
    FeatureData data;
    data.source = QFileInfo(path).fileName();
    const QString shown = path.startsWith(QLatin1Char(':')) ? data.source : QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        data.error = Text::tr("%1: cannot be read (%2)").arg(shown, file.errorString());
        return data;
    }
    // The text itself must fit beside the table it becomes; the parser checks the table.
    if (const std::optional<std::uint64_t> free = availablePhysicalMemory();
        free && static_cast<std::uint64_t>(file.size()) > *free / 2) {
        data.error = Text::tr("%1: the file (%2 MB) does not fit in the memory available (%3 MB)")
                         .arg(shown)
                         .arg(file.size() / 1'000'000)
                         .arg(*free / 1'000'000);
        return data;
    }
    // One buffer: a resource or a mapped file is read in place, anything else once.
    QByteArray bytes;
    const uchar *mapped = path.startsWith(QLatin1Char(':')) ? nullptr : file.map(0, file.size());
    std::string_view text;
    if (mapped) {
        text =
            std::string_view(reinterpret_cast<const char *>(mapped), static_cast<std::size_t>(file.size()));
    } else {
        bytes = file.readAll();
        text = std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    }
    TableCsvOptions options;
    options.target = target.toStdString();
    TableCsvResult parsed = parseTableCsv(text, options);
    if (parsed.error) {
        data.error = QStringLiteral("%1: %2").arg(shown, QString::fromStdString(parsed.error->message));
        return data;
    }
    data.table = std::make_shared<const Table>(std::move(*parsed.table));
    return data;
}

FeatureData generateFeatureTable(const SparseDesign &design)
{
    FeatureData data;
    SparseData generated = generateSparseData(design);
    data.table = std::make_shared<const Table>(std::move(generated.table));
    data.trueWeights = std::move(generated.trueWeights);
    data.source =
        Text::tr("generated: p = %1, k = %2, ρ = %3 (%4), σ = %5, n = %6, seed %7")
            .arg(design.features)
            .arg(design.nonZero)
            .arg(design.correlation)
            .arg(design.structure == CorrelationStructure::Equicorrelated ? QStringLiteral("equicorrelated")
                                                                          : QStringLiteral("AR(1)"))
            .arg(design.noise)
            .arg(design.samples)
            .arg(design.seed);
    return data;
}

int csvColumnCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    constexpr qint64 kLongestLine = 1 << 20;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(kLongestLine).trimmed();
        if (!line.isEmpty())
            return static_cast<int>(line.count(',')) + 1;
    }
    return 0;
}

} // namespace regviz
