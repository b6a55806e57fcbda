#pragma once

#include "commands/ProgrammeEdits.h"
#include "commands/SessionRecord.h"
#include "model/Event.h"
#include "model/Person.h"

#include <QDialog>
#include <QHash>

#include <optional>

class EventDocument;
class EventStore;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTimeEdit;
class QTabWidget;
class QVBoxLayout;
class SessionConstraintsEditor;
class SessionLinksEditor;

// Edits one session: its facts, its place on the timetable (in the event's
// time zone) and its people with their roles. People are picked from the
// event's people with completion, or typed by name and created on saving.
// The Constraints tab holds what arranging keeps (pinned, rooms, order...).
class SessionEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // record: the session to edit, or empty for a new one (then `defaults` fills the form).
    SessionEditorDialog(const EventStore &file, const std::optional<SessionRecord> &record, const Session &defaults,
                        QWidget *parent = nullptr);

    Session session() const;
    QList<ProgrammeEdits::PersonChoice> people() const;
    SessionConstraints constraints() const;
    void accept() override;

    // Opens the editor on a session and saves what the user changed as one undoable edit.
    // When the last save was refused (someone changed the session meanwhile),
    // `refusal` says why above the form.
    static void editSession(QWidget *parent, EventDocument *document, SessionId id, const QString &refusal = {});
    // Opens the editor on a new session; returns its id, or 0 when cancelled.
    static SessionId newSession(QWidget *parent, EventDocument *document, const Session &defaults);

private:
    void buildForm(const EventStore &file);
    void buildPeople();
    void buildLinks();
    void fill(const Session &session);
    void addTypedPerson();
    void addPersonRow(PersonId id, const QString &name, const QString &detail, Role role);
    void moveSelectedRow(int by);
    void updateScheduleFields();
    static SessionId run(QWidget *parent, EventDocument *document, const std::optional<SessionRecord> &record,
                         const Session &defaults, const QString &refusal = {});

    Event m_event;
    Session m_base;
    QHash<PersonId, Person> m_known;
    QHash<QString, PersonId> m_byCompletion; // "Name — Organisation" -> id
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QComboBox *m_type; // editable: a known type, or the type as a schedule wrote it
    QLineEdit *m_url;
    QLineEdit *m_slug;
    QCheckBox *m_recordingOptOut;
    SessionLinksEditor *m_links;
    QComboBox *m_track;
    QCheckBox *m_scheduled;
    QComboBox *m_room;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QSpinBox *m_duration;
    QLineEdit *m_language;
    QComboBox *m_status;
    QSpinBox *m_expected;
    QPlainTextEdit *m_abstract;
    QTableWidget *m_people;
    QLineEdit *m_personInput;
    QComboBox *m_personRole;
    QTabWidget *m_tabs;
    QVBoxLayout *m_details; // the first tab's layout
    SessionConstraintsEditor *m_constraints;
};
