#include "model/file_io.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace regviz {

namespace {
/// This file's translation context. A free tr() would do at run time, but lupdate would file its
/// strings under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FileIo)
};
} // namespace

std::optional<QString> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    return writeFileAtomically(path, [&bytes](QIODevice &device) -> std::optional<QString> {
        if (device.write(bytes) != bytes.size())
            return device.errorString();
        return std::nullopt;
    });
}

std::optional<QString> writeFileAtomically(const QString &path,
                                           const std::function<std::optional<QString>(QIODevice &)> &write)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return Text::tr("No file name was given.");
    if (const QFileInfo parent(info.absolutePath()); parent.exists() && !parent.isDir())
        return Text::tr("Cannot write %1: %2 is a file, not a folder.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
    if (!info.absoluteDir().exists())
        return Text::tr("Cannot write %1: the folder %2 does not exist.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
    if (info.isDir())
        return Text::tr("Cannot write %1: it is a folder.").arg(QDir::toNativeSeparators(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (std::optional<QString> error = write(file)) {
        file.cancelWriting();
        return Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), *error);
    }
    // Flush here, not in commit(): Qt 6.4's commit() renames the temporary file over the target even
    // when flushing the last buffered bytes fails (a full disk), which would replace a good file with a
    // truncated one before reporting the error.
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    }
    if (!file.commit())
        return Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return std::nullopt;
}

ReadResult readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return {{}, Text::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))};
    if (info.isDir())
        return {{}, Text::tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(path))};
    if (info.size() > maxBytes)
        return {{},
                Text::tr("%1 is too large (%2 MB; the limit is %3 MB).")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(static_cast<double>(info.size()) / 1048576.0, 0, 'f', 1)
                    .arg(static_cast<double>(maxBytes) / 1048576.0, 0, 'f', 0)};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return {{}, Text::tr("%1 is too large.").arg(QDir::toNativeSeparators(path))};
    return {bytes, std::nullopt};
}

} // namespace regviz
