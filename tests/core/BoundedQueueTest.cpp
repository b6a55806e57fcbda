// The hand-over between the thread that reads an import and the one that
// writes it: nothing lost, nothing reordered, and neither side left waiting.
#include "support/TestSupport.h"

#include "util/BoundedQueue.h"

#include <thread>
#include <vector>

TEST_CASE("A bounded queue hands every value over in order")
{
    BoundedQueue<std::vector<int>> queue(3);
    bool allPushed = true; // Catch's checks are for the test's own thread only
    std::thread producer([&] {
        for (int i = 0; i < 5000; ++i)
            allPushed = queue.push({i, -i}) && allPushed;
        queue.finish();
    });
    int expected = 0;
    while (auto value = queue.pop()) {
        REQUIRE(value->size() == 2);
        CHECK((*value)[0] == expected);
        CHECK((*value)[1] == -expected);
        ++expected;
    }
    producer.join();
    CHECK(allPushed);
    CHECK(expected == 5000);
    CHECK_FALSE(queue.pop().has_value()); // and stays finished
}

TEST_CASE("A bounded queue gives what was pushed before finish, then nothing")
{
    BoundedQueue<int> queue(4);
    REQUIRE(queue.push(1));
    REQUIRE(queue.push(2));
    queue.finish();
    CHECK(queue.pop() == 1);
    CHECK(queue.pop() == 2);
    CHECK_FALSE(queue.pop().has_value());
}

TEST_CASE("Cancelling releases a producer waiting for room, and refuses more")
{
    BoundedQueue<int> queue(2);
    REQUIRE(queue.push(1));
    REQUIRE(queue.push(2));
    bool pushed = true;
    // The queue is full: this push waits until the consumer cancels.
    std::thread producer([&] { pushed = queue.push(3); });
    queue.cancel();
    producer.join();
    CHECK_FALSE(pushed);
    CHECK(queue.isCancelled());
    CHECK_FALSE(queue.push(4));
    CHECK_FALSE(queue.pop().has_value()); // a cancelled queue gives nothing more
}

TEST_CASE("Cancelling releases a consumer waiting for values")
{
    BoundedQueue<int> queue(2);
    std::optional<int> got = 7;
    std::thread consumer([&] { got = queue.pop(); });
    queue.cancel();
    consumer.join();
    CHECK_FALSE(got.has_value());
}

TEST_CASE("Trying to push or pop never waits")
{
    BoundedQueue<int> queue(1);
    CHECK_FALSE(queue.tryPop().has_value()); // empty
    int first = 1, second = 2;
    CHECK(queue.tryPush(first));
    CHECK_FALSE(queue.tryPush(second)); // full: the value stays with the caller
    CHECK(second == 2);
    CHECK(queue.tryPop() == 1);
    CHECK(queue.tryPush(second));
    queue.cancel();
    int third = 3;
    CHECK_FALSE(queue.tryPush(third));
    CHECK_FALSE(queue.tryPop().has_value());
}
