import pytest

from service.batch.records import sha256_hex
from service.batch.task import BatchItem, SetupFailed, load_analyzer, process_item

FAKE = "tests.service.batch.fakes:make_fake_analyzer"


def _item(path: str, raw: bytes) -> BatchItem:
    return BatchItem(path, sha256_hex(raw), raw)


def test_process_item_gives_an_analysis_record():
    record = process_item(_item("a.json", b'{"text": "One two three.", "title": "T", "language": "fr"}'),
                          load_analyzer(FAKE))
    assert record["path"] == "a.json" and record["language"] == "fr"
    assert record["summary"] == {"text": "One two three.", "title": "T"}
    assert "timings" not in record and record["seconds"] >= 0


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file: contains NUL bytes"),
        (b"", "empty file"),
        (b"please EXPLODE", "internal error: RuntimeError: boom"),
    ],
)
def test_process_item_turns_each_failure_into_an_error_record(raw, error):
    record = process_item(_item("a.txt", raw), load_analyzer(FAKE))
    assert record == {"path": "a.txt", "sha256": sha256_hex(raw), "error": error}


def test_a_wirecheck_error_from_the_pipeline_is_recorded_with_its_message():
    # The fake raises EmptyText as the real pipeline does; decode_article is bypassed by a .json text.
    analyze = load_analyzer(FAKE)
    record = process_item(_item("a.json", b'{"text": "x"}'), lambda text, **kw: analyze(" ", **kw))
    assert record["error"] == "text is empty or only whitespace"


def test_an_unread_item_keeps_its_read_error():
    item = BatchItem("a.txt", None, None, "unreadable: Permission denied")
    assert process_item(item, load_analyzer(FAKE)) == {
        "path": "a.txt", "sha256": None, "error": "unreadable: Permission denied"}


@pytest.mark.parametrize("spec", ["tests.service.batch.fakes:make_broken_analyzer", "no.such.module:f",
                                  "tests.service.batch.fakes:nothing"])
def test_load_analyzer_failures_are_setup_failures(spec):
    with pytest.raises(SetupFailed, match="could not load the analyzer"):
        load_analyzer(spec)
