# bindery-cli sync SIGKILLed at many points against the real bindery-sandbox (label integration): the cache opens,
# passes integrity_check, holds the old or the new snapshot, and keeps every outbox row.
if(TARGET bindery-cli)
    bindery_add_test(test_sync_crash_sandbox LABEL integration
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_sync_crash_sandbox.cpp
        LIBS bindery_app bindery_models bindery_sandbox_runner Qt6::Network Qt6::Sql)
    target_compile_definitions(test_sync_crash_sandbox PRIVATE BINDERY_CLI_PATH="$<TARGET_FILE:bindery-cli>")
    add_dependencies(test_sync_crash_sandbox bindery-cli bindery-sandbox)
    set_tests_properties(test_sync_crash_sandbox PROPERTIES TIMEOUT 300)
endif()
