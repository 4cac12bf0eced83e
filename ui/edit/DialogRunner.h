#pragma once

#include <functional>

class QDialog;

// Runs the forms the change actions open, with a test seam like MessageBox's: a test queues a
// handler that fills the dialog and accepts (or rejects) it instead of a modal event loop, so GUI
// tests drive whole flows without timers.
class DialogRunner
{
public:
    using Handler = std::function<int(QDialog &)>; // returns the dialog's result

    // dialog.exec(), or the next queued handler.
    static int exec(QDialog &dialog);

    static void setNextHandler(Handler handler);
    static void clearHandlers();
    static int pendingHandlers();
};
