# Binding (issue 5 parts 2–6): drag and drop in the item models, drop plans and their outbox rows, local account
# outlook, and bindery-cli plan-bind.
bindery_add_test(test_object_drag_drop LABEL unit SOURCES test_object_drag_drop.cpp LIBS bindery_models)
bindery_add_test(test_binding_drop_planner LABEL unit SOURCES test_binding_drop_planner.cpp BindingTestOrg.h
    LIBS bindery_models bindery_test_support Qt6::Sql)
bindery_add_test(test_cli_plan_bind LABEL unit SOURCES test_cli_plan_bind.cpp BindingTestOrg.h
    LIBS bindery_models bindery_test_support Qt6::Sql)
target_compile_definitions(test_cli_plan_bind PRIVATE BINDERY_CLI_PATH="$<TARGET_FILE:bindery-cli>")
add_dependencies(test_cli_plan_bind bindery-cli)
bindery_add_test(test_self_service_outlook LABEL unit SOURCES test_self_service_outlook.cpp LIBS bindery_models)
