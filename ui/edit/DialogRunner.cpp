#include "DialogRunner.h"

#include <QDialog>
#include <QList>

namespace {
QList<DialogRunner::Handler> &handlers()
{
    static QList<DialogRunner::Handler> queue;
    return queue;
}
} // namespace

int DialogRunner::exec(QDialog &dialog)
{
    if (handlers().isEmpty())
        return dialog.exec();
    const Handler handler = handlers().takeFirst();
    return handler(dialog);
}

void DialogRunner::setNextHandler(Handler handler)
{
    handlers().append(std::move(handler));
}

void DialogRunner::clearHandlers()
{
    handlers().clear();
}

int DialogRunner::pendingHandlers()
{
    return int(handlers().size());
}
