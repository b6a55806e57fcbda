#include "dialogs/SessionEditorDialog.h"
#include "document/PermissionGate.h"

#include "dialogs/EditorHistory.h"
#include "document/EventDocument.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"
#include "widgets/SessionConstraintsEditor.h"
#include "widgets/SessionLinksEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>

namespace {
enum PeopleColumn { NameColumn, DetailColumn, RoleColumn };
const int idRole = Qt::UserRole;

template <typename E>
void fillVocabulary(QComboBox *box)
{
    for (E value : Vocabulary<E>::values())
        box->addItem(toLabel(value), QVariant::fromValue(int(value)));
}

template <typename E>
void selectVocabulary(QComboBox *box, E value)
{
    box->setCurrentIndex(box->findData(int(value)));
}

template <typename E>
E chosen(const QComboBox *box)
{
    return E(box->currentData().toInt());
}

void selectId(QComboBox *box, const std::optional<qint64> &id)
{
    const int index = id ? box->findData(*id) : 0;
    box->setCurrentIndex(index >= 0 ? index : 0);
}

std::optional<qint64> chosenId(const QComboBox *box)
{
    const QVariant v = box->currentData();
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}
} // namespace

SessionEditorDialog::SessionEditorDialog(const EventStore &file, const std::optional<SessionRecord> &record,
                                         const Session &defaults, QWidget *parent)
    : QDialog(parent), m_base(record ? record->session : defaults)
{
    setWindowTitle(record ? tr("Edit Session") : tr("New Session"));
    if (auto event = file.event().load())
        m_event = event.value();
    if (auto people = file.people().all())
        for (const Person &p : people.value())
            m_known.insert(p.id, p);
    buildForm(file);
    buildPeople();
    buildLinks();
    m_constraints = new SessionConstraintsEditor(file, m_base.id, m_tabs);
    m_constraints->setConstraints(record ? record->constraints : SessionConstraints(), m_base);
    m_tabs->addTab(m_constraints, tr("Co&nstraints"));
    fill(m_base);
    if (record)
        for (const SessionRole &role : record->roles) {
            const Person p = m_known.value(role.personId);
            addPersonRow(role.personId, p.displayName(), p.organisation, role.role);
        }
    resize(660, 860);
}

void SessionEditorDialog::buildForm(const EventStore &file)
{
    m_title = new QLineEdit(this);
    m_subtitle = new QLineEdit(this);
    m_type = new QComboBox(this);
    fillVocabulary<SessionType>(m_type);
    // Schedules name types freely ("lecture", "devroom"): any text is kept as written.
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("The session's own web page, https://…"));
    m_slug = new QLineEdit(this);
    m_slug->setPlaceholderText(tr("Made from the title when exported"));
    m_recordingOptOut = new QCheckBox(tr("The speakers asked not to be re&corded or streamed"), this);
    m_track = new QComboBox(this);
    m_track->addItem(tr("No track"));
    if (auto tracks = file.tracks().all())
        for (const Track &t : tracks.value()) {
            QPixmap swatch(12, 12);
            swatch.fill(t.color);
            m_track->addItem(QIcon(swatch), t.name, t.id);
        }
    m_scheduled = new QCheckBox(tr("On the &timetable"), this);
    m_room = new QComboBox(this);
    if (auto rooms = file.rooms().all())
        for (const Room &r : rooms.value())
            m_room->addItem(r.capacity > 0 ? tr("%1 (%n seat(s))", nullptr, r.capacity).arg(r.name) : r.name, r.id);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd"));
    m_time = new QTimeEdit(this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_duration = new QSpinBox(this);
    m_duration->setRange(5, 24 * 60);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_language = new QLineEdit(this);
    m_language->setPlaceholderText(tr("e.g. en, fr, de"));
    m_status = new QComboBox(this);
    fillVocabulary<SessionStatus>(m_status);
    m_expected = new QSpinBox(this);
    m_expected->setRange(0, 100000);
    m_expected->setSpecialValueText(tr("Unknown"));
    m_abstract = new QPlainTextEdit(this);
    m_abstract->setTabChangesFocus(true);
    m_abstract->setMaximumHeight(m_abstract->fontMetrics().lineSpacing() * 6);

    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addWidget(new QLabel(QString::fromUtf8(m_event.timeZoneId), this));
    when->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("Su&btitle:"), m_subtitle);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("Trac&k:"), m_track);
    form->addRow(QString(), m_scheduled);
    form->addRow(tr("&Room:"), m_room);
    auto *startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_date);
    form->addRow(startLabel, when);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Expected attendance:"), m_expected);
    form->addRow(tr("&Abstract:"), m_abstract);
    form->addRow(tr("Web pa&ge:"), m_url);
    form->addRow(tr("Sh&ort name (slug):"), m_slug);
    form->addRow(QString(), m_recordingOptOut);
    m_tabs = new QTabWidget(this);
    auto *details = new QWidget(m_tabs);
    m_details = new QVBoxLayout(details);
    m_details->addLayout(form);
    m_tabs->addTab(details, tr("Session"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_scheduled, &QCheckBox::toggled, this, &SessionEditorDialog::updateScheduleFields);
}

