from eval.metrics.bootstrap import bootstrap_ci


def mean(items):
    return {"mean": sum(items) / len(items)}


def test_interval_brackets_the_mean_and_is_reproducible():
    data = [0, 1] * 20
    ci = bootstrap_ci(data, mean, ["mean"], resamples=500, seed=1)["mean"]
    assert ci[0] < 0.5 < ci[1]
    assert ci == bootstrap_ci(data, mean, ["mean"], resamples=500, seed=1)["mean"]


def test_constant_data_gives_a_point_interval():
    assert bootstrap_ci([0.75] * 10, mean, ["mean"], resamples=50)["mean"] == [0.75, 0.75]


def test_too_few_documents_gives_none():
    assert bootstrap_ci([1, 2], mean, ["mean"]) == {"mean": None}


def test_metric_mostly_undefined_gives_none():
    def sometimes(items):
        return {"x": None if 0 in items else 1.0}

    assert bootstrap_ci([0] * 9 + [1], sometimes, ["x"], resamples=100)["x"] is None
