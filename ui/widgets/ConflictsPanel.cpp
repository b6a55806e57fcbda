#include "widgets/ConflictsPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace {
const int sessionRole = Qt::UserRole;

QIcon markIcon(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, 14, 14));
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(11);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRectF(1, 1, 14, 14), Qt::AlignCenter, QStringLiteral("!"));
    return QIcon(pixmap);
}
} // namespace

ConflictsPanel::ConflictsPanel(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addStretch(0); // keeps the summary at the top while the list is hidden
    auto activate = [this](QListWidgetItem *item) {
        if (item)
            emit sessionActivated(item->data(sessionRole).toLongLong());
    };
    connect(m_list, &QListWidget::itemClicked, this, activate);
    connect(m_list, &QListWidget::itemActivated, this, activate);
    setConflicts({});
}

void ConflictsPanel::setConflicts(const QList<Conflict> &conflicts)
{
    m_list->clear();
    static const QIcon error = markIcon(QColor(0xd0, 0x1f, 0x1f));
    static const QIcon warning = markIcon(QColor(0xe0, 0x8a, 0x00));
    int warnings = 0;
    for (const Conflict &c : conflicts) {
        const bool isWarning = c.severity == ConflictSeverity::Warning;
        warnings += isWarning ? 1 : 0;
        auto *item = new QListWidgetItem(isWarning ? warning : error, c.message, m_list);
        item->setData(sessionRole, c.sessions.value(0).id);
        item->setToolTip(c.message);
    }
    const int errors = int(conflicts.size()) - warnings;
    m_list->setVisible(!conflicts.isEmpty()); // no empty box under "No conflicts"
    if (conflicts.isEmpty())
        m_summary->setText(tr("No conflicts: nobody is booked twice and every session fits its room and day."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings)
                           + QStringLiteral(". ") + tr("Click one to show its session."));
}

int ConflictsPanel::count() const
{
    return m_list->count();
}