void SessionEditorDialog::buildPeople()
{
    auto *box = new QGroupBox(tr("People"), this);
    m_people = new QTableWidget(0, 3, box);
    m_people->setHorizontalHeaderLabels({tr("Name"), tr("Organisation"), tr("Role")});
    m_people->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_people->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_people->verticalHeader()->hide();
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->setSelectionMode(QAbstractItemView::SingleSelection);
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);

    QStringList completions;
    for (const Person &p : std::as_const(m_known)) {
        const QString text = p.organisation.isEmpty() ? p.displayName()
                                                      : tr("%1 — %2").arg(p.displayName(), p.organisation);
        completions << text;
        m_byCompletion.insert(text, p.id);
    }
    completions.sort(Qt::CaseInsensitive);
    m_personInput = new QLineEdit(box);
    m_personInput->setPlaceholderText(tr("Type a name: pick someone, or add a new person"));
    auto *completer = new QCompleter(completions, m_personInput);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_personInput->setCompleter(completer);
    m_personRole = new QComboBox(box);
    fillVocabulary<Role>(m_personRole);
    auto *add = new QPushButton(tr("A&dd"), box);
    auto *remove = new QPushButton(tr("Re&move"), box);
    auto *up = new QPushButton(tr("Move U&p"), box);
    auto *down = new QPushButton(tr("Move Do&wn"), box);
    connect(add, &QPushButton::clicked, this, &SessionEditorDialog::addTypedPerson);
    connect(m_personInput, &QLineEdit::returnPressed, this, &SessionEditorDialog::addTypedPerson);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_people->currentRow() >= 0)
            m_people->removeRow(m_people->currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this] { moveSelectedRow(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelectedRow(1); });

    auto *addRow = new QHBoxLayout;
    auto *personLabel = new QLabel(tr("P&erson:"), box);
    personLabel->setBuddy(m_personInput);
    addRow->addWidget(personLabel);
    addRow->addWidget(m_personInput, 1);
    addRow->addWidget(m_personRole);
    addRow->addWidget(add);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(up);
    rowButtons->addWidget(down);
    rowButtons->addStretch();
    rowButtons->addWidget(remove);
    auto *inner = new QVBoxLayout(box);
    inner->addLayout(addRow);
    inner->addWidget(m_people);
    inner->addLayout(rowButtons);

    m_details->addWidget(box, 1);
}

void SessionEditorDialog::buildLinks()
{
    auto *box = new QGroupBox(tr("Links and attachments"), this);
    m_links = new SessionLinksEditor(box);
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(m_links);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_details->addWidget(box);
    static_cast<QVBoxLayout *>(layout())->addWidget(buttons);
}

