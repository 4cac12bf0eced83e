# Connection profiles, credential stores and the connection test (issue 4, part 1).
bindery_add_test(test_connection_profiles LABEL unit SOURCES test_connection_profiles.cpp LIBS bindery_app)
bindery_add_test(test_credential_stores LABEL unit SOURCES test_credential_stores.cpp LIBS bindery_app)
bindery_add_test(test_connection_tester LABEL unit SOURCES test_connection_tester.cpp
    LIBS bindery_app bindery_test_support Qt6::Network)
