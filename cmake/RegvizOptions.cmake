# Small INTERFACE targets that carry warnings and project-wide defines, so each real target says what it
# wants with one target_link_libraries line instead of repeating flags.

add_library(regviz_warnings INTERFACE)
target_compile_options(regviz_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion
    -Wimplicit-fallthrough)
if(REGVIZ_WARNINGS_AS_ERRORS)
    target_compile_options(regviz_warnings INTERFACE -Werror)
endif()

# Strict Qt: no implicit const char* <-> QString conversions. (QT_NO_KEYWORDS is left out: QCustomPlot's
# header uses the signals and foreach keywords.)
add_library(regviz_qt_defines INTERFACE)
target_compile_definitions(regviz_qt_defines INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# The asan preset sets REGVIZ_SANITIZE; everything we build (libraries, app, tests) gets the same flags.
set(REGVIZ_SANITIZE "" CACHE STRING "Sanitizers to enable, e.g. address,undefined")
if(REGVIZ_SANITIZE)
    add_compile_options(-fsanitize=${REGVIZ_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${REGVIZ_SANITIZE})
endif()
