#include "dialogs/AnonymiseDialog.h"

#include "privacy/AnonymisationSummary.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AnonymiseDialog::AnonymiseDialog(const QString &eventName, const EventAnonymiser::Preview &preview, QWidget *parent)
    : QDialog(parent), m_preview(preview), m_removals(new QLabel(this)), m_kept(new QLabel(this)),
      m_keepStatistics(new QCheckBox(tr("&Keep organisation types and countries for reports"), this)),
      m_statistics(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Anonymise After the Event"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Anonymise “%1”?</b> This removes the personal data the event no longer "
                                  "needs. It cannot be undone, and the undo history is cleared.")
                                   .arg(eventName.toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    const QString early = EventAnonymiser::tooEarlyReason(preview);
    if (!early.isEmpty()) {
        auto *warning = new QLabel(QStringLiteral("<p style='color:#b00020'><b>%1</b> %2</p>")
                                       .arg(tr("Warning:"), early.toHtmlEscaped()),
                                   this);
        warning->setWordWrap(true);
        layout->addWidget(warning);
        m_force = new QCheckBox(tr("I understand: anonymise &anyway"), this);
        connect(m_force, &QCheckBox::toggled, this, &AnonymiseDialog::update);
    }

    layout->addWidget(new QLabel(tr("Will be removed:"), this));
    layout->addWidget(m_removals);
    m_kept->setWordWrap(true);
    layout->addWidget(m_kept);
    m_keepStatistics->setChecked(true);
    m_keepStatistics->setToolTip(tr("Without it, only counts by category stay; organisation types and countries "
                                    "of people without a session role are cleared too."));
    connect(m_keepStatistics, &QCheckBox::toggled, this, &AnonymiseDialog::update);
    layout->addWidget(m_keepStatistics);

    m_statistics->setReadOnly(true);
    m_statistics->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_statistics->setMinimumHeight(160);
    layout->addWidget(m_statistics, 1);
    if (m_force)
        layout->addWidget(m_force);

    QPushButton *go = m_buttons->addButton(tr("&Anonymise"), QDialogButtonBox::DestructiveRole);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(go, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(560, 560);
    update();
}

EventAnonymiser::Options AnonymiseDialog::options() const
{
    EventAnonymiser::Options o;
    o.keepStatistics = m_keepStatistics->isChecked();
    o.force = m_force && m_force->isChecked();
    return o;
}

bool AnonymiseDialog::canAccept() const
{
    return !m_force || m_force->isChecked();
}

void AnonymiseDialog::update()
{
    const bool keep = m_keepStatistics->isChecked();
    m_removals->setText(AnonymisationSummary::removals(m_preview.personalData, keep));
    m_kept->setText(AnonymisationSummary::kept(m_preview.personalData, keep));
    m_statistics->setPlainText(AnonymisationSummary::keptStatistics(m_preview.statistics, keep));
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::DestructiveRole)
            b->setEnabled(canAccept());
}