void SessionEditorDialog::fill(const Session &s)
{
    m_title->setText(s.title);
    m_subtitle->setText(s.subtitle);
    selectVocabulary(m_type, s.type);
    if (!s.typeName.trimmed().isEmpty() && s.typeName != toKey(s.type))
        m_type->setEditText(s.typeName);
    m_url->setText(s.url);
    m_slug->setText(s.slug);
    m_recordingOptOut->setChecked(s.recordingOptOut);
    m_links->setLinks(s.links, s.attachments);
    selectId(m_track, s.trackId);
    m_scheduled->setChecked(s.isScheduled());
    selectId(m_room, s.roomId);
    const QDateTime local = s.start.isValid() ? m_event.toLocal(s.start)
                                              : QDateTime(m_event.firstDay.isValid() ? m_event.firstDay : QDate::currentDate(),
                                                          QTime(9, 0));
    m_date->setDate(local.date());
    m_time->setTime(local.time());
    m_duration->setValue(s.durationMinutes);
    m_language->setText(s.language);
    selectVocabulary(m_status, s.status);
    m_expected->setValue(s.expectedAttendance.value_or(0));
    m_abstract->setPlainText(s.abstract);
    updateScheduleFields();
}

void SessionEditorDialog::updateScheduleFields()
{
    const bool on = m_scheduled->isChecked() && m_room->count() > 0;
    for (QWidget *w : {static_cast<QWidget *>(m_room), static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_time)})
        w->setEnabled(on);
}

Session SessionEditorDialog::session() const
{
    Session s = m_base;
    s.title = m_title->text().trimmed();
    s.subtitle = m_subtitle->text().trimmed();
    // A type from the list is one of Podium's; other text is kept as written.
    const QString typeText = m_type->currentText().trimmed();
    const int known = m_type->findText(typeText, Qt::MatchFixedString);
    if (!typeText.isEmpty() && typeText == m_base.typeName) {
        s.typeName = m_base.typeName; // unchanged: as the schedule wrote it ("Talk" stays "Talk")
        s.type = m_base.type;
    } else if (known >= 0) {
        s.type = SessionType(m_type->itemData(known).toInt());
        s.typeName.clear();
    } else {
        s.typeName = typeText;
        s.type = Session::typeForName(typeText);
    }
    s.url = m_url->text().trimmed();
    s.slug = m_slug->text().trimmed();
    s.recordingOptOut = m_recordingOptOut->isChecked();
    s.links = m_links->links();
    s.attachments = m_links->attachments();
    s.trackId = chosenId(m_track);
    if (m_scheduled->isChecked() && m_room->count() > 0) {
        s.roomId = chosenId(m_room);
        s.start = m_event.fromLocal(m_date->date(), m_time->time());
    } else {
        s.roomId.reset();
        s.start = QDateTime();
    }
    s.durationMinutes = m_duration->value();
    s.language = m_language->text().trimmed();
    s.status = chosen<SessionStatus>(m_status);
    s.expectedAttendance = m_expected->value() > 0 ? std::optional<int>(m_expected->value()) : std::nullopt;
    s.abstract = m_abstract->toPlainText();
    return s;
}

QList<ProgrammeEdits::PersonChoice> SessionEditorDialog::people() const
{
    QList<ProgrammeEdits::PersonChoice> out;
    for (int row = 0; row < m_people->rowCount(); ++row) {
        const auto *role = qobject_cast<const QComboBox *>(m_people->cellWidget(row, RoleColumn));
        ProgrammeEdits::PersonChoice choice;
        choice.id = m_people->item(row, NameColumn)->data(idRole).toLongLong();
        choice.newName = m_people->item(row, NameColumn)->text();
        choice.role = chosen<Role>(role);
        out << choice;
    }
    return out;
}

SessionConstraints SessionEditorDialog::constraints() const
{
    return m_constraints->constraints(session());
}

