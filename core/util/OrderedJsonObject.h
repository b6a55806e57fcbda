#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <vector>

// A JSON object that keeps its keys in the order they were added, for files
// people read (QJsonObject sorts keys alphabetically, which scatters related
// fields). Values are scalars (QJsonValue), nested objects or lists of objects.
class OrderedJsonObject
{
public:
    OrderedJsonObject &add(const QString &key, const QJsonValue &value);
    OrderedJsonObject &add(const QString &key, const OrderedJsonObject &object);
    OrderedJsonObject &add(const QString &key, const QList<OrderedJsonObject> &objects);

    bool isEmpty() const { return m_entries.empty(); }
    // Indented UTF-8 text, two spaces per level, ending with a newline.
    QByteArray toJson() const;

private:
    struct Entry;
    void write(QByteArray &out, int level) const;
    std::vector<Entry> m_entries;
};

struct OrderedJsonObject::Entry
{
    enum Kind { Scalar, Object, List };
    QString key;
    Kind kind = Scalar;
    QJsonValue scalar;
    std::vector<OrderedJsonObject> objects; // one for Object, any number for List
};
