# Binding end to end (issue 5): drop → dialog → outbox → OutboxPusher → bindery-sandbox (agents at once) → sync.
bindery_add_test(test_binding_sandbox LABEL integration SOURCES test_binding_sandbox.cpp
    LIBS bindery_ui bindery_app bindery_models bindery_sandbox_runner Qt6::Network Qt6::Sql)
add_dependencies(test_binding_sandbox bindery-sandbox)
set_tests_properties(test_binding_sandbox PROPERTIES TIMEOUT 300)
