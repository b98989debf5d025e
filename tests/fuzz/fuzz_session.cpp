// Any bytes given to the session loader either load as a session or are refused with a message, and a
// session that loads is valid and saves and loads back unchanged.

#include "fuzz_support.h"
#include "model/session.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using regviz::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    const regviz::SessionParse parsed = regviz::sessionFromJson(json);
    require(parsed.session.has_value() == parsed.error.isEmpty(), "either a session or an error");
    if (!parsed.session)
        return 0;
    require(!regviz::validate(parsed.session->params), "a loaded session has valid parameters");
    const regviz::SessionParse again = regviz::sessionFromJson(regviz::sessionToJson(*parsed.session));
    require(again.session && *again.session == *parsed.session, "a saved session loads back unchanged");
    return 0;
}
