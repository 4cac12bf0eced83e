# bindery-cli push: send the cache's outbox to the directory (app/outbox).
target_sources(bindery-cli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PushCommand.h ${CMAKE_CURRENT_LIST_DIR}/PushCommand.cpp)
# bindery-cli revert: queue the changes that take a sent batch back (models/rules BatchReversal).
target_sources(bindery-cli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RevertCommand.h ${CMAKE_CURRENT_LIST_DIR}/RevertCommand.cpp)
