# ui/binding (issue 5 parts 2–6): the bind dialog, the "Bind to…" picker, the controller that owns the flow, the words
# for drops, and the spring-loaded navigation for dragging between panes.
list(APPEND BINDERY_UI_SOURCES
    binding/BindDialog.h binding/BindDialog.cpp
    binding/BindPlanTableModel.h binding/BindPlanTableModel.cpp
    binding/BindPickerDialog.h binding/BindPickerDialog.cpp
    binding/BindTargetListModel.h binding/BindTargetListModel.cpp
    binding/BindingController.h binding/BindingController.cpp
    binding/DropDescription.h binding/DropDescription.cpp
    binding/DragSpringLoader.h binding/DragSpringLoader.cpp)
