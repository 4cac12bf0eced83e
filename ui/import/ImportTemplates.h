#pragma once

class QWidget;

// Saves the portal's or the extended template (ImportMapping) where the admin chooses (FileDialog seam).
class ImportTemplates
{
public:
    static void save(QWidget *parent, bool extended);
};
