#pragma once

#include "Device.h"

#include <QDialog>
#include <memory>

class CacheDatabase;
class CacheUniqueness;
class FieldEditor;
class QDialogButtonBox;

// Renames a device (its display name; the hostname is the machine's own). Warns when another
// device already shows that name, since imports and people find devices by name.
class RenameDeviceDialog final : public QDialog
{
    Q_OBJECT

public:
    RenameDeviceDialog(CacheDatabase &cache, const Device &device, QWidget *parent = nullptr);
    ~RenameDeviceDialog() override;

    FieldEditor *nameEditor() const { return m_name; }
    void accept() override;

private:
    void revalidate();

    CacheDatabase &m_cache;
    const Device m_device;
    std::unique_ptr<CacheUniqueness> m_uniqueness;
    FieldEditor *m_name;
    QDialogButtonBox *m_buttons;
};
