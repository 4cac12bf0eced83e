# Bind dialog (issue 5): drop of a 2,000-member user group on a 500-device group in the benchmark org → summary shown.
bindery_add_benchmark(bench_bind_dialog SOURCES bench_bind_dialog.cpp
    LIBS bindery_ui bindery_test_support Qt6::Test Qt6::Sql)
