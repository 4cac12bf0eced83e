# ui/changes: the pending changes view and the actions that make changes.
list(APPEND BINDERY_UI_SOURCES
    changes/BatchRevertFlow.h changes/BatchRevertFlow.cpp
    changes/ChangeActions.h changes/ChangeActions.cpp
    changes/OutboxStateIcons.h changes/OutboxStateIcons.cpp
    changes/PendingChangesView.h changes/PendingChangesView.cpp)
