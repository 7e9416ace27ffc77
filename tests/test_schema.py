import pandas as pd
import pytest

from factcheck import SchemaError
from factcheck.errors import FactcheckError, InputError
from factcheck.schema import require


def test_require_passes_the_frame_through():
    frame = pd.DataFrame({"a": [1], "b": [2]})
    assert require(frame, ["a"], table="demo", made_by="hand") is frame


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (pd.DataFrame({"a": [1]}), r"the demo table is missing column\(s\) 'b', 'c'; make it with hand \(it has: a\)"),
        (pd.DataFrame(), r"missing column\(s\) 'b', 'c'.*\(it has: no columns\)"),
        ({"b": 1, "c": 2}, "expected the demo table as a pandas DataFrame, got dict"),
    ],
)
def test_require_names_the_missing_columns(frame, message):
    with pytest.raises(SchemaError, match=message):
        require(frame, ["b", "c"], table="demo", made_by="hand")


def test_one_exception_family():
    assert issubclass(SchemaError, FactcheckError) and issubclass(SchemaError, ValueError)
    assert issubclass(InputError, FactcheckError)
    err = InputError("x.txt", "it is broken.", "Fix it.")
    assert str(err) == "x.txt: it is broken. Fix it." and err.path.name == "x.txt"
