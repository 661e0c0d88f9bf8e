// BoundedQueue: order, the bound a fast producer waits at, and close() from either side.
#include "jobs/bounded_queue.h"

#include <atomic>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

using namespace hhs;

TEST(BoundedQueue, ItemsArriveInOrderAcrossThreadsAndTheProducerNeverRunsPastTheBound)
{
    BoundedQueue<int> queue(3);
    std::atomic<int> pushed{0};
    std::atomic<int> popped{0};
    std::atomic<int> mostAhead{0};
    std::thread producer([&] {
        for (int i = 0; i < 2000; ++i) {
            ASSERT_TRUE(queue.push(i));
            const int ahead = ++pushed - popped.load();
            int seen = mostAhead.load();
            while (ahead > seen && !mostAhead.compare_exchange_weak(seen, ahead)) {
            }
        }
        queue.close();
    });
    std::vector<int> received;
    while (std::optional<int> item = queue.pop()) {
        received.push_back(*item);
        ++popped;
    }
    producer.join();
    ASSERT_EQ(received.size(), 2000u);
    for (int i = 0; i < 2000; ++i)
        ASSERT_EQ(received[std::size_t(i)], i);
    // At most the capacity waits in the queue, plus the one the consumer has taken but not yet
    // counted.
    EXPECT_LE(mostAhead.load(), 4);
}

TEST(BoundedQueue, CloseLetsTheConsumerDrainWhatIsLeftThenEnds)
{
    BoundedQueue<int> queue(4);
    ASSERT_TRUE(queue.push(1));
    ASSERT_TRUE(queue.push(2));
    queue.close();
    EXPECT_FALSE(queue.push(3)); // refused, not waiting
    EXPECT_EQ(queue.pop(), 1);
    EXPECT_EQ(queue.pop(), 2);
    EXPECT_EQ(queue.pop(), std::nullopt);
    EXPECT_EQ(queue.pop(), std::nullopt);
}

TEST(BoundedQueue, CloseFromTheConsumerReleasesAProducerWaitingOnAFullQueue)
{
    BoundedQueue<int> queue(1);
    ASSERT_TRUE(queue.push(0));
    std::atomic<bool> refused{false};
    std::thread producer([&] { refused = !queue.push(1); }); // waits: the queue is full
    queue.close();
    producer.join();
    EXPECT_TRUE(refused.load());
}

TEST(BoundedQueue, CloseReleasesAConsumerWaitingOnAnEmptyQueue)
{
    BoundedQueue<int> queue(2);
    std::optional<int> got = 7;
    std::thread consumer([&] { got = queue.pop(); });
    queue.close();
    consumer.join();
    EXPECT_EQ(got, std::nullopt);
}
