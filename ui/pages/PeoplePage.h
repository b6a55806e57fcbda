#pragma once

#include "model/Person.h"
#include "models/PersonTableModel.h"
#include "pages/ModelTablePage.h"

#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

// Speakers, chairs and everyone else: a searchable, sortable table, the
// selected person's sessions below it, and Add, Edit, Delete, Merge.
// By default it shows the programme's people and contacts (everyone except
// those who only registered); "Everyone" includes all participants.
class PeoplePage : public ModelTablePage<PersonTableModel>
{
    Q_OBJECT
public:
    explicit PeoplePage(QWidget *parent = nullptr);
    QString title() const override { return tr("People"); }
    QTreeWidget *sessionList() const { return m_sessions; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *scopeBox() const { return m_scope; }

    // What Edit does after the dialog: an undoable change of the person.
    void savePerson(const Person &before, const Person &after);
    // Merges the selected people after asking (the dialog).
    void mergeSelected();

protected:
    void documentChanged() override;
    void addItem() override;
    void editItem() override;
    void deleteItems() override;
    void updateActions() override;

private:
    // The count, "Show:" filter and search box right of the buttons.
    void createFilters();
    // The selected person's sessions, below the table.
    void createSessionPane();
    void showSessions();
    void updateCount();
    QList<Person> selectedPeople() const;
    // The editor on one person; `refusal`: why the last save was refused.
    void editPerson(PersonId id, const QString &refusal);

    QLineEdit *m_search;
    QComboBox *m_scope;
    QLabel *m_count = nullptr;
    QLabel *m_sessionsTitle = nullptr;
    QTreeWidget *m_sessions = nullptr;
    QAction *m_merge;
    QTimer m_searchDelay;
};
