#pragma once

#include <QHash>
#include <QtGlobal>

#include <vector>

// Values by row id, for rows that one transaction creates: SQLite numbers
// them one after another (the largest id plus one), so after the first the
// ids run on, and their values sit in a vector, found without hashing.
// An id out of that run (a gap, one inserted again) goes to a hash.
template<typename V>
class DenseIdMap
{
public:
    void reserve(qsizetype count) { m_run.reserve(size_t(count)); }
    bool isEmpty() const { return m_run.empty() && m_others.isEmpty(); }
    void clear() { *this = DenseIdMap(); }

    void insert(qint64 id, const V &value)
    {
        if (m_run.empty() && m_others.isEmpty())
            m_first = id;
        if (id == m_first + qint64(m_run.size()) && !m_others.contains(id))
            m_run.push_back(value);
        else if (id >= m_first && id < m_first + qint64(m_run.size()))
            m_run[size_t(id - m_first)] = value;
        else
            m_others.insert(id, value);
    }

    // Null when the id has no value.
    const V *find(qint64 id) const
    {
        if (id >= m_first && id < m_first + qint64(m_run.size()))
            return &m_run[size_t(id - m_first)];
        const auto it = m_others.constFind(id);
        return it == m_others.cend() ? nullptr : &*it;
    }

private:
    qint64 m_first = 0;
    std::vector<V> m_run; // ids m_first, m_first + 1, ...
    QHash<qint64, V> m_others;
};
