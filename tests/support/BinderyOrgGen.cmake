# bindery_orggen: the hand-written SampleOrg and the large-org generator, depending only on
# bindery_models. The tests use it as a fixture, and it also ships inside bindery-cli
# (`generate-org`) for demos and benchmarks — so app/cli includes this file too, and the target
# exists even when the tests are not built. Included twice; defined once.
if(NOT TARGET bindery_orggen)
    add_library(bindery_orggen STATIC)
    target_link_libraries(bindery_orggen PUBLIC bindery_models Qt6::Core bindery_common)
    target_include_directories(bindery_orggen PUBLIC ${CMAKE_CURRENT_LIST_DIR})
    target_sources(bindery_orggen PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/SampleOrg.h
        ${CMAKE_CURRENT_LIST_DIR}/SampleOrg.cpp
        ${CMAKE_CURRENT_LIST_DIR}/SplitMix64.h
        ${CMAKE_CURRENT_LIST_DIR}/NameLists.h
        ${CMAKE_CURRENT_LIST_DIR}/NameLists.cpp
        ${CMAKE_CURRENT_LIST_DIR}/OrgGeneratorParams.h
        ${CMAKE_CURRENT_LIST_DIR}/OrgGenerator.h
        ${CMAKE_CURRENT_LIST_DIR}/OrgGenerator.cpp
        ${CMAKE_CURRENT_LIST_DIR}/LocalAccountGenerator.h
        ${CMAKE_CURRENT_LIST_DIR}/LocalAccountGenerator.cpp)
endif()
