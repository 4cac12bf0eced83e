#pragma once

#include "DraggedObjects.h"

#include <QString>
#include <memory>
#include <optional>

class QMimeData;

// Bindery's own drag format, application/x-bindery-objects: a small JSON object
// {"kind": "user", "ids": [...], "names": [...]}. The same data also goes out as plain text (one name a line), so
// dropping rows into a text editor or a chat gives their names.
class ObjectMimeData
{
public:
    static QString mimeType();

    static std::unique_ptr<QMimeData> encode(const DraggedObjects &objects);
    // Empty for foreign data, an unknown kind, no ids, or ids and names of different lengths (a hand-made or
    // truncated payload is refused, never half-read).
    static std::optional<DraggedObjects> decode(const QMimeData *data);
};
