import json

import pytest

from eval.datasets import DATASETS, DatasetUnavailable, get_loader, load_dataset


def test_registry_lists_the_datasets_other_modules_provide():
    assert {"references", "polnear", "german-quotes", "injected", "support"} <= set(DATASETS)


def test_unknown_name_lists_the_known_ones():
    with pytest.raises(DatasetUnavailable, match="known: .*polnear"):
        get_loader("nope")


def test_missing_module_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(DATASETS, "ghost", "eval.datasets.ghost_module:load")
    with pytest.raises(DatasetUnavailable, match="not installed"):
        get_loader("ghost")


def test_module_colon_function_names_a_loader_directly():
    assert get_loader("eval.datasets.polnear:load").__module__ == "eval.datasets.polnear"


def test_references_loader_reads_a_folder_and_checks_required_keys(tmp_path):
    (tmp_path / "en-a.json").write_text(json.dumps({"id": "en-a", "language": "en", "text": "Hi."}))
    assert [d["id"] for d in load_dataset("references", tmp_path)] == ["en-a"]
    (tmp_path / "en-b.json").write_text(json.dumps({"id": "en-b", "language": "en"}))
    with pytest.raises(ValueError, match="lacks"):
        load_dataset("references", tmp_path)
