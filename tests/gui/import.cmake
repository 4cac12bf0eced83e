# The import wizard page by page on the sample org (label gui).
bindery_add_test(test_import_wizard LABEL gui SOURCES test_import_wizard.cpp
    LIBS bindery_gui_test_support bindery_ui bindery_orggen bindery_test_support Qt6::Sql)
target_compile_definitions(test_import_wizard PRIVATE BINDERY_CSV_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data/csv")
