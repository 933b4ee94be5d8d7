from service.batch import runner
from service.batch.records import sha256_hex
from service.batch.runner import plan, read_item


def test_read_item_hashes_the_raw_bytes(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"abc")
    item = read_item(tmp_path, "a.txt")
    assert (item.data, item.sha256, item.error) == (b"abc", sha256_hex(b"abc"), None)


def test_read_item_reports_unreadable_and_oversized_files(tmp_path, monkeypatch):
    assert read_item(tmp_path, "gone.txt").error == "unreadable: No such file or directory"
    (tmp_path / "big.txt").write_bytes(b"x" * 11)
    monkeypatch.setattr(runner, "MAX_FILE_BYTES", 10)
    item = read_item(tmp_path, "big.txt")
    assert (item.data, item.sha256, item.error) == (None, None, "too large: 11 bytes (limit 10)")


def test_read_item_reports_a_dangling_link_as_unreadable(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "moved-away.txt")
    assert read_item(tmp_path, "a.txt").error == "unreadable: No such file or directory"


def test_plan_skips_only_files_whose_path_and_hash_are_done(tmp_path):
    (tmp_path / "same.txt").write_text("unchanged")
    (tmp_path / "edited.txt").write_text("new text")
    (tmp_path / "new.txt").write_text("x")
    done = {("same.txt", sha256_hex(b"unchanged")), ("edited.txt", sha256_hex(b"old text"))}
    assert plan(tmp_path, None, done) == (["edited.txt", "new.txt"], 1)


def test_plan_never_reads_the_output_file_as_an_article(tmp_path):
    (tmp_path / "a.json").write_text("{}")
    (tmp_path / "results.json").write_text("")
    assert plan(tmp_path, None, set(), out=tmp_path / "results.json") == (["a.json"], 0)
