#pragma once

#include <QString>

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

private:
    Result(std::nullopt_t, QString message) : m_error(std::move(message)) {}
    std::optional<T> m_value;
    QString m_error;
};

// For operations that return nothing but may fail.
class Status
{
public:
    Status() = default;
    static Status failure(QString message) { Status s; s.m_error = std::move(message); s.m_failed = true; return s; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};
