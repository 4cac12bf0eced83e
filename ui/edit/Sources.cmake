# ui/edit: the forms and confirmations that turn an admin's edit into outbox rows.
list(APPEND BINDERY_UI_SOURCES
    edit/ChangeSaver.h edit/ChangeSaver.cpp
    edit/DialogRunner.h edit/DialogRunner.cpp
    edit/FieldEditor.h edit/FieldEditor.cpp
    edit/FieldIssueText.h edit/FieldIssueText.cpp
    edit/GroupFormDialog.h edit/GroupFormDialog.cpp
    edit/ObjectPickerDialog.h edit/ObjectPickerDialog.cpp
    edit/RenameDeviceDialog.h edit/RenameDeviceDialog.cpp
    edit/ResetMfaDialog.h edit/ResetMfaDialog.cpp
    edit/SelfServiceDialog.h edit/SelfServiceDialog.cpp
    edit/UserFormDialog.h edit/UserFormDialog.cpp
    edit/UserGroupOptionsBox.h edit/UserGroupOptionsBox.cpp)
list(APPEND BINDERY_UI_SOURCES
    edit/GroupChangeFlows.h edit/GroupChangeFlows.cpp
    edit/UserChangeFlows.h edit/UserChangeFlows.cpp)
