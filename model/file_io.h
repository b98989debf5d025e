#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

class QIODevice;

namespace regviz {

/// Writes through QSaveFile: the bytes go to a temporary file beside the target, which replaces the
/// target only once everything was written. On any failure the target, if it existed, is untouched.
/// Returns an error message naming the path, or nothing on success.
[[nodiscard]] std::optional<QString> writeFileAtomically(const QString &path, const QByteArray &bytes);

/// The same, for content produced by a writer that streams into the device and returns an error or nothing.
[[nodiscard]] std::optional<QString>
writeFileAtomically(const QString &path, const std::function<std::optional<QString>(QIODevice &)> &write);

/// The whole file, or an error message (missing, unreadable, larger than maxBytes).
struct ReadResult
{
    QByteArray bytes;
    std::optional<QString> error;
};
[[nodiscard]] ReadResult readFile(const QString &path, qint64 maxBytes);

} // namespace regviz
