# The connection test against the real bindery-sandbox and raw sockets (issue 4, part 1).
bindery_add_test(test_connection_sandbox LABEL integration SOURCES test_connection_sandbox.cpp
    LIBS bindery_app bindery_sandbox_runner Qt6::Network)
add_dependencies(test_connection_sandbox bindery-sandbox)
set_tests_properties(test_connection_sandbox PROPERTIES TIMEOUT 300)
