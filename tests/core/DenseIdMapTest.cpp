// The importer's memory of the people and registrations it created: a value
// found for every id that got one, whatever order the ids came in.
#include "support/TestSupport.h"

#include "util/DenseIdMap.h"

#include <QRandomGenerator>

#include <map>

TEST_CASE("A dense id map finds ids that run on, and ids that do not")
{
    DenseIdMap<int> map;
    CHECK(map.isEmpty());
    CHECK(map.find(1) == nullptr);
    for (qint64 id = 101; id <= 200; ++id)
        map.insert(id, int(id) * 2);
    map.insert(5, -5);    // before the run
    map.insert(500, 50);  // after a gap
    map.insert(201, 402); // the run goes on after the gap's id
    map.insert(150, 7);   // a value replaced inside the run
    CHECK_FALSE(map.isEmpty());
    CHECK(*map.find(101) == 202);
    CHECK(*map.find(200) == 400);
    CHECK(*map.find(150) == 7);
    CHECK(*map.find(5) == -5);
    CHECK(*map.find(500) == 50);
    CHECK(*map.find(201) == 402);
    CHECK(map.find(100) == nullptr);
    CHECK(map.find(202) == nullptr);
    CHECK(map.find(499) == nullptr);
}

TEST_CASE("A dense id map agrees with a plain map on random ids")
{
    QRandomGenerator random(77);
    DenseIdMap<qint64> map;
    std::map<qint64, qint64> expected;
    qint64 next = random.bounded(1, 1000);
    for (int i = 0; i < 20000; ++i) {
        // Mostly the next id, sometimes an old one again, a jump or an id from before.
        const int kind = random.bounded(10);
        const qint64 id = kind < 7 ? next++ : kind < 8 ? next + random.bounded(1, 50) : random.bounded(1, 2000);
        const qint64 value = random.generate64() >> 1;
        map.insert(id, value);
        expected[id] = value;
    }
    for (qint64 id = 0; id < next + 100; ++id) {
        const auto it = expected.find(id);
        const qint64 *found = map.find(id);
        if ((it == expected.end()) != (found == nullptr) || (found && *found != it->second)) {
            FAIL_CHECK("id " << id);
            break;
        }
    }
}
