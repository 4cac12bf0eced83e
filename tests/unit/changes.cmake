# Changes UI, model half (issue 4 part 4): the outbox table model, the user form rules, and undo /
# retry / discard of outbox rows.
bindery_add_test(test_outbox_model LABEL unit SOURCES test_outbox_model.cpp
    LIBS bindery_models bindery_test_support Qt6::Sql)
foreach(name test_user_form_rules test_outbox_editor test_batch_reversal)
    bindery_add_test(${name} LABEL unit SOURCES ${name}.cpp LIBS bindery_models bindery_test_support Qt6::Sql)
endforeach()
