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
    frames = stream.getvalue().split("\r")[1:]
    assert [frame[:35] for frame in frames] == [
        "[------------------------] 0/4 (0%)",  # drawn at once, while the models load
        "[######------------------] 1/4 (25%",
        "[############------------] 2/4 (50%",
    ]
    assert frames[1].endswith("ETA ?\x1b[K") and "ETA 0:00" in frames[2]
    assert "\n" not in stream.getvalue()
    progress.summary()
    assert stream.getvalue().endswith("\n")


def test_summary_without_skips_leaves_them_out():
    assert Progress(0, stream=io.StringIO(), tty=False).summary().startswith("done 0, errors 0, 0.0")
