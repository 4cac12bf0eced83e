# Outbox push against the real bindery-sandbox (label integration): every kind round-trips,
# faults and rate limits, conflicts, 1,000 creates, and the CLI killed mid-push.
if(TARGET bindery-cli)
    foreach(name test_outbox_sandbox test_outbox_cli_sandbox)
        bindery_add_test(${name} LABEL integration SOURCES ${name}.cpp OutboxSandboxSupport.h
            LIBS bindery_app bindery_models bindery_sandbox_runner Qt6::Network Qt6::Sql)
        target_compile_definitions(${name} PRIVATE BINDERY_CLI_PATH="$<TARGET_FILE:bindery-cli>")
        add_dependencies(${name} bindery-cli bindery-sandbox)
        set_tests_properties(${name} PROPERTIES TIMEOUT 300)
    endforeach()
endif()
