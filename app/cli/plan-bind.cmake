# bindery-cli plan-bind (issue 5): the binding planner from the command line.
target_sources(bindery-cli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PlanBindCommand.h ${CMAKE_CURRENT_LIST_DIR}/PlanBindCommand.cpp)
