# Changes UI (issue 4 part 4): the user form, group, device and org forms, the change actions and
# the pending changes view, on SampleOrg caches. Set BINDERY_SCREENSHOT_DIR to also save a PNG of
# every dialog and of the view.
foreach(name test_change_forms test_change_actions test_pending_changes)
    bindery_add_test(${name} LABEL gui SOURCES ${name}.cpp ChangesTestSupport.h
        LIBS bindery_gui_test_support bindery_ui bindery_test_support Qt6::Sql)
endforeach()

# The window's change paths wired together (ChangeController): menus, selection, drop → dialog → pending dock → undo,
# a CSV dropped on the window.
bindery_add_test(test_window_changes LABEL gui SOURCES test_window_changes.cpp
    LIBS bindery_gui_test_support bindery_ui bindery_orggen bindery_test_support Qt6::Sql)
