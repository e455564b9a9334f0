"""The store of derived values: a value is made once per version of the data and code,
served from disk afterwards (also to a new process), made again when a data file changes,
and it records again the data files it was made from."""
import pytest

from analysis.data import series, store, tables


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "STORE", tmp_path / "derived")
    tables._CACHE.clear()
    yield tmp_path / "derived"
    tables._CACHE.clear()


def test_a_value_is_made_once_and_served_from_disk(fresh_store):
    made = []

    def make():
        made.append(1)
        return {"answer": 42}

    assert store.get_or_make("test", "k", make) == {"answer": 42}
    tables._CACHE.clear()  # a new process: only the disk remains
    assert store.get_or_make("test", "k", make) == {"answer": 42}
    assert made == [1]
    assert len(list(fresh_store.rglob("*.pkl"))) == 1


def test_a_series_served_from_the_store_is_the_computed_one(fresh_store):
    computed = series._for_geo("population", "northern-ker", None)
    first = series.get("population", "northern-ker")
    tables._CACHE.clear()
    served = series.get("population", "northern-ker")
    assert first.equals(computed) and served.equals(computed)


def test_serving_records_the_data_files_again(fresh_store):
    with tables.capture() as reads:
        series.get("trained_share", "northern-ker")
    assert any(r.endswith("trained_share.csv") for r in reads)
    tables._CACHE.clear()
    with tables.capture() as again:
        series.get("trained_share", "northern-ker")
    assert {r for r in reads if r.endswith(".csv")} <= set(again)


def test_a_new_data_version_makes_the_value_again(fresh_store, monkeypatch):
    made = []

    def make():
        made.append(1)
        return len(made)

    assert store.get_or_make("test", "k", make) == 1
    tables._CACHE.clear()
    monkeypatch.setattr(store, "version", lambda *code: "another-version")
    assert store.get_or_make("test", "k", make) == 2
