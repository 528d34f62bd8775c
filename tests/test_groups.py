"""Disjoint sets: what the comparison stages group with."""

from corroborate.groups import DisjointSets


def test_groups_follow_unions_transitively_in_first_item_order():
    sets = DisjointSets(["d", "a", "c", "b", "e"])
    sets.union("a", "b")
    sets.union("c", "b")
    sets.union("e", "e")
    assert sets.groups() == [["d"], ["a", "c", "b"], ["e"]]
    assert sets.count() == 3
    assert sets.find("a") == sets.find("c") != sets.find("d")


def test_membership_is_of_the_given_items_only():
    sets = DisjointSets(range(3))
    assert 2 in sets and 3 not in sets
    sets.union(0, 2)
    sets.union(2, 0)  # already joined: nothing changes
    assert sets.groups() == [[0, 2], [1]]
