# Binding (issue 5 parts 2–6): drag and drop on the panes' viewports, the bind dialog and its controller (outbox rows,
# undo, unbind, picker), and the details panel's binding views. BindingTestOrg.h lives with the unit tests.
foreach(name test_pane_drag_drop test_bind_dialog test_details_binding)
    bindery_add_test(${name} LABEL gui SOURCES ${name}.cpp
        LIBS bindery_gui_test_support bindery_ui bindery_orggen bindery_test_support Qt6::Sql)
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit)
endforeach()
