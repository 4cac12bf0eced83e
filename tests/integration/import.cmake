# CSV import against the real bindery-sandbox (label integration): commit creates, binds and joins; faults only
# delay; a commit killed halfway and run again duplicates nothing.
if(TARGET bindery-cli)
    bindery_add_test(test_import_sandbox LABEL integration SOURCES test_import_sandbox.cpp OutboxSandboxSupport.h
        LIBS bindery_app bindery_models bindery_sandbox_runner Qt6::Network Qt6::Sql)
    target_compile_definitions(test_import_sandbox PRIVATE BINDERY_CLI_PATH="$<TARGET_FILE:bindery-cli>")
    add_dependencies(test_import_sandbox bindery-cli bindery-sandbox)
    set_tests_properties(test_import_sandbox PROPERTIES TIMEOUT 600)
endif()
