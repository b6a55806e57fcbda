#pragma once

#include <set>
#include <utility>

// One hard constraint of an ArrangeProblem, or a group of them that the
// explainer switches off as a whole ("Dr. X's availability", "the
// Auditorium holds one session at a time"). `index` is into the problem's
// list for that kind: people, rooms, sessions, orders, aparts, track
// limits or breaks.
struct ArrangeConstraint
{
    enum Kind {
        PersonAvailability, // index: person
        PersonBusy,         // a person is in one session at a time
        PersonGap,          // ... with their minimum gap between two
        RoomAvailability,   // index: room
        RoomBusy,           // a room holds one session at a time
        SessionPinned,      // index: session (also a session kept where it is)
        SessionDay,
        SessionRooms,
        SessionSeats,       // a room of at least N seats / for its audience
        BreakFree,          // index: break
        OrderKept,          // index: order
        ApartKept,          // index: apart
        TrackLimitKept,     // index: track limit
    };
    Kind kind = PersonBusy;
    int index = 0;
    bool operator<(const ArrangeConstraint &o) const { return std::make_pair(int(kind), index) < std::make_pair(int(o.kind), o.index); }
    bool operator==(const ArrangeConstraint &o) const { return kind == o.kind && index == o.index; }
};

// The constraints switched off while looking for the ones that clash.
class ArrangeRelaxation
{
public:
    bool isOff(ArrangeConstraint::Kind kind, int index) const { return m_off.count({kind, index}) > 0; }
    void switchOff(const ArrangeConstraint &c) { m_off.insert(c); }
    void switchOn(const ArrangeConstraint &c) { m_off.erase(c); }

private:
    std::set<ArrangeConstraint> m_off;
};
