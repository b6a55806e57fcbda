#pragma once

#include <QDialog>

class QComboBox;

// Edit ▸ Preferences: the program's own settings (kept in QSettings, not in
// the event file). For now, the language of the interface.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
};
