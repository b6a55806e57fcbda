#pragma once

#include <QStringList>

// When an element prints and how it takes its colour, so that one design covers
// every category: a "SPEAKER" ribbon only on speakers' badges, a band in the
// colour of each person's category.
struct DesignRule
{
    // Category keys ("speaker", "staff": toKey(ParticipantCategory)); empty: every category.
    QStringList onlyCategories;
    // The element's colour (text: the ink; rectangle: the fill) is the colour of the
    // participant's category (Design::categoryColour) instead of its own.
    bool colourFromCategory = false;

    bool appliesTo(const QString &categoryKey) const
    {
        return onlyCategories.isEmpty() || onlyCategories.contains(categoryKey, Qt::CaseInsensitive);
    }
    bool isEmpty() const { return onlyCategories.isEmpty() && !colourFromCategory; }
    bool operator==(const DesignRule &o) const
    {
        return onlyCategories == o.onlyCategories && colourFromCategory == o.colourFromCategory;
    }
    bool operator!=(const DesignRule &o) const { return !(*this == o); }
};
