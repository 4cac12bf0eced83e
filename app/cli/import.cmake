# bindery-cli import validate | commit: check a CSV import against a cache, or queue and push it (models/import,
# app/import).
target_sources(bindery-cli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ImportCommand.h ${CMAKE_CURRENT_LIST_DIR}/ImportCommand.cpp)
