#include "ui_test_support.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <set>
#include <string>

// Defined for this file by tests/ui/CMakeLists.txt.
#ifndef REGVIZ_LUPDATE
#error "REGVIZ_LUPDATE is not defined"
#endif

namespace {

/// One translatable message: context, source text and disambiguation.
using Message = std::tuple<std::string, std::string, std::string>;

std::set<Message> messagesIn(const QString &tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::set<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                source.clear(), comment.clear();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("comment"))
                comment = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.emplace(context.toStdString(), source.toStdString(), comment.toStdString());
        }
    }
    EXPECT_FALSE(xml.hasError()) << tsFile.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

// lupdate reads every tr() of model/, ui/ and app/ afresh; the committed .ts must hold exactly those strings,
// so a translator starting from it misses none. Rebuild the regviz_lupdate target to bring it up to date.
TEST(Translations, CommittedSourceFileHoldsEveryTranslatableString)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("regviz_en.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(REGVIZ_SOURCE_DIR));
    lupdate.start(QStringLiteral(REGVIZ_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                   // Includes name their folder from the top of the tree, as the build's include path does.
                   QStringLiteral("-I"), QStringLiteral(REGVIZ_SOURCE_DIR), QStringLiteral("model"),
                   QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
    ASSERT_TRUE(lupdate.waitForFinished(60000));
    const QString output =
        QString::fromLocal8Bit(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
    ASSERT_EQ(lupdate.exitCode(), 0) << output.toStdString();
    // A tr() lupdate cannot place (outside a class with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS) would land in
    // a context the program never looks up.
    EXPECT_FALSE(output.contains(QStringLiteral("lacks Q_OBJECT"))) << output.toStdString();
    EXPECT_FALSE(output.contains(QStringLiteral("Cannot invoke tr()"))) << output.toStdString();

    const std::set<Message> extracted = messagesIn(fresh);
    const std::set<Message> committed = messagesIn(QStringLiteral(REGVIZ_TS_FILE));
    ASSERT_GT(extracted.size(), 300U);
    for (const Message &m : extracted)
        EXPECT_TRUE(committed.count(m)) << "not in the .ts: [" << std::get<0>(m) << "] " << std::get<1>(m);
    for (const Message &m : committed)
        EXPECT_TRUE(extracted.count(m))
            << "no longer in the code: [" << std::get<0>(m) << "] " << std::get<1>(m);
}

} // namespace
