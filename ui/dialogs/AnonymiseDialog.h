#pragma once

#include "privacy/EventAnonymiser.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Confirms anonymising: says what will be removed and which statistics stay,
// and lets the organiser choose to keep organisation types and countries.
// Before the event's last day it warns, and the Anonymise button stays
// disabled until "anonymise anyway" is ticked.
class AnonymiseDialog : public QDialog
{
    Q_OBJECT
public:
    AnonymiseDialog(const QString &eventName, const EventAnonymiser::Preview &preview, QWidget *parent = nullptr);

    EventAnonymiser::Options options() const;
    // For tests: whether the Anonymise button can be pressed now.
    bool canAccept() const;
    QCheckBox *keepStatisticsBox() const { return m_keepStatistics; }
    QCheckBox *forceBox() const { return m_force; } // null when the event is over

private:
    void update();
    EventAnonymiser::Preview m_preview;
    QLabel *m_removals;
    QLabel *m_kept;
    QCheckBox *m_keepStatistics;
    QPlainTextEdit *m_statistics;
    QCheckBox *m_force = nullptr;
    QDialogButtonBox *m_buttons;
};
