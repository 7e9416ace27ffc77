import pytest

from factcheck._stretch import forecast_and_outcome
from factcheck._verbs import IRREGULAR_PAST, PAST_AS_OTHER


@pytest.mark.parametrize(
    ("day_a", "a", "day_b", "b", "apart"),
    [
        # A forecast and what then happened: both true.
        (
            "Thursday",
            "The storm is expected to make landfall on Thursday.",
            "Friday",
            "The storm made landfall on Friday.",
            True,
        ),
        ("May 3", "The hearing is due to open on May 3.", "May 5", "The hearing opened on May 5.", True),
        ("6 a.m.", "The ferry will sail at 6 a.m.", "7 a.m.", "The ferry sailed at 7 a.m.", True),
        # One plan told in two tenses, or by a reporting verb: one plan, so the days conflict.
        ("8 p.m.", "The polls will close at 8 p.m.", "9 p.m.", "The polls close at 9 p.m.", False),
        ("8 p.m.", "The polls will close at 8 p.m.", "9 p.m.", "Officials said the polls close at 9 p.m.", False),
        ("8 p.m.", "The polls close at 8 p.m.", "9 p.m.", "United fans said the polls close at 9 p.m.", False),
        # Two plans, or two outcomes: no forecast against an outcome.
        ("Tuesday", "The vote is set for Tuesday.", "Wednesday", "The vote is scheduled for Wednesday.", False),
        ("Tuesday", "The vote was held on Tuesday.", "Wednesday", "The vote was held on Wednesday.", False),
    ],
)
def test_a_forecast_and_its_outcome_are_two_moments(day_a, a, day_b, b, apart):
    assert forecast_and_outcome(day_a, a, day_b, b) is apart
    assert forecast_and_outcome(day_b, b, day_a, a) is apart


def test_irregular_past_forms_map_to_plain_verbs():
    assert IRREGULAR_PAST["swam"] == "swim" and IRREGULAR_PAST["sold"] == "sell"
    # A form that is as often another word is never mapped to a verb, only counted as a past form.
    assert not PAST_AS_OTHER & set(IRREGULAR_PAST)
    assert all(verb.isalpha() and verb.islower() and form != verb for form, verb in IRREGULAR_PAST.items())
