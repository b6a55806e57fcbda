#pragma once

#include "model/Person.h"

#include <QRandomGenerator>
#include <QString>

// Invented people for demo and test data: names from many languages (with
// accents, long double names now and then), organisations of every type,
// and unique e-mail addresses at example.org.
class NamePool
{
public:
    explicit NamePool(quint32 seed) : m_random(seed) {}
    // A new person; `serial` makes the e-mail address unique.
    Person person(int serial);
    QRandomGenerator &random() { return m_random; }
    // A random UUID drawn from this pool's generator (deterministic).
    QString uuid();
    // Plain ASCII for e-mail addresses: "Ørjan Šťastný" -> "orjan.stastny".
    static QString asciiFold(const QString &text);

private:
    template <typename T, size_t N>
    const T &pick(const T (&list)[N]) { return list[m_random.bounded(quint32(N))]; }
    QRandomGenerator m_random;
    quint32 m_uuidSerial = 0;
};
