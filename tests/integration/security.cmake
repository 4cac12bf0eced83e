# A whole bindery-cli session against the real bindery-sandbox with debug logging on (label integration): the API
# key is in no file the session wrote, in none of its output and on none of its command lines.
if(TARGET bindery-cli)
    bindery_add_test(test_security_sandbox LABEL integration
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_security_sandbox.cpp
        LIBS bindery_app bindery_models bindery_sandbox_runner Qt6::Network Qt6::Sql)
    target_compile_definitions(test_security_sandbox PRIVATE BINDERY_CLI_PATH="$<TARGET_FILE:bindery-cli>")
    add_dependencies(test_security_sandbox bindery-cli bindery-sandbox)
    set_tests_properties(test_security_sandbox PROPERTIES TIMEOUT 300)
endif()
