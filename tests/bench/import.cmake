# CSV import commit (issue 6): bindery-cli import commit of 1,000 users with a device binding and two groups each
# against bindery-sandbox serving the benchmark org; users per second end to end and for the push alone.
if(BINDERY_BUILD_SANDBOX AND TARGET bindery_sandbox_runner AND TARGET bindery-cli)
    bindery_add_benchmark(bench_import_commit SOURCES bench_import_commit.cpp
        LIBS bindery_models bindery_sandbox_runner Qt6::Sql)
    target_compile_definitions(bench_import_commit PRIVATE BINDERY_CLI_PATH="$<TARGET_FILE:bindery-cli>")
    add_dependencies(bench_import_commit bindery-cli bindery-sandbox)
    set_tests_properties(bench_import_commit PROPERTIES TIMEOUT 1800)
endif()

# The wizard's preview on 100,000 checked rows: Next → rows painted, GUI stalls, scrolling, sort, filter, inline edit.
bindery_add_benchmark(bench_import_preview SOURCES bench_import_preview.cpp ImportBenchData.cpp
    LIBS bindery_ui bindery_test_support Qt6::Test Qt6::Sql)
