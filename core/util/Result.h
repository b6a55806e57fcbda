#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <utility>

// The outcome of an operation that can fail for expected reasons (bad file,
// bad input): either a value or a sentence for the user that says what went
// wrong and where.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }
    // A failure whose one-sentence message is followed, on request (a
    // "Details" section, --verbose), by what SQLite or the system said.
    static Result failure(QString message, QString details)
    {
        Result r(std::nullopt, std::move(message));
        r.m_details = std::move(details);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value, so `for (auto &x : repo.all().value())` does not dangle.
    T value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }
    const QString &details() const { return m_details; }

private:
    Result(std::nullopt_t, QString message) : m_error(std::move(message)) {}
    std::optional<T> m_value;
    QString m_error;
    QString m_details;
};

struct EditConflict; // model/ChangeRecord.h

// For operations that return nothing but may fail.
class Status
{
public:
    Status() = default;
    static Status failure(QString message) { Status s; s.m_error = std::move(message); s.m_failed = true; return s; }
    static Status failure(QString message, QString details)
    {
        Status s = failure(std::move(message));
        s.m_details = std::move(details);
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    // What SQLite or the system said, for a "Details" section; may be empty.
    const QString &details() const { return m_details; }
    // An edit refused because someone changed the row since it was read:
    // who, when and what (the GUI reloads the editor); null otherwise.
    const EditConflict *conflict() const { return m_conflict.get(); }
    Status withConflict(std::shared_ptr<const EditConflict> conflict) const
    {
        Status s = *this;
        s.m_conflict = std::move(conflict);
        return s;
    }

private:
    QString m_error;
    QString m_details;
    std::shared_ptr<const EditConflict> m_conflict;
    bool m_failed = false;
};
