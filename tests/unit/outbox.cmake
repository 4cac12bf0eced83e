# Outbox push (issue 4, write half): payload builders, request mapping, ordering and conflict
# rules, and the pusher against the fake QNAM.
bindery_add_test(test_outbox_change_factory LABEL unit SOURCES test_outbox_change_factory.cpp
    LIBS bindery_models bindery_test_support Qt6::Sql)
foreach(name test_outbox_request_mapper test_outbox_rules test_outbox_pusher test_outbox_pusher_recovery
        test_outbox_pusher_adoption)
    bindery_add_test(${name} LABEL unit SOURCES ${name}.cpp
        LIBS bindery_app bindery_models bindery_test_support Qt6::Network Qt6::Sql)
endforeach()
