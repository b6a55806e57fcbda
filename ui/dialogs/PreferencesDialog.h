#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Edit ▸ Preferences: the program's own settings (kept in QSettings, not in
// the event file): the language of the interface, and who you are in the
// event's history (your name, and the desk's name at registration).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
    QLineEdit *m_name;
    QLineEdit *m_desk;
};
