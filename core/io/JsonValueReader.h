#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Takes values out of parsed JSON as the type a format expects, and notes
// the first one of another type with its path ("schedule.conference.days:
// expected an array, found a string"): a reader carries on with an empty
// value and asks ok() at its checkpoints, so its code keeps the shape of
// the format. A missing value or null is never a type error (formats leave
// fields out); what it must hold is the reader's to check.
class JsonValueReader
{
public:
    QJsonObject object(const QJsonValue &value, const QString &path);
    QJsonArray array(const QJsonValue &value, const QString &path);
    // A string; null and missing give "".
    QString text(const QJsonValue &value, const QString &path);
    // A string or a number (ids, counts): whole numbers as integers, others
    // as written, for the reader to refuse where it needs a number.
    QString scalar(const QJsonValue &value, const QString &path);

    bool ok() const { return m_error.isEmpty(); }
    // "PATH: expected an array, found a string", the first type error only.
    const QString &error() const { return m_error; }
    // "a string", "an object"...: how a message names a value's type.
    static QString typeName(const QJsonValue &value);

private:
    bool expect(const QJsonValue &value, QJsonValue::Type type, const QString &path);
    QString m_error;
};