void SessionEditorDialog::addTypedPerson()
{
    const QString text = m_personInput->text().simplified();
    if (text.isEmpty())
        return;
    PersonId id = m_byCompletion.value(text);
    if (id == 0) // typed a full name without picking it: take the person with that name, if only one has it
        for (const Person &p : std::as_const(m_known))
            if (p.displayName().compare(text, Qt::CaseInsensitive) == 0
                || p.fullName().compare(text, Qt::CaseInsensitive) == 0)
                id = id == 0 ? p.id : -1;
    const Role role = chosen<Role>(m_personRole);
    if (id > 0)
        addPersonRow(id, m_known.value(id).displayName(), m_known.value(id).organisation, role);
    else
        addPersonRow(0, text, id < 0 ? tr("New person (others have this name)") : tr("New person"), role);
    m_personInput->clear();
}

void SessionEditorDialog::addPersonRow(PersonId id, const QString &name, const QString &detail, Role role)
{
    const int row = m_people->rowCount();
    m_people->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(idRole, id);
    auto *detailItem = new QTableWidgetItem(detail);
    if (id == 0) {
        QFont italic = detailItem->font();
        italic.setItalic(true);
        detailItem->setFont(italic);
    }
    m_people->setItem(row, NameColumn, nameItem);
    m_people->setItem(row, DetailColumn, detailItem);
    auto *roleBox = new QComboBox(m_people);
    fillVocabulary<Role>(roleBox);
    selectVocabulary(roleBox, role);
    m_people->setCellWidget(row, RoleColumn, roleBox);
}

void SessionEditorDialog::moveSelectedRow(int by)
{
    const int row = m_people->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_people->rowCount())
        return;
    for (int column : {NameColumn, DetailColumn}) {
        QTableWidgetItem *moving = m_people->takeItem(row, column);
        m_people->setItem(row, column, m_people->takeItem(target, column));
        m_people->setItem(target, column, moving);
    }
    auto *movingRole = qobject_cast<QComboBox *>(m_people->cellWidget(row, RoleColumn));
    auto *otherRole = qobject_cast<QComboBox *>(m_people->cellWidget(target, RoleColumn));
    const int index = movingRole->currentIndex();
    movingRole->setCurrentIndex(otherRole->currentIndex());
    otherRole->setCurrentIndex(index);
    m_people->setCurrentCell(target, NameColumn);
}

void SessionEditorDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Give the session a title."));
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

SessionId SessionEditorDialog::run(QWidget *parent, EventDocument *document, const std::optional<SessionRecord> &record,
                                   const Session &defaults, const QString &refusal)
{
    SessionEditorDialog dialog(document->store(), record, defaults, parent);
    if (!PermissionGate::of(document).mayEdit(PermissionGate::Area::Programme))
        dialog.setWindowTitle(dialog.windowTitle() + tr(" (read-only)"));
    if (record)
        // No mnemonic: this editor's fields and buttons use every letter of the word, in each language.
        EditorHistory::addButton(&dialog, document, QStringLiteral("session"), record->session.id, tr("History…"));
    EditorHistory::showRefusal(&dialog, refusal);
    if (dialog.exec() != QDialog::Accepted || !PermissionGate::of(document).mayEdit(PermissionGate::Area::Programme))
        return 0;
    document->takeRefusal();
    const SessionId id = ProgrammeEdits(document).save(record, dialog.session(), dialog.people(), dialog.constraints());
    // Someone else changed the session meanwhile: nothing was saved; the
    // editor opens again on what is there now.
    if (const auto refused = document->takeRefusal(); refused && record)
        editSession(parent, document, record->session.id, refused->message);
    return id;
}

void SessionEditorDialog::editSession(QWidget *parent, EventDocument *document, SessionId id, const QString &refusal)
{
    auto record = SessionRecord::load(document->store(), id);
    if (!record) {
        document->reportError(record.error());
        return;
    }
    run(parent, document, record.value(), Session(), refusal);
}

SessionId SessionEditorDialog::newSession(QWidget *parent, EventDocument *document, const Session &defaults)
{
    return run(parent, document, std::nullopt, defaults);
}
