import json

import pytest

from service.batch.records import OutputBusy, RecordWriter, error_record, ok_record, sha256_hex


def test_ok_record_keeps_the_issue_fields_in_order():
    analysis = {"language": "en", "summary": {"text": "s"}, "claims": [], "artifacts": [], "checks": [],
                "warnings": [], "timings": {"x": 1.0}}
    record = ok_record("a.txt", sha256_hex(b"abc"), analysis, 0.12345)
    assert list(record) == ["path", "sha256", "language", "summary", "claims", "artifacts", "checks",
                            "warnings", "seconds"]
    assert record["sha256"] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert record["seconds"] == 0.123


def test_writer_appends_whole_lines_and_recover_reads_them_back(tmp_path):
    out = tmp_path / "out.jsonl"
    with RecordWriter(out) as writer:
        writer.write(ok_record("a.txt", "1", {"language": "fr"}, 0.0))
        writer.write(error_record("b.txt", None, "unreadable: Permission denied"))
    lines = out.read_text().splitlines()
    assert [json.loads(line)["path"] for line in lines] == ["a.txt", "b.txt"]
    with RecordWriter(out) as writer:
        done, bad = writer.recover()
    assert done == {("a.txt", "1"), ("b.txt", None)} and bad == 0


def test_recover_cuts_a_torn_last_line_so_the_next_record_starts_clean(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"path": "a.txt", "sha256": "1"}\n{"path": "b.txt", "sha2')
    with RecordWriter(out) as writer:
        done, bad = writer.recover()
        writer.write(error_record("c.txt", "3", "empty file"))
    assert done == {("a.txt", "1")} and bad == 0
    assert [json.loads(line)["path"] for line in out.read_text().splitlines()] == ["a.txt", "c.txt"]


def test_recover_counts_garbage_lines_without_failing(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"path": "a.txt", "sha256": "1"}\nnot json\n{"no_path": 1}\n\n')
    with RecordWriter(out) as writer:
        assert writer.recover() == ({("a.txt", "1")}, 2)


def test_recover_leaves_timed_out_files_to_the_rerun_until_a_later_record_settles_them(tmp_path):
    out = tmp_path / "out.jsonl"
    with RecordWriter(out) as writer:
        writer.write(error_record("slow.txt", "1", "timeout: the analysis took longer than 1 s", code="timeout"))
        writer.write(error_record("retried.txt", "2", "timeout: the analysis took longer than 1 s", code="timeout"))
        writer.write(ok_record("retried.txt", "2", {"language": "en"}, 0.5))
        writer.write(error_record("photo.txt", "3", "binary file: contains NUL bytes"))
    with RecordWriter(out) as writer:
        assert writer.recover() == ({("retried.txt", "2"), ("photo.txt", "3")}, 0)


def test_a_second_writer_on_the_same_file_is_refused(tmp_path):
    out = tmp_path / "out.jsonl"
    with RecordWriter(out):
        with pytest.raises(OutputBusy, match="another wirecheck batch"):
            RecordWriter(out)
    RecordWriter(out).close()  # the lock goes with the first writer


def test_writer_refuses_nan_so_every_line_stays_json(tmp_path):
    with RecordWriter(tmp_path / "out.jsonl") as writer, pytest.raises(ValueError):
        writer.write({"path": "a.txt", "seconds": float("nan")})
    assert (tmp_path / "out.jsonl").read_bytes() == b""
