#pragma once

#include "model/ParticipantRow.h"
#include "storage/ParticipantFilter.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

#include <vector>

class EventDocument;

// The participants table over the open event: filtered and sorted by SQLite,
// fetched a page at a time as the view scrolls (rowCount grows by fetchMore),
// so 100,000 registrations open at once. Keeps only what the table shows per
// row; editing loads the full row. Edits become undoable commands.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OrganisationColumn,
        TypeColumn,
        CategoryColumn,
        StatusColumn,
        EmailColumn,
        CodeColumn,
        ConsentColumn,
        CheckedInColumn,
        ColumnCount
    };
    enum Role { ParticipantIdRole = Qt::UserRole + 1, PersonIdRole, ChoicesRole };
    static constexpr int pageSize = 500;

    explicit ParticipantTableModel(QObject *parent = nullptr);

    void setDocument(EventDocument *document);
    EventDocument *document() const { return m_document; }

    void setSearch(const QString &text);
    void setCategory(std::optional<ParticipantCategory> category);
    void setStatus(std::optional<RegistrationStatus> status);
    void setCheckedIn(std::optional<bool> checkedIn);
    const ParticipantFilter &filter() const { return m_filter; }
    const ParticipantSort &currentSort() const { return m_sort; }

    qint64 shownCount() const { return m_shown; }  // rows matching the filter
    qint64 totalCount() const { return m_total; }  // all registrations
    double slowestFetchMs() const { return m_slowestFetchMs; }

    ParticipantId participantId(int row) const;
    // The whole registration and person, read from the file (for forms and commands).
    std::optional<ParticipantRow> loadRow(int row) const;
    // The row showing this registration, or -1 when it is not fetched (yet).
    int rowOf(ParticipantId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countsChanged();
    void errorOccurred(const QString &message);

private:
    // What one table row shows.
    struct Item
    {
        ParticipantId id = 0;
        PersonId personId = 0;
        QString name;
        QString organisation;
        QString email;
        QString code;
        QDateTime checkedIn;
        OrganisationType organisationType = OrganisationType::Other;
        ParticipantCategory category = ParticipantCategory::Attendee;
        RegistrationStatus status = RegistrationStatus::Registered;
        bool consentList = false;
        bool consentPhoto = false;
    };
    static Item itemFrom(const ParticipantRow &row);
    void reload();
    // After an edit: re-reads the fetched rows in place (keeps scroll and selection).
    void refresh();
    // After another window's edit of these registrations and people: re-reads their rows only.
    void refreshRows(const QSet<qint64> &participants, const QSet<qint64> &people);
    std::optional<ParticipantRow> loadById(ParticipantId id) const;
    // Appends up to limit rows after `after` (a sort key; empty: from the start) and updates m_lastKey.
    bool fetch(const QVariantList &after, int limit, std::vector<Item> &into);
    void updateCounts();
    QString checkedInText(const Item &item) const;

    QPointer<EventDocument> m_document;
    ParticipantFilter m_filter;
    ParticipantSort m_sort;
    std::vector<Item> m_items;
    QVariantList m_lastKey; // sort key of the last fetched row
    qint64 m_shown = 0;
    qint64 m_total = 0;
    double m_slowestFetchMs = 0;
    QByteArray m_timeZone;
};
