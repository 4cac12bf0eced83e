# CSV import (issue 6), beyond the reader/mapping/validator tests listed in CMakeLists.txt: the validator on a
# generated org against the planner run row by row, the outbox batch, the results file and the CLI.
bindery_add_test(test_import_validator_bulk LABEL unit SOURCES test_import_validator_bulk.cpp
    LIBS bindery_models bindery_test_support)
