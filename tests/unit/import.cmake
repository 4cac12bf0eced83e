# CSV import (issue 6), beyond the reader/mapping/validator tests listed in CMakeLists.txt: the validator on a
# generated org against the planner run row by row, the outbox batch, the results file and the CLI.
bindery_add_test(test_import_validator_bulk LABEL unit SOURCES test_import_validator_bulk.cpp
    LIBS bindery_models bindery_test_support)
bindery_add_test(test_cli_import LABEL unit SOURCES test_cli_import.cpp LIBS bindery_models bindery_test_support)
target_compile_definitions(test_cli_import PRIVATE BINDERY_CLI_PATH="$<TARGET_FILE:bindery-cli>"
    BINDERY_CSV_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data/csv")
add_dependencies(test_cli_import bindery-cli)
bindery_add_test(test_import_batch LABEL unit SOURCES test_import_batch.cpp
    LIBS bindery_models bindery_test_support Qt6::Sql)
bindery_add_test(test_import_uniqueness_index LABEL unit SOURCES test_import_uniqueness_index.cpp LIBS bindery_models)
