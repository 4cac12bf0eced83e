# ui/import (issue 6): the import wizard and its pages, the session they share, and the preview/outcome models.
list(APPEND BINDERY_UI_SOURCES
    import/ImportWizard.h import/ImportWizard.cpp
    import/ImportSession.h import/ImportSession.cpp
    import/ImportFilePage.h import/ImportFilePage.cpp
    import/ImportFormatPage.h import/ImportFormatPage.cpp
    import/ImportMappingPage.h import/ImportMappingPage.cpp
    import/ImportPreviewPage.h import/ImportPreviewPage.cpp
    import/ImportSummaryPage.h import/ImportSummaryPage.cpp
    import/ImportCommitPage.h import/ImportCommitPage.cpp
    import/ImportResultsPage.h import/ImportResultsPage.cpp
    import/ImportPreviewModel.h import/ImportPreviewModel.cpp
    import/ImportPreviewFilter.h import/ImportPreviewFilter.cpp
    import/ImportOutcomeModel.h import/ImportOutcomeModel.cpp
    import/ImportIssueStyle.h import/ImportIssueStyle.cpp
    import/ImportTemplates.h import/ImportTemplates.cpp)
