# Connecting, as an admin does it (issue 4, part 1): against the real bindery-sandbox.
if(TARGET bindery-sandbox)
    bindery_add_test(test_connection_gui LABEL gui SOURCES test_connection_gui.cpp
        LIBS bindery_gui_test_support bindery_ui bindery_sandbox_runner bindery_test_support)
    add_dependencies(test_connection_gui bindery-sandbox)
endif()
