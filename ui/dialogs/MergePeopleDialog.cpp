#include "dialogs/MergePeopleDialog.h"

#include "model/PersonFields.h"
#include "storage/EventStore.h"
#include "storage/PersonMerger.h"
#include "storage/PersonRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QString oneLine(const QString &text)
{
    QString line = text.simplified();
    return line.size() > 70 ? line.left(69) + QChar(0x2026) : line;
}

// The values the people have for a field, the given default first, without repeats.
template <typename V>
QList<V> candidates(const V &preferred, const QList<V> &all)
{
    QList<V> out{preferred};
    for (const V &v : all)
        if (!out.contains(v))
            out << v;
    return out;
}
} // namespace

MergePeopleDialog::MergePeopleDialog(const EventStore &file, const QList<Person> &people, QWidget *parent)
    : QDialog(parent), m_file(file), m_people(people)
{
    setWindowTitle(tr("Merge People"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These %n people will become one. The kept person takes over every session role and "
                                "the registration of the others, who are then removed.", nullptr, int(people.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *keptForm = new QFormLayout;
    m_kept = new QComboBox(this);
    for (const Person &p : people)
        m_kept->addItem(QStringList{p.displayName(), p.organisation, p.email}.filter(QRegularExpression(QStringLiteral("\\S")))
                            .join(QStringLiteral(" · ")),
                        p.id);
    keptForm->addRow(tr("&Keep:"), m_kept);
    layout->addLayout(keptForm);

    auto *valuesTitle = new QLabel(tr("<b>Values of the merged person</b>"), this);
    layout->addWidget(valuesTitle);
    m_fields = new QFormLayout;
    layout->addLayout(m_fields);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kept, &QComboBox::currentIndexChanged, this, [this] {
        rebuildFields();
        updateSummary();
    });
    rebuildFields();
    updateSummary();
    resize(640, sizeHint().height());
}

const Person &MergePeopleDialog::kept() const
{
    return m_people.at(qMax(0, m_kept->currentIndex()));
}

void MergePeopleDialog::setKept(PersonId id)
{
    m_kept->setCurrentIndex(m_kept->findData(id));
}

QList<PersonId> MergePeopleDialog::absorbed() const
{
    QList<PersonId> ids;
    for (const Person &p : m_people)
        if (p.id != kept().id)
            ids << p.id;
    return ids;
}

void MergePeopleDialog::rebuildFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_textCombos.clear();
    QList<Person> others;
    for (const Person &p : m_people)
        if (p.id != kept().id)
            others << p;
    const Person proposal = PersonMerger::proposal(kept(), others);
    for (const PersonTextField &field : PersonFields::text()) {
        QList<QString> values;
        for (const Person &p : m_people)
            if (!(p.*field.member).trimmed().isEmpty())
                values << p.*field.member;
        auto *combo = new QComboBox(this);
        for (const QString &value : candidates(proposal.*field.member, values))
            combo->addItem(value.isEmpty() ? tr("(empty)") : oneLine(value), value);
        combo->setEnabled(combo->count() > 1);
        m_fields->addRow(field.translatedLabel() + QLatin1Char(':'), combo);
        m_textCombos.push_back(combo);
    }
    QList<OrganisationType> types;
    for (const Person &p : m_people)
        types << p.organisationType;
    m_typeCombo = new QComboBox(this);
    for (OrganisationType type : candidates(proposal.organisationType, types))
        m_typeCombo->addItem(toLabel(type), int(type));
    m_typeCombo->setEnabled(m_typeCombo->count() > 1);
    m_fields->insertRow(4, tr("Organisation type:"), m_typeCombo);
}

Person MergePeopleDialog::merged() const
{
    QList<Person> others;
    for (const Person &p : m_people)
        if (p.id != kept().id)
            others << p;
    Person person = PersonMerger::proposal(kept(), others); // ids and GUID
    const auto &fields = PersonFields::text();
    for (size_t i = 0; i < fields.size(); ++i)
        person.*fields[i].member = m_textCombos[i]->currentData().toString();
    person.organisationType = OrganisationType(m_typeCombo->currentData().toInt());
    return person;
}

void MergePeopleDialog::updateSummary()
{
    auto plan = PersonMerger(m_file).plan(kept().id, absorbed());
    if (!plan) {
        m_summary->setText(plan.error().toHtmlEscaped());
        return;
    }
    QStringList lines;
    lines << tr("%1 will have %n session role(s).", nullptr, int(plan->roles.size())).arg(kept().displayName().toHtmlEscaped());
    if (plan->duplicateRoles > 0)
        lines << tr("%n role(s) held by more than one of them in the same session will be kept once.", nullptr,
                    plan->duplicateRoles);
    if (!plan->registrations.isEmpty()) {
        QStringList codes;
        for (const Participant &p : std::as_const(plan->registrations))
            codes << p.code;
        lines << tr("Registration kept: %1.").arg(codes.join(QStringLiteral(", ")));
    }
    if (!plan->dropped.isEmpty()) {
        QStringList codes;
        for (const Participant &p : std::as_const(plan->dropped))
            codes << p.code;
        lines << tr("<b>%n registration(s) removed</b> (one person has one registration): %1. Their check-in, "
                    "dietary and consent details are not copied.", nullptr, int(codes.size()))
                     .arg(codes.join(QStringLiteral(", ")));
    }
    lines << tr("You can undo the merge with Edit ▸ Undo.");
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}
