// BoundedQueue: hands items from one thread to another, a stage of a pipeline to the next.
// push() waits while the queue is full (so a fast stage never runs far ahead of a slow one and
// memory stays bounded), pop() waits while it is empty. close() says no more items will come:
// pop() then gives what is left and an empty optional once it is drained, and push() refuses
// (returns false) without waiting, so either side can end the pipeline. Any thread may call any
// member.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace hhs {

template <typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t capacity) : m_capacity(capacity > 0 ? capacity : 1) {}

    bool push(T item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_hasRoom.wait(lock, [this] { return m_items.size() < m_capacity || m_closed; });
        if (m_closed) return false;
        m_items.push_back(std::move(item));
        m_hasItem.notify_one();
        return true;
    }

    std::optional<T> pop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_hasItem.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty()) return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_hasRoom.notify_one();
        return item;
    }

    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_hasItem.notify_all();
        m_hasRoom.notify_all();
    }

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_hasItem;
    std::condition_variable m_hasRoom;
    std::deque<T> m_items;
    bool m_closed = false;
};

} // namespace hhs
