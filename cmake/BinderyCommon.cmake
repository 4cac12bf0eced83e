# One INTERFACE target carries the compile settings every Bindery target shares, so
# the rules (warnings, Qt strictness flags) are stated once and cannot drift apart.
add_library(bindery_common INTERFACE)
target_compile_features(bindery_common INTERFACE cxx_std_20)
target_compile_definitions(bindery_common INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
    QT_MESSAGELOGCONTEXT)
if(MSVC)
    target_compile_options(bindery_common INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(bindery_common INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor)
    # GCC's -Wshadow=local; clang has no such spelling and would warn about the flag itself.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(bindery_common INTERFACE -Wshadow=local)
    endif()
endif()
option(BINDERY_WARNINGS_AS_ERRORS "Treat warnings as errors" OFF)
if(BINDERY_WARNINGS_AS_ERRORS)
    if(MSVC)
        target_compile_options(bindery_common INTERFACE /WX)
    else()
        target_compile_options(bindery_common INTERFACE -Werror)
    endif()
endif()
