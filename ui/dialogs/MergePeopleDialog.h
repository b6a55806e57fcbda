#pragma once

#include "model/Person.h"

#include <QDialog>
#include <QList>

#include <vector>

class EventStore;
class QComboBox;
class QFormLayout;
class QLabel;

// Merging duplicates: which person is kept, and field by field which value
// the merged person gets (by default the kept person's, blanks filled from
// the others). Says what happens to roles and registrations before anything
// is changed.
class MergePeopleDialog : public QDialog
{
    Q_OBJECT
public:
    MergePeopleDialog(const EventStore &file, const QList<Person> &people, QWidget *parent = nullptr);

    // The kept person with the chosen values (its id is the kept person's).
    Person merged() const;
    // The people merged into it (removed).
    QList<PersonId> absorbed() const;
    // Chooses the kept person (the dialog's first row).
    void setKept(PersonId id);

private:
    void rebuildFields();
    void updateSummary();
    const Person &kept() const;

    const EventStore &m_file;
    QList<Person> m_people;
    QComboBox *m_kept;
    QFormLayout *m_fields;
    QLabel *m_summary;
    std::vector<QComboBox *> m_textCombos; // one per PersonFields::text() entry
    QComboBox *m_typeCombo = nullptr;
};
