#include "dialogs/ArrangeDialog.h"

#include "commands/ArrangeCommand.h"
#include "document/EventDocument.h"
#include "io/ScheduleFiles.h"
#include "schedule/ScheduleSnapshot.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/ScheduleSnapshotRepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMutex>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
// What the worker last reported, read by the progress dialog's timer.
struct SharedProgress
{
    QMutex mutex;
    ArrangeSolver::Progress latest;
    bool any = false;
};
} // namespace

ArrangeDialog::ArrangeDialog(EventDocument *document, Mode mode, QDate day, QWidget *parent)
    : QDialog(parent), m_document(document), m_mode(mode), m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setWindowTitle(mode == Mode::Unscheduled ? tr("Arrange Unscheduled Sessions") : tr("Rearrange Day / Track"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(mode == Mode::Unscheduled
                                 ? tr("Places the sessions not on the timetable yet; the scheduled ones stay where "
                                      "they are. Every rule holds (people and rooms once at a time, availability, "
                                      "pins, rooms, seats, orders, breaks); wishes cost as little as they can.")
                                 : tr("Places the sessions of one day or one track again, moving as few as it can. "
                                      "Every rule holds; wishes cost as little as they can."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto loaded = ScheduleSnapshotRepository(document->store()).load();
    const ScheduleSnapshot snapshot = loaded ? loaded.value() : ScheduleSnapshot{};
    if (mode == Mode::DayOrTrack) {
        m_byDay = new QRadioButton(tr("&Day:"), this);
        m_byTrack = new QRadioButton(tr("T&rack:"), this);
        auto *group = new QButtonGroup(this);
        group->addButton(m_byDay);
        group->addButton(m_byTrack);
        m_day = new QComboBox(this);
        const Event &event = snapshot.event;
        for (QDate d = event.firstDay; d.isValid() && d <= event.lastDay; d = d.addDays(1))
            m_day->addItem(QLocale().toString(d, QLocale::LongFormat), d);
        m_day->setCurrentIndex(std::max(0, m_day->findData(day)));
        m_track = new QComboBox(this);
        for (const Track &t : snapshot.tracks)
            m_track->addItem(t.name, t.id);
        m_byDay->setChecked(true);
        m_byTrack->setEnabled(m_track->count() > 0);
        form->addRow(m_byDay, m_day);
        form->addRow(m_byTrack, m_track);
        m_keepScheduled = new QCheckBox(tr("&Keep scheduled sessions where they are (place unscheduled ones only)"), this);
        form->addRow(QString(), m_keepScheduled);
    }
    auto *hours = new QHBoxLayout;
    m_from = new QTimeEdit(QTime(9, 0), this);
    m_to = new QTimeEdit(QTime(18, 0), this);
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    hours->addWidget(m_from);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_to);
    hours->addStretch();
    auto *hoursLabel = new QLabel(tr("&Hours each day:"), this);
    hoursLabel->setBuddy(m_from);
    form->addRow(hoursLabel, hours);
    // "Fewest changes" from the current timetable, or from the programme as published.
    auto *publishedRow = new QHBoxLayout;
    m_published = new QLineEdit(this);
    m_published->setPlaceholderText(tr("the current timetable"));
    m_published->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Published Programme"), QString(),
            tr("Schedules (*.xml *.json *.csv);;All files (*)"));
        if (!path.isEmpty())
            m_published->setText(path);
    });
    publishedRow->addWidget(m_published, 1);
    publishedRow->addWidget(browse);
    auto *publishedLabel = new QLabel(tr("&Fewest changes from:"), this);
    publishedLabel->setBuddy(m_published);
    m_published->setToolTip(tr("The programme as last published (a frab/pretalx XML or JSON export, or a sessions "
                               "CSV): sessions moved since go back first. Empty: the current timetable."));
    form->addRow(publishedLabel, publishedRow);
    m_seconds = new QSpinBox(this);
    m_seconds->setRange(1, 600);
    m_seconds->setValue(10);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setMaximumWidth(m_seconds->sizeHint().width() + 20);
    auto *secondsLabel = new QLabel(tr("&Search for up to:"), this);
    secondsLabel->setBuddy(m_seconds);
    form->addRow(secondsLabel, m_seconds);
    layout->addLayout(form);

    m_summary = new QLabel(tr("Press Arrange to find a timetable; nothing changes until you apply it."), this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Session"), tr("Before"), tr("After"), tr("Why")});
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    // The selected session's reason in full: reasons are sentences, wider than a column.
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_details);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || !item->parent()) {
            m_details->clear();
            return;
        }
        const QString why = item->text(3);
        m_details->setText(why.isEmpty() ? tr("“%1”: %2 → %3").arg(item->text(0), item->text(1), item->text(2))
                                         : tr("“%1” is left unplaced: %2").arg(item->text(0), why));
    });

    auto *buttons = new QDialogButtonBox(this);
    m_arrangeButton = buttons->addButton(tr("&Arrange"), QDialogButtonBox::ActionRole);
    m_applyButton = buttons->addButton(tr("A&pply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_arrangeButton, &QPushButton::clicked, this, &ArrangeDialog::arrange);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        if (applyPlan())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

ArrangeDialog::~ArrangeDialog() = default;

Arranger::Options ArrangeDialog::options() const
{
    Arranger::Options o;
    o.seconds = m_seconds->value();
    o.scope.dayStart = m_from->time();
    o.scope.dayEnd = m_to->time();
    if (m_mode == Mode::Unscheduled) {
        o.scope.keepScheduled = true;
    } else {
        if (m_byDay->isChecked() && m_day->count() > 0)
            o.scope.day = m_day->currentData().toDate();
        if (m_byTrack->isChecked() && m_track->count() > 0)
            o.scope.track = m_track->currentData().toLongLong();
        o.scope.keepScheduled = m_keepScheduled->isChecked();
    }
    return o;
}

void ArrangeDialog::arrange()
{
    // Read in this thread (the file's connection belongs to it); solved in a worker.
    auto snapshot = ScheduleSnapshotRepository(m_document->store()).load();
    if (!snapshot) {
        m_summary->setText(snapshot.error());
        return;
    }
    Arranger::Options o = options();
    if (!m_published->text().trimmed().isEmpty()) {
        auto published = ScheduleFiles::read(m_published->text().trimmed());
        auto places = published ? Arranger::publishedPlaces(m_document->store(), published.value())
                                : Result<QHash<SessionId, std::pair<RoomId, QDateTime>>>::failure(published.error());
        if (!places) {
            m_summary->setText(places.error());
            return;
        }
        o.scope.published = places.value();
    }
    m_cancel->store(false);
    auto shared = std::make_shared<SharedProgress>();
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    o.cancelled = [cancel] { return cancel->load(); };
    o.progress = [shared](const ArrangeSolver::Progress &p) {
        QMutexLocker lock(&shared->mutex);
        shared->latest = p;
        shared->any = true;
    };
    std::optional<Result<ArrangePlan>> result;
    const ScheduleSnapshot input = snapshot.value();
    QThread *worker = QThread::create([&result, input, o] { result = Arranger::plan(input, input.rules, o); });

    QProgressDialog progress(tr("Looking for a timetable…"), tr("&Stop and Keep the Best So Far"), 0, 100, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setMinimumWidth(460); // room for "Improving Mon 15 Mar, 10:00–12:00" without jumping
    progress.setValue(0);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QElapsedTimer clock;
    clock.start();
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        QMutexLocker lock(&shared->mutex);
        // The time limit drives the search: the bar shows the share of it used.
        progress.setValue(std::min(99, int(clock.elapsed() / 10 / std::max(1.0, o.seconds))));
        if (shared->any)
            progress.setLabelText(tr("%1\n%2 of %3 sessions placed")
                                      .arg(shared->latest.stage)
                                      .arg(shared->latest.placed)
                                      .arg(shared->latest.toPlace));
    });
    tick.start(100);
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    m_arrangeButton->setEnabled(false);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    tick.stop();
    progress.setValue(100);
    m_arrangeButton->setEnabled(true);
    if (!result || !result->ok()) {
        m_hasPlan = false;
        m_summary->setText(result ? result->error() : tr("Arranging failed."));
        m_applyButton->setEnabled(false);
        return;
    }
    m_plan = result->value();
    m_hasPlan = true;
    showPlan();
}

void ArrangeDialog::setPublishedFile(const QString &path)
{
    m_published->setText(path);
}

QString ArrangeDialog::details() const
{
    return m_details->text();
}

QString ArrangeDialog::placeText(const QString &room, const QDateTime &start) const
{
    if (room.isEmpty() || !start.isValid())
        return tr("not scheduled");
    auto event = m_document->store().event().load();
    if (!event)
        return room;
    return tr("%1, %2").arg(room, QLocale().toString(event->toLocal(start), QStringLiteral("ddd d MMM HH:mm")));
}

void ArrangeDialog::showPlan()
{
    using Kind = ArrangeChange::Kind;
    const int placed = m_plan.count(Kind::Placed);
    const int moved = m_plan.count(Kind::Moved);
    const int unplaced = m_plan.count(Kind::Unplaced);
    QString quality = m_plan.optimal || m_plan.gap() < 0.005 ? tr("This is the best timetable there is for these rules.")
                                     : tr("It costs at most %1% more than the best possible.")
                                           .arg(QLocale().toString(100 * m_plan.gap(), 'f', 0));
    if (m_plan.cancelled)
        quality = tr("Stopped early: this is the best timetable found until then.");
    m_summary->setText(tr("%n session(s) considered: ", nullptr, m_plan.sessionsConsidered)
                       + tr("%n placed, ", nullptr, placed) + tr("%n moved, ", nullptr, moved)
                       + tr("%n left unplaced.", nullptr, unplaced) + QLatin1Char(' ') + quality
                       + (m_plan.changesAnything() ? QString() : QLatin1Char(' ') + tr("Nothing would change.")));
    if (m_plan.sessionsConsidered == 0)
        m_summary->setText(m_mode == Mode::Unscheduled
                               ? tr("Every session is on the timetable already: there is nothing to place.")
                               : tr("No session of this day or track may move (none there, or all pinned)."));
    m_tree->clear();
    const struct
    {
        Kind kind;
        QString title;
    } groups[] = {{Kind::Placed, tr("Placed (%1)").arg(placed)},
                  {Kind::Moved, tr("Moved (%1)").arg(moved)},
                  {Kind::Unplaced, tr("Left unplaced (%1)").arg(unplaced)}};
    for (const auto &group : groups) {
        auto *top = new QTreeWidgetItem(m_tree, {group.title});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFirstColumnSpanned(true);
        for (const ArrangeChange &c : m_plan.changes) {
            if (c.kind != group.kind)
                continue;
            auto *item = new QTreeWidgetItem(top, {c.title, placeText(c.roomNameBefore, c.startBefore),
                                                   c.kind == Kind::Unplaced ? tr("not scheduled")
                                                                            : placeText(c.roomNameAfter, c.startAfter),
                                                   c.reason});
            item->setToolTip(3, c.reason);
            item->setData(0, Qt::UserRole, c.sessionId);
        }
        top->setExpanded(top->childCount() > 0);
        if (top->childCount() == 0)
            delete top;
    }
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), 320));
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    m_tree->setColumnHidden(3, unplaced == 0); // "Why" only for the sessions left unplaced
    // The first session left unplaced is selected, so its reason shows in full below.
    QTreeWidgetItem *first = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount() && !first; ++i)
        if (m_tree->topLevelItem(i)->childCount() > 0)
            first = m_tree->topLevelItem(i)->child(0);
    if (unplaced > 0)
        first = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1)->child(0);
    m_tree->setCurrentItem(first);
    m_applyButton->setEnabled(m_plan.changesAnything());
}

bool ArrangeDialog::applyPlan()
{
    if (!m_hasPlan || !m_plan.changesAnything())
        return false;
    const QString text = m_mode == Mode::Unscheduled ? tr("Arrange Unscheduled Sessions") : tr("Rearrange Sessions");
    m_document->undoStack()->push(new ArrangeCommand(m_document, m_plan, text));
    m_hasPlan = false;
    m_applyButton->setEnabled(false);
    return true;
}
