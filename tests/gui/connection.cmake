# Connecting, as an admin does it (issue 4, part 1): against the real bindery-sandbox.
if(TARGET bindery-sandbox)
    bindery_add_test(test_connection_gui LABEL gui SOURCES test_connection_gui.cpp
        LIBS bindery_gui_test_support bindery_ui bindery_sandbox_runner bindery_test_support)
    add_dependencies(test_connection_gui bindery-sandbox)
endif()

# A saved connection through the whole window: connect, drop → push → agent → re-sync, reopen offline-first.
if(TARGET bindery-sandbox)
    bindery_add_test(test_connected_window LABEL gui SOURCES test_connected_window.cpp
        LIBS bindery_gui_test_support bindery_ui bindery_sandbox_runner bindery_test_support)
    add_dependencies(test_connected_window bindery-sandbox)
    set_tests_properties(test_connected_window PROPERTIES TIMEOUT 300)
endif()
