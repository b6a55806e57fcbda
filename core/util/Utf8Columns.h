#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>
#include <QVarLengthArray>

#include <initializer_list>

// Several texts encoded to UTF-8 once, into one buffer: a row's text
// columns, encoded on the thread that read the row, so that the thread that
// writes it only hands the bytes to SQLite.
class Utf8Columns
{
public:
    Utf8Columns() = default;
    // The texts encoded, then the bytes (already UTF-8) as they are.
    explicit Utf8Columns(std::initializer_list<QStringView> texts, std::initializer_list<QByteArrayView> bytes = {});

    bool isEmpty() const { return m_ends.isEmpty(); }
    int size() const { return int(m_ends.size()); }
    QByteArrayView column(int index) const
    {
        const qsizetype start = index == 0 ? 0 : m_ends[index - 1];
        return QByteArrayView(m_bytes.constData() + start, m_ends[index] - start);
    }

private:
    QByteArray m_bytes;
    QVarLengthArray<qsizetype, 16> m_ends; // where each column's bytes end (no allocation up to 16)
};
