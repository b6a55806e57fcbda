#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

// Hands values from one thread to another, holding at most `capacity` of
// them: a producer that runs ahead waits, so memory stays bounded. The
// producer calls finish() when it has no more; the consumer calls cancel()
// when it wants no more, which also releases a producer waiting to push.
template<typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(size_t capacity) : m_capacity(capacity ? capacity : 1) {}
    BoundedQueue(const BoundedQueue &) = delete;
    BoundedQueue &operator=(const BoundedQueue &) = delete;

    // Waits for room; false (and `value` dropped) once the consumer cancelled.
    bool push(T value)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || hasRoom(); });
        return put(value);
    }

    // Without waiting: false (and `value` left as it was) when the queue is
    // full or cancelled.
    bool tryPush(T &value)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return hasRoom() && put(value);
    }

    // Waits for a value; nothing once the producer finished and all were taken, or after cancel().
    std::optional<T> pop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || m_finished || !m_values.empty(); });
        return take();
    }

    // Without waiting: nothing when the queue is empty or cancelled.
    std::optional<T> tryPop()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return take();
    }

    void finish() { setFlag(m_finished); }
    void cancel() { setFlag(m_cancelled); }

    bool isCancelled() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_cancelled;
    }

private:
    // These run under the lock.
    bool hasRoom() const { return m_values.size() < m_capacity; }
    bool put(T &value)
    {
        if (m_cancelled)
            return false;
        m_values.push_back(std::move(value));
        m_changed.notify_all();
        return true;
    }
    std::optional<T> take()
    {
        if (m_cancelled || m_values.empty())
            return std::nullopt;
        T value = std::move(m_values.front());
        m_values.pop_front();
        m_changed.notify_all();
        return value;
    }

    void setFlag(bool &flag)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        flag = true;
        m_changed.notify_all();
    }

    const size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_values;
    bool m_finished = false;
    bool m_cancelled = false;
};
