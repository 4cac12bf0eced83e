# Connections: profiles, the API key prompt, the connection test and the manager (issue 4, part 1).
list(APPEND BINDERY_UI_SOURCES
    connect/ConnectDialog.h connect/ConnectDialog.cpp
    connect/ConnectionFlow.h connect/ConnectionFlow.cpp
    connect/ConnectionManagerDialog.h connect/ConnectionManagerDialog.cpp
    connect/ConnectionTestText.h connect/ConnectionTestText.cpp
    connect/InlineStatus.h connect/InlineStatus.cpp
    connect/KeyPromptDialog.h connect/KeyPromptDialog.cpp)
