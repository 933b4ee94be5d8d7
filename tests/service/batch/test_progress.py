import io

from service.batch.progress import Progress


def test_plain_stream_gets_periodic_lines_and_the_last_one():
    stream = io.StringIO()
    progress = Progress(3, stream=stream, tty=False, every_s=3600)
    for error in (False, True, False):
        progress.update(error=error)
    lines = stream.getvalue().splitlines()
    assert lines == [lines[-1]] and lines[0].startswith("batch: 3/3 (100%), 1 errors,")
    summary = progress.summary(skipped=4)
    assert summary.startswith("done 2, errors 1, skipped 4 already in the output, ")
    assert "articles/min" in summary


def test_terminal_gets_a_redrawn_bar_with_eta():
    stream = io.StringIO()
    progress = Progress(4, stream=stream, tty=True)
    progress.every_s = 0.0
    progress.update(error=False)
    progress.update(error=False)
    text = stream.getvalue()
    assert text.startswith("\r[######------------------] 1/4 (25%)")
    assert "\r[############------------] 2/4" in text and "2/4 (50%)" in text and "ETA " in text and "\n" not in text
    progress.summary()
    assert stream.getvalue().endswith("\n")


def test_summary_without_skips_leaves_them_out():
    assert Progress(0, stream=io.StringIO(), tty=False).summary().startswith("done 0, errors 0, 0.0")
