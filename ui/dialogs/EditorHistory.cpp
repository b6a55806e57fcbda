#include "dialogs/EditorHistory.h"

#include "dialogs/HistoryDialog.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

void EditorHistory::addButton(QDialog *editor, EventDocument *document, const QString &table, qint64 rowId,
                              const QString &label)
{
    auto *buttons = editor->findChild<QDialogButtonBox *>(QString(), Qt::FindDirectChildrenOnly);
    if (!buttons || !document || rowId <= 0)
        return;
    QPushButton *history = buttons->addButton(label, QDialogButtonBox::HelpRole);
    history->setObjectName(QStringLiteral("historyButton"));
    QObject::connect(history, &QPushButton::clicked, editor, [editor, document, table, rowId] {
        auto *dialog = new HistoryDialog(document, table, rowId, editor);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("rowHistory"));
        dialog->open();
    });
}

void EditorHistory::showRefusal(QDialog *editor, const QString &message)
{
    auto *layout = qobject_cast<QBoxLayout *>(editor->layout());
    if (!layout || message.isEmpty())
        return;
    auto *label = new QLabel(QCoreApplication::translate("EditorHistory",
                                                         "Not saved: %1\nThe form now shows the current values.")
                                 .arg(message),
                             editor);
    label->setObjectName(QStringLiteral("refusal"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; "
                                        "border: 1px solid #e0c060; }"));
    layout->insertWidget(0, label);
}
