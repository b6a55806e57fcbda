#include "widgets/SessionListPicker.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

SessionListPicker::SessionListPicker(QWidget *parent) : QWidget(parent)
{
    m_input = new QLineEdit(this);
    m_input->setPlaceholderText(tr("Type part of a title, pick a session"));
    m_list = new QListWidget(this);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 4 + 8);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setEnabled(false);
    connect(m_input, &QLineEdit::returnPressed, this, &SessionListPicker::addTyped);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        emit changed();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_input, 1);
    top->addWidget(m_remove);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_list);
}

void SessionListPicker::setChoices(const QList<Choice> &choices)
{
    QStringList texts;
    for (const Choice &c : choices) {
        m_text.insert(c.id, c.text);
        m_byText.insert(c.text, c.id);
        texts << c.text;
    }
    texts.sort(Qt::CaseInsensitive);
    auto *completer = new QCompleter(texts, m_input);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);
    // Picking from the completion adds at once.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        add(m_byText.value(text));
        QMetaObject::invokeMethod(m_input, &QLineEdit::clear, Qt::QueuedConnection);
    });
}

void SessionListPicker::setSelected(const QList<SessionId> &ids)
{
    m_list->clear();
    for (SessionId id : ids)
        add(id);
}

QList<SessionId> SessionListPicker::selected() const
{
    QList<SessionId> out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(Qt::UserRole).toLongLong();
    return out;
}

void SessionListPicker::addTyped()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty())
        return;
    SessionId found = m_byText.value(text);
    if (found == 0) // part of a title: take it when only one session has it
        for (auto it = m_text.cbegin(); it != m_text.cend(); ++it)
            if (it.value().contains(text, Qt::CaseInsensitive))
                found = found == 0 ? it.key() : -1;
    if (found > 0) {
        add(found);
        m_input->clear();
    }
}

void SessionListPicker::add(SessionId id)
{
    if (id <= 0 || selected().contains(id))
        return;
    auto *item = new QListWidgetItem(m_text.value(id, tr("Session %1").arg(id)), m_list);
    item->setData(Qt::UserRole, id);
    emit changed();
}
