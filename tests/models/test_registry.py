import pytest

from models.base import BackendUnavailable, UnknownBackend
from models.registry import BackendSpec, get_spec, list_backends, make_backend, register


def test_builtin_backends_are_listed():
    names = {spec.name for spec in list_backends()}
    assert {"use", "spacy-en", "spacy-fr"} <= names


def test_unknown_backend_names_the_known_ones():
    with pytest.raises(UnknownBackend, match="known backends: .*use"):
        get_spec("nope")


def test_missing_dependency_names_what_to_install():
    register(
        BackendSpec(
            name="needs-missing",
            kind="embedder",
            description="test backend",
            requires=("a_module_that_is_not_installed",),
            install_hint="pip install the-missing-thing",
            factory=lambda _arg: object(),
        )
    )
    with pytest.raises(BackendUnavailable, match="pip install the-missing-thing"):
        make_backend("needs-missing")


def test_argument_after_colon_reaches_the_factory():
    seen = []
    register(
        BackendSpec(
            name="echo-arg",
            kind="generator",
            description="test backend",
            requires=(),
            install_hint="pass a path",
            factory=lambda arg: seen.append(arg) or arg,
            needs_argument=True,
        )
    )
    assert make_backend("echo-arg:/some/path") == "/some/path"
    with pytest.raises(BackendUnavailable, match="needs an argument"):
        make_backend("echo-arg")
