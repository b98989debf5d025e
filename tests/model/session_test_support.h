#pragma once

// Session files the session tests build: the default session with one field changed, text that is not
// UTF-8 JSON, and the shipped presets.

#include "model/session.h"
#include "model_test_support.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <gtest/gtest.h>
#include <optional>

namespace regviz::test {

/// The default session's JSON with one field replaced or removed.
inline QByteArray withField(const char *dotted, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(regviz::sessionToJson(regviz::Session{})).object();
    const QStringList parts = QString::fromLatin1(dotted).split(QLatin1Char('.'));
    const auto put = [&value](QJsonObject &object, const QString &key) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    };
    if (parts.size() == 1) {
        put(root, parts[0]);
    } else {
        QJsonObject inner = root[parts[0]].toObject();
        put(inner, parts[1]);
        root.insert(parts[0], inner);
    }
    return QJsonDocument(root).toJson();
}

inline QByteArray utf16Json()
{
    const QString text = QString::fromUtf8(regviz::sessionToJson(regviz::Session{}));
    return QByteArray("\xFF\xFE", 2) +
           QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

inline QByteArray binaryGarbage()
{
    QByteArray bytes;
    for (int i = 0; i < 512; ++i)
        bytes.append(static_cast<char>((i * 37) % 256));
    return bytes;
}

/// The shipped preset whose resource path ends in fileName, or nothing (with a failure saying why).
inline std::optional<regviz::Session> presetSession(const QString &fileName)
{
    for (const auto &[path, title] : regviz::sessionPresets()) {
        if (path.endsWith(fileName)) {
            const regviz::SessionParse parsed = regviz::loadSessionFile(path);
            EXPECT_TRUE(parsed.session) << str(path) << ": " << str(parsed.error);
            return parsed.session;
        }
    }
    ADD_FAILURE() << "no preset " << str(fileName);
    return std::nullopt;
}

} // namespace regviz::test
