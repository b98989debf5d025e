// Any argument list either parses or is refused with a message; nothing is written. The input is the
// arguments after the program name, one per line.
//
// The parser reads a session file when one is named. So that the fuzzer only ever reads files it made,
// each input runs inside a private folder holding a valid session, a broken one and a CSV file, and an
// input whose arguments name any path outside it (anything with a slash) is skipped.

#include "app/command_line.h"
#include "fuzz_support.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <memory>

using regviz::fuzz::require;

namespace {

void writeFixture(const QDir &dir, const char *name, const QByteArray &bytes)
{
    QFile file(dir.filePath(QString::fromLatin1(name)));
    require(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(), "fixture written");
}

/// The folder the inputs run in, made once. It is removed when the fuzzer exits normally.
const QString &fixtureFolder()
{
    static const std::unique_ptr<QTemporaryDir> folder = [] {
        auto dir = std::make_unique<QTemporaryDir>();
        require(dir->isValid(), "temporary folder created");
        const QDir d(dir->path());
        regviz::Session session;
        session.params.lambda = 0.2;
        writeFixture(d, "session.json", regviz::sessionToJson(session));
        writeFixture(d, "broken.json", QByteArrayLiteral("{\"format\": \"regviz-session\", \"version\": 1,"));
        writeFixture(d, "data.csv", QByteArrayLiteral("x,y\n1,2\n3,4\n"));
        return dir;
    }();
    static const QString path = folder->path();
    return path;
}

/// Restores the working folder when the input is done, however it ends.
class WorkingFolder
{
public:
    explicit WorkingFolder(const QString &path) : m_previous(QDir::currentPath())
    {
        require(QDir::setCurrent(path), "entered the fixture folder");
    }
    ~WorkingFolder() { QDir::setCurrent(m_previous); }
    WorkingFolder(const WorkingFolder &) = delete;
    WorkingFolder &operator=(const WorkingFolder &) = delete;

private:
    QString m_previous;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    // A real argv holds no NUL bytes, and a slash could name a file outside the fixture folder.
    if (input.contains('\0') || input.contains('/') || input.contains('\\'))
        return 0;
    QStringList arguments{QStringLiteral("regviz")};
    if (!input.isEmpty()) {
        for (const QByteArray &argument : input.split('\n'))
            arguments << QString::fromUtf8(argument);
    }

    const WorkingFolder inFixtures(fixtureFolder());
    const regviz::CommandLine parsed = regviz::parseCommandLine(arguments);
    using Action = regviz::CommandLine::Action;
    if (parsed.action == Action::Error || parsed.action == Action::Help) {
        require(!parsed.text.isEmpty(), "an error or the help has text");
        return 0;
    }
    if (parsed.action == Action::Version)
        return 0;
    require(!regviz::validate(parsed.session.params), "accepted options give valid parameters");
    require(parsed.action != Action::Export || parsed.exports.any(), "an export has a file to write");
    return 0;
}
