#pragma once

#include "document/EventDocument.h"
#include "model/Participant.h"
#include "model/ParticipantRow.h"
#include "pages/Page.h"

#include <QPointer>
#include <QTimer>

class ParticipantTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;

// Participants: the registrations in a table that opens at once on 100,000
// rows; search as you type, filters, sorting, editing in place or in a form,
// bulk changes of the selection, add and delete, import and export. Every
// change is undoable.
class ParticipantsPage : public Page
{
    Q_OBJECT
public:
    explicit ParticipantsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Participants"); }
    QIcon icon() const override;
    void setDocument(EventDocument *document) override;

    // File ▸ Import Participants… and Export Participants… (the main window puts them in its menu).
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }
    ParticipantTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void addParticipant();
    void editCurrent();
    void deleteSelected();
    void importParticipants();
    void exportParticipants();

signals:
    // Print ▸ Badges for these participants (a reprint of a lost or changed badge).
    void badgesRequested(const QList<Participant> &participants);

private:
    QList<int> selectedRows() const;
    QList<Participant> selectedParticipants() const;
    // The editor on one registration; `refusal`: why the last save was refused.
    void editParticipant(const ParticipantRow &before, const QString &refusal);
    void updateActions();
    void updateCount();
    void applyFilters();
    void fillBulkMenus();

    QPointer<EventDocument> m_document;
    ParticipantTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_category;
    QComboBox *m_status;
    QComboBox *m_checkedIn;
    QLabel *m_count;
    QTimer m_searchDelay;
    QAction *m_addAction, *m_editAction, *m_deleteAction, *m_importAction, *m_exportAction, *m_badgesAction;
    QToolButton *m_setCategory, *m_setStatus;
};
