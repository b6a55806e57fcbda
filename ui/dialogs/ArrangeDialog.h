#pragma once

#include "arrange/ArrangePlan.h"
#include "arrange/Arranger.h"

#include <QDate>
#include <QDialog>

#include <atomic>
#include <memory>

class EventDocument;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

// Programme ▸ Arrange Unscheduled Sessions… and Rearrange Day / Track…: what
// to arrange (the unscheduled sessions, or one day's or one track's), the
// hours and the time to search; then the search runs in a worker thread
// behind a progress dialog that can be cancelled (keeping the best timetable
// found so far), and the plan is previewed (placed, moved, unplaced with the
// reason) before Apply makes it one undoable edit.
class ArrangeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Unscheduled, DayOrTrack };
    ArrangeDialog(EventDocument *document, Mode mode, QDate day, QWidget *parent = nullptr);
    ~ArrangeDialog() override;

    // Runs the search now (the dialog's Arrange button), waiting for it to end.
    void arrange();
    const ArrangePlan &plan() const { return m_plan; }
    bool hasPlan() const { return m_hasPlan; }
    QTreeWidget *preview() const { return m_tree; }
    // The published programme to count changes from (empty: the current timetable).
    void setPublishedFile(const QString &path);
    // The selected session's change or reason, in full.
    QString details() const;
    // Pushes the plan on the undo stack as one edit (the Apply button).
    bool applyPlan();

private:
    Arranger::Options options() const;
    void showPlan();
    QString placeText(const QString &room, const QDateTime &start) const;

    EventDocument *m_document;
    Mode m_mode;
    QRadioButton *m_byDay = nullptr;
    QRadioButton *m_byTrack = nullptr;
    QComboBox *m_day = nullptr;
    QComboBox *m_track = nullptr;
    QCheckBox *m_keepScheduled = nullptr;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QLineEdit *m_published;
    QSpinBox *m_seconds;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QLabel *m_details;
    QPushButton *m_arrangeButton;
    QPushButton *m_applyButton;
    ArrangePlan m_plan;
    bool m_hasPlan = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
