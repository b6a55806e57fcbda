#pragma once

#include "model/Person.h"

#include <QDialog>

#include <optional>

class EventStore;
class QDialogButtonBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

// Choose one person of the event: a search field over name, e-mail and
// organisation, and the matching people. Used by the Privacy menu, and by
// anyone who needs "which person?" (see PrivacyActions).
class PersonPickerDialog : public QDialog
{
    Q_OBJECT
public:
    PersonPickerDialog(const EventStore &file, const QString &title, const QString &prompt,
                       const QString &acceptText, QWidget *parent = nullptr);

    // The chosen person (none until one is selected).
    std::optional<PersonId> selectedPerson() const;
    // Shows the dialog; the chosen person, or none when cancelled (or the file cannot be read).
    static std::optional<PersonId> pick(QWidget *parent, const EventStore &file, const QString &title,
                                        const QString &prompt, const QString &acceptText);

    // For tests and callers that know whom they look for.
    void setFilterText(const QString &text);
    int visibleCount() const;
    QString loadError() const { return m_loadError; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    QLineEdit *m_search;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QDialogButtonBox *m_buttons;
    QString m_loadError;
};
